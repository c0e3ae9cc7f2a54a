package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.axon.app.AxonGameEngine;
import dev.eschess.axon.support.Games;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.game.command.MakeMove;
import dev.eschess.web.port.CommandOutcome;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the command service answers when every attempt loses a race: Axon's command bus with a handler that always
 * fails as a lost append does, so the bounded retry and its final answer can be seen without staging real races
 * ({@link TwoInstancesOnOnePostgresTest} stages those).
 */
class RetriesAfterLostRacesTest {

    private final InMemoryEventStorageEngine storage = new InMemoryEventStorageEngine();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(storage).build();
    private final AtomicInteger attempts = new AtomicInteger();
    private final CommandGateway gateway;

    RetriesAfterLostRacesTest() {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(MakeMove.class.getName(), message -> {
            attempts.incrementAndGet();
            throw new ConcurrencyException("another command appended to the game first");
        });
        gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void givenEveryAttemptLosesARace_whenNoVersionIsPinned_thenItTriesTheConfiguredTimesAndReportsAConcurrentWrite() {
        AxonGameCommands service = service(3);

        assertThatThrownBy(() -> service.execute(move(), SendOptions.none()))
                .isInstanceOfSatisfying(WriteConflict.class,
                        conflict -> assertThat(conflict.kind()).isEqualTo(WriteConflict.Kind.CONCURRENT_WRITE));
        assertThat(attempts).hasValue(3);
    }

    @Test
    void givenAPinnedVersion_whenTheAttemptLosesARace_thenItIsNotRetriedAndReportsTheStaleVersion() {
        AxonGameCommands service = service(3);

        assertThatThrownBy(() -> service.execute(move(), new SendOptions(Optional.empty(), Optional.of(2L))))
                .isInstanceOfSatisfying(WriteConflict.class, conflict -> {
                    assertThat(conflict.kind()).isEqualTo(WriteConflict.Kind.STALE_EXPECTED_VERSION);
                    assertThat(conflict.expectedVersion()).contains(2L);
                });
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givenOneAttemptConfigured_whenItLosesARace_thenItIsNotRetried() {
        AxonGameCommands service = service(1);

        assertThatThrownBy(() -> service.execute(move(), SendOptions.none())).isInstanceOf(WriteConflict.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void givenEveryAttemptLosesARace_whenSentThroughTheWebPort_thenTheWebSeesAVersionConflict() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:retries-after-lost-races");
        AxonGameEngine engine = new AxonGameEngine(service(2), new AxonGameHistory(storage, 100), dataSource);

        CommandOutcome outcome = engine.execute(move(), dev.eschess.web.port.CommandOptions.none());

        assertThat(outcome).isInstanceOf(CommandOutcome.VersionConflict.class);
        assertThat(attempts).hasValue(2);
    }

    private AxonGameCommands service(int maxAttempts) {
        return new AxonGameCommands(gateway, eventStore, maxAttempts);
    }

    private static MakeMove move() {
        return new MakeMove(Games.newGameId(), Games.WHITE, "e4", Games.AT);
    }
}
