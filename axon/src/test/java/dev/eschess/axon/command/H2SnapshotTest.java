package dev.eschess.axon.command;

import dev.eschess.axon.support.H2AxonTest;

/** Snapshots on H2. */
@H2AxonTest
class H2SnapshotTest extends SnapshotContract {
}
