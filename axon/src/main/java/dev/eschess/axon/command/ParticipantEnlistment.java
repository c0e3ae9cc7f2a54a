package dev.eschess.axon.command;

import java.sql.Connection;
import java.sql.SQLException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Enlists a command's {@link CommandParticipant} in the command's unit of work (ADR 0060). After the aggregate has
 * handled the command, it adds one more step to the unit of work's prepare-commit phase. Axon runs that phase's steps
 * in the order they were added, and its own came first: the repository's save when the aggregate was loaded, the
 * event bus's append when the aggregate applied its first event. So the participant runs after the events are
 * written, on the same connection and in the same transaction (the unit of work's Spring transaction, which the JDBC
 * storage engine joins through the unit-of-work-aware connection provider), and a failure rolls both back. Axon's
 * rollback steps then also drop the aggregate the caching repository had put in its cache for this command.
 */
public final class ParticipantEnlistment implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final ConnectionProvider connections;

    /** Runs participants on connections from Axon's connection provider, the one its storage engine uses. */
    public ParticipantEnlistment(ConnectionProvider connections) {
        this.connections = connections;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        Object participant = unitOfWork.getMessage().getMetaData().get(CommandMetadata.PARTICIPANT);
        if (participant instanceof CommandParticipant work && result instanceof CommandReceipt receipt
                && !receipt.events().isEmpty()) {
            unitOfWork.onPrepareCommit(committing -> run(work, receipt));
        }
        return result;
    }

    private void run(CommandParticipant participant, CommandReceipt receipt) {
        // In the prepare-commit phase the provider hands out the unit of work's own connection, whose close does
        // nothing: the unit of work commits or rolls it back, then closes it.
        try (Connection connection = connections.getConnection()) {
            participant.beforeCommit(connection, receipt);
        } catch (SQLException e) {
            throw new JdbcException("a participant of the command failed; its events are rolled back", e);
        }
    }
}
