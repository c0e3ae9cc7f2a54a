package dev.eschess.axon.command;

import dev.eschess.axon.support.PostgresAxonTest;

/** Idempotent commands on PostgreSQL. */
@PostgresAxonTest
class PostgresIdempotencyTest extends IdempotencyContract {
}
