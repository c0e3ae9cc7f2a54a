/**
 * The Axon game server: a Spring Boot application on Axon's JDBC storage (no Axon Server) serving the web module's
 * HTTP API through its {@link dev.eschess.web.port.GameEngine} port. Counterpart: {@code dev.eschess.handrolled.app}.
 */
package dev.eschess.axon.app;
