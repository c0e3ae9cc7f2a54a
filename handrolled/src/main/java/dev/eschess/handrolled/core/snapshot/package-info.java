/** Snapshots of stream state: an every-N-events policy, a state codec with a schema version, and stores. */
package dev.eschess.handrolled.core.snapshot;
