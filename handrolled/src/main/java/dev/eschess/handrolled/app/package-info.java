/**
 * The hand-rolled variant as a Spring Boot game server: wires the framework-free core into the web module's
 * HTTP API through its {@link dev.eschess.web.port.GameEngine} port and feeds web's lobby from a durable
 * subscription. The only package of this module that may use Spring.
 */
package dev.eschess.handrolled.app;
