/**
 * Where games live: Axon's JDBC event storage engine and token store on our Flyway schema, and unique-key
 * violations recognised on PostgreSQL. Counterpart: {@code dev.eschess.handrolled.storage}.
 */
package dev.eschess.axon.storage;
