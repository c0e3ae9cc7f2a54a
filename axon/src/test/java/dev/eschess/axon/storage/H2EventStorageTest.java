package dev.eschess.axon.storage;

import dev.eschess.axon.support.H2AxonTest;

/** Axon's JDBC storage on an H2 file database, the embedded default. */
@H2AxonTest
class H2EventStorageTest extends EventStorageContract {
}
