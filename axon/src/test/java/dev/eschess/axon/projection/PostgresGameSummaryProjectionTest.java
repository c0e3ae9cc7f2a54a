package dev.eschess.axon.projection;

import dev.eschess.axon.support.PostgresAxonTest;

/** The lobby projection and its replay on PostgreSQL. */
@PostgresAxonTest
class PostgresGameSummaryProjectionTest extends GameSummaryProjectionContract {
}
