package dev.eschess.axon.command;

import dev.eschess.axon.support.PostgresAxonTest;

/** Expected versions on PostgreSQL. */
@PostgresAxonTest
class PostgresExpectedVersionTest extends ExpectedVersionContract {
}
