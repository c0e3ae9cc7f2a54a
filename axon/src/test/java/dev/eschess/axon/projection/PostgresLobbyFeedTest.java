package dev.eschess.axon.projection;

import dev.eschess.axon.support.PostgresAxonTest;

/** The lobby feed and its replay on PostgreSQL. */
@PostgresAxonTest
class PostgresLobbyFeedTest extends LobbyFeedContract {
}
