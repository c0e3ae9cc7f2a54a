package dev.eschess.axon.game;

import dev.eschess.axon.support.PostgresAxonTest;

/** Snapshots on PostgreSQL. */
@PostgresAxonTest
class PostgresSnapshotTest extends SnapshotContract {
}
