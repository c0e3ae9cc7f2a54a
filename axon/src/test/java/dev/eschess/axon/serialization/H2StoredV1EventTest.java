package dev.eschess.axon.serialization;

import dev.eschess.axon.support.H2AxonTest;

/** The v1 fixture through Axon's upcaster chain on H2. */
@H2AxonTest
class H2StoredV1EventTest extends StoredV1EventContract {
}
