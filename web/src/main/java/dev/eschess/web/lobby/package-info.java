/** The lobby read model and the entry point variants drive from their subscriptions (ADR 0031). */
package dev.eschess.web.lobby;
