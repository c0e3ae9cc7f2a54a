package dev.eschess.axon.serialization;

import dev.eschess.axon.support.PostgresAxonTest;

/** The v1 fixture through Axon's upcaster chain on PostgreSQL. */
@PostgresAxonTest
class PostgresStoredV1EventTest extends StoredV1EventContract {
}
