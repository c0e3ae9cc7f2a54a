/**
 * Deadlines that survive a restart and fire once across instances: Axon's {@code DbSchedulerDeadlineManager} on
 * db-scheduler's table in our own database (ADR 0063). {@code GameAggregate} sets and decides them; this package only
 * wires the scheduler. Counterpart: {@code dev.eschess.handrolled.deadline} on the core's {@code core.deadline}.
 */
package dev.eschess.axon.deadline;
