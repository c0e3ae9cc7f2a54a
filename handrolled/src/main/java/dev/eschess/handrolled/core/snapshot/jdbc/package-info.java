/** Snapshots in the relational database next to the events. */
package dev.eschess.handrolled.core.snapshot.jdbc;
