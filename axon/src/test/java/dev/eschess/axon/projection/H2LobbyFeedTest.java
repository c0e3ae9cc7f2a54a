package dev.eschess.axon.projection;

import dev.eschess.axon.support.H2AxonTest;

/** The lobby feed and its replay on H2. */
@H2AxonTest
class H2LobbyFeedTest extends LobbyFeedContract {
}
