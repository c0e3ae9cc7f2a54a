package dev.eschess.axon.command;

import dev.eschess.axon.support.PostgresAxonTest;

/** Snapshots on PostgreSQL. */
@PostgresAxonTest
class PostgresSnapshotTest extends SnapshotContract {
}
