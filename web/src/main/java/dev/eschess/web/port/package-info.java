/**
 * The port that each event-sourcing variant implements ({@link dev.eschess.web.port.GameEngine}) and the values
 * that cross it. Nothing here depends on Spring, so an adapter can be tested without a web server.
 */
package dev.eschess.web.port;
