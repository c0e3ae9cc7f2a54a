/**
 * Deadlines: what must happen to a stream at an instant unless its events make it moot first. Kept in one table,
 * written in a projection's transaction, claimed by each instance's runner with {@code FOR UPDATE SKIP LOCKED} so
 * that each fires once however many instances run (ADR 0062).
 */
package dev.eschess.handrolled.core.deadline;
