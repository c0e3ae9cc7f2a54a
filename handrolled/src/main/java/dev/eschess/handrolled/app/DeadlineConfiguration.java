package dev.eschess.handrolled.app;

import dev.eschess.game.GameState;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.event.GameEvent;
import dev.eschess.handrolled.core.command.EventSourcedRepository;
import dev.eschess.handrolled.core.deadline.DeadlineRunner;
import dev.eschess.handrolled.core.deadline.JdbcDeadlines;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.subscription.SubscriptionRunner;
import dev.eschess.handrolled.deadline.GameDeadline;
import dev.eschess.handrolled.deadline.GameDeadlineSchedule;
import dev.eschess.handrolled.projection.SubscriptionLifecycle;
import dev.eschess.handrolled.storage.HandrolledSchema;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The games' deadlines (ADR 0062): a projection of the log keeps the core's deadline table, woken by every append of
 * this instance and polling for the others'; a runner fires the due ones through the game engine. Every instance
 * runs both; the projection's checkpoint lock and the runner's {@code SKIP LOCKED} make each deadline fire once.
 */
@Configuration(proxyBeanMethods = false)
class DeadlineConfiguration {

    @Bean
    GameDeadlineSchedule gameDeadlineSchedule(
            DataSource dataSource, HandrolledSchema schema,
            EventSourcedRepository<GameCommand, GameEvent, GameState> repository,
            @Value("${eschess.games.expire-waiting-after:1h}") Duration waitingTime) {
        return new GameDeadlineSchedule(dataSource, repository, waitingTime);
    }

    @Bean
    SubscriptionLifecycle deadlineScheduling(
            EventStore eventStore, GameDeadlineSchedule schedule, HandrolledGameEngine engine,
            @Value("${eschess.handrolled.deadlines.poll-interval:100ms}") Duration poll) {
        SubscriptionLifecycle subscription = new SubscriptionLifecycle(
                new SubscriptionRunner(eventStore, schedule, 100, poll));
        engine.onAppend(subscription::wakeUp);
        return subscription;
    }

    @Bean
    DeadlineLifecycle deadlineRunner(
            DataSource dataSource, HandrolledSchema schema, HandrolledGameEngine engine, Clock clock,
            @Value("${eschess.handrolled.deadlines.poll-interval:100ms}") Duration poll) {
        // Only the game's own kinds: the computer's turns have runners of their own (ADR 0066).
        Set<String> kinds = Arrays.stream(GameDeadline.values()).map(GameDeadline::kind).collect(Collectors.toSet());
        return new DeadlineLifecycle(new DeadlineRunner(new JdbcDeadlines(dataSource, kinds),
                new GameDeadlineHandler(engine), clock, poll));
    }
}
