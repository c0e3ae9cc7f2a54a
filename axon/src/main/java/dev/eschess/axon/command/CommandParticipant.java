package dev.eschess.axon.command;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work that commits or rolls back with a command's events (ADR 0060), sent beside the command in
 * {@link SendOptions#participant()}. {@link ParticipantEnlistment} runs it in the command's unit of work, after Axon
 * has appended the events and before the unit of work commits the transaction both share; throwing rolls both back.
 * It runs only for a command that appended events: never for a rejected or already applied one, nor for an attempt
 * that lost a race. The counterpart of the hand-rolled core's {@code AppendParticipant}.
 */
@FunctionalInterface
public interface CommandParticipant {

    /** Takes no part. */
    CommandParticipant NONE = (connection, receipt) -> { };

    /**
     * Runs just before the command's transaction commits.
     *
     * @param connection the connection Axon's storage engine appended the events on: use it, but do not commit, roll
     *                   back or close it
     * @param receipt    what the aggregate answered: the command's events and the versions they got
     * @throws SQLException when one of its statements fails; the command then stores nothing
     */
    void beforeCommit(Connection connection, CommandReceipt receipt) throws SQLException;
}
