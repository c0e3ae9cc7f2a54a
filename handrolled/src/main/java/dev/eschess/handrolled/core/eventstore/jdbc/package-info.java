/** The event store on H2 or PostgreSQL through plain JDBC, with Flyway migrations and a small SQL dialect. */
package dev.eschess.handrolled.core.eventstore.jdbc;
