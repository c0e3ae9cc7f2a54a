package dev.eschess.axon.command;

import dev.eschess.axon.support.PostgresAxonTest;

/** {@link CommandParticipantContract} on PostgreSQL, where a failed statement aborts the whole transaction. */
@PostgresAxonTest
class PostgresCommandParticipantTest extends CommandParticipantContract {
}
