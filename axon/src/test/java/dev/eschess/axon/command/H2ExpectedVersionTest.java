package dev.eschess.axon.command;

import dev.eschess.axon.support.H2AxonTest;

/** Expected versions on H2. */
@H2AxonTest
class H2ExpectedVersionTest extends ExpectedVersionContract {
}
