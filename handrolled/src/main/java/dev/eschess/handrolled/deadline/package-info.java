/**
 * The games' deadlines on the core's deadline table: a projection of the log schedules when a flag falls and when a
 * waiting game expires, and each deadline names the command the server then sends (ADR 0062). Counterpart: the
 * Axon variant's deadline manager.
 */
package dev.eschess.handrolled.deadline;
