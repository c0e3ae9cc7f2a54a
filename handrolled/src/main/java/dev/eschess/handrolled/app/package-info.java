/**
 * The hand-rolled game server: a Spring Boot application that wires the core and the game into the web module's
 * HTTP API through its {@link dev.eschess.web.port.GameEngine} port. Counterpart: {@code dev.eschess.axon.app}.
 */
package dev.eschess.handrolled.app;
