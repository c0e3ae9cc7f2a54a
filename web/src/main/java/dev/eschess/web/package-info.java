/** The game server's HTTP API as a library: auto-configuration and defaults (ADR 0030). */
package dev.eschess.web;
