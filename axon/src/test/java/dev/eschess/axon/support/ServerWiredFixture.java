package dev.eschess.axon.support;

import dev.eschess.axon.command.GameAggregate;
import dev.eschess.axon.command.GameCommandTargetResolver;
import dev.eschess.axon.command.MissingGameTranslation;
import dev.eschess.axon.command.WaitingTime;
import java.time.Duration;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * Axon's test fixture for the game aggregate, wired as the server wires Axon. Chapter 2 of the tour and the scenario
 * catalogue's test spell the wiring out instead, because the tour and docs/comparison.md show it.
 */
public final class ServerWiredFixture {

    private ServerWiredFixture() {
    }

    /** A fixture routing by game id and expected version, refusing commands to missing games, with this waiting time. */
    public static AggregateTestFixture<GameAggregate> gameAggregate(Duration waitingTime) {
        AggregateTestFixture<GameAggregate> fixture = new AggregateTestFixture<>(GameAggregate.class);
        fixture.registerCommandTargetResolver(new GameCommandTargetResolver());
        fixture.registerCommandHandlerInterceptor(new MissingGameTranslation());
        fixture.registerInjectableResource(new WaitingTime(waitingTime));
        return fixture;
    }
}
