package dev.eschess.handrolled.app;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.computer.ComputerReplies;
import dev.eschess.handrolled.computer.ComputerTurns;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.deadline.DeadlineRunner;
import dev.eschess.handrolled.core.deadline.JdbcDeadlines;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.subscription.SubscriptionRunner;
import dev.eschess.handrolled.projection.SubscriptionLifecycle;
import dev.eschess.handrolled.storage.HandrolledSchema;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The computer opponent's process manager (ADR 0066): the {@link ComputerTurns} projection of the log, woken by every
 * append of this instance and polling for the others', and {@code eschess.computer.threads} runners that claim the
 * computer's turns from the core's deadline table and play them through the game engine. Every instance runs both;
 * the checkpoint lock and {@code SKIP LOCKED} make each turn played once.
 */
@Configuration(proxyBeanMethods = false)
class ComputerConfiguration {

    @Bean
    ComputerTurns computerTurns(DataSource dataSource, HandrolledSchema schema,
                                EventSourcedRepository<GameCommand, GameEvent, GameState> repository) {
        return new ComputerTurns(dataSource, repository);
    }

    @Bean
    SubscriptionLifecycle computerTurnScheduling(
            EventStore eventStore, ComputerTurns turns, HandrolledGameEngine engine,
            @Value("${eschess.handrolled.deadlines.poll-interval:100ms}") Duration poll) {
        SubscriptionLifecycle subscription = new SubscriptionLifecycle(new SubscriptionRunner(eventStore, turns, 100, poll));
        engine.onAppend(subscription::wakeUp);
        return subscription;
    }

    /** The policy is {@link ComputerReplies#OF_THE_ENGINE} unless the context holds another (a test's). */
    @Bean
    DeadlineLifecycle computerPlayers(
            DataSource dataSource, HandrolledSchema schema, HandrolledGameEngine engine, Clock clock,
            ObjectProvider<ComputerReplies> replies,
            @Value("${eschess.computer.threads:2}") int threads,
            @Value("${eschess.handrolled.deadlines.poll-interval:100ms}") Duration poll) {
        if (threads < 1) {
            throw new IllegalArgumentException("eschess.computer.threads must be at least 1, was " + threads);
        }
        ComputerTurnHandler handler = new ComputerTurnHandler(engine,
                replies.getIfAvailable(() -> ComputerReplies.OF_THE_ENGINE), clock);
        JdbcDeadlines turns = new JdbcDeadlines(dataSource, ComputerTurns.KINDS);
        List<DeadlineRunner> runners = IntStream.rangeClosed(1, threads)
                .mapToObj(n -> new DeadlineRunner(turns, handler, clock, poll, "computer-" + n))
                .toList();
        return new DeadlineLifecycle(runners);
    }
}
