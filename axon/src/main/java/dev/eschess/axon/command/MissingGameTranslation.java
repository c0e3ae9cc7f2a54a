package dev.eschess.axon.command;

import dev.eschess.game.GameRejection;
import dev.eschess.game.RejectionReason;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Turns Axon's "no events for this aggregate" into the decider's {@link RejectionReason#GAME_NOT_FOUND}. Axon loads
 * the aggregate before the handler runs and fails when it has no events, so the decider never sees commands for an
 * unknown game; only the create command (created if missing) reaches it in that state (ADR 0022).
 */
public final class MissingGameTranslation implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        try {
            return interceptorChain.proceed();
        } catch (AggregateNotFoundException e) {
            throw new GameRejection(RejectionReason.GAME_NOT_FOUND, "there is no game " + e.getAggregateIdentifier());
        }
    }
}
