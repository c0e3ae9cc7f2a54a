package dev.eschess.axon.command;

import dev.eschess.axon.support.H2AxonTest;

/** {@link CommandParticipantContract} on H2. */
@H2AxonTest
class H2CommandParticipantTest extends CommandParticipantContract {
}
