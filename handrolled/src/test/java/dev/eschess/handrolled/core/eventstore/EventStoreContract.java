package dev.eschess.handrolled.core.eventstore;

import static dev.eschess.handrolled.support.TestEvents.event;
import static dev.eschess.handrolled.support.TestEvents.events;
import static dev.eschess.handrolled.support.TestEvents.newStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storage conformance suite, written once: every event store implementation must pass every case. Each
 * backend is a {@code @Nested} class of {@link EventStoreConformanceTest}, which also checks that no backend's
 * run was skipped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ConformanceLedger.class)
abstract class EventStoreContract {

    static final int RACE_ROUNDS = 100;
    static final int RACE_THREADS = 8;

    private EventStore store;
    private ExecutorService threads;

    /** Opens the backend: a fresh, empty store for this class. */
    protected abstract EventStore openStore();

    /** A store on the same storage whose appends call the probe until it is closed. */
    protected abstract EventStore openStoreWithProbe(CommitProbe probe);

    /** Closes what {@link #openStore()} opened. */
    protected abstract void closeBackend();

    protected final EventStore store() {
        return store;
    }

    @BeforeAll
    final void openBackend() {
        store = openStore();
        threads = Executors.newFixedThreadPool(RACE_THREADS + 2);
    }

    @AfterAll
    final void shutDown() {
        threads.shutdownNow();
        closeBackend();
    }

    // ------------------------------------------------------------------ round trip

    @Test
    void appendedEventsReadBackWithEveryField() {
        String stream = newStream();
        NewEvent first = new NewEvent(UUID.randomUUID(), "SomethingHappened", 3, "{\"label\":\"a\",\"n\":[1,2]}",
                event("x").occurredAt(), new EventMetadata(Optional.of("corr-1"), Optional.of("cause-1"),
                Optional.of("cmd-1"), Optional.of("player-1")));
        NewEvent second = event("b");

        AppendResult result = store.append(stream, ExpectedVersion.noStream(), List.of(first, second));

        List<StoredEvent> read = store.readStream(stream);
        assertThat(result.streamVersion()).isEqualTo(2);
        assertThat(read).containsExactly(
                first.storedAs(stream, 1, result.lastPosition() - 1),
                second.storedAs(stream, 2, result.lastPosition()));
    }

    @Test
    void aStreamIsReadFromAndUpToAVersion() {
        String stream = newStream();
        store.append(stream, ExpectedVersion.noStream(), events("e", 5));

        assertThat(store.readStream(stream, 2, 4)).extracting(StoredEvent::version).containsExactly(2L, 3L, 4L);
        assertThat(store.readStream(stream, 4, 99)).extracting(StoredEvent::version).containsExactly(4L, 5L);
        assertThat(store.readStream(stream, 6, 9)).isEmpty();
    }

    @Test
    void anUnknownStreamIsEmptyAtVersionZero() {
        String stream = newStream();

        assertThat(store.readStream(stream)).isEmpty();
        assertThat(store.streamVersion(stream)).isZero();
    }

    @Test
    void theGlobalLogReadsInPositionOrderInBatches() {
        long start = store.headPosition() + 1;
        String a = newStream();
        String b = newStream();
        store.append(a, ExpectedVersion.noStream(), events("a", 2));
        store.append(b, ExpectedVersion.noStream(), events("b", 2));
        store.append(a, ExpectedVersion.exactly(2), events("a2", 1));

        List<StoredEvent> firstBatch = store.readAll(start, 3);
        List<StoredEvent> secondBatch = store.readAll(start + 3, 3);

        assertThat(firstBatch).extracting(StoredEvent::position).containsExactly(start, start + 1, start + 2);
        assertThat(firstBatch).extracting(StoredEvent::streamId).containsExactly(a, a, b);
        assertThat(secondBatch).extracting(StoredEvent::streamId).containsExactly(b, a);
        assertThat(store.headPosition()).isEqualTo(start + 4);
    }

    @Test
    void eventsOfACommandAreFoundByItsId() {
        String stream = newStream();
        EventMetadata byCommand = EventMetadata.NONE.withCommandId("command-7");
        store.append(stream, ExpectedVersion.noStream(), events("before", 1));
        List<NewEvent> commandEvents = events("cmd", 2).stream()
                .map(e -> new NewEvent(e.eventId(), e.type(), 1, e.payload(), e.occurredAt(), byCommand)).toList();
        store.append(stream, ExpectedVersion.exactly(1), commandEvents);

        assertThat(store.readByCommandId(stream, "command-7")).extracting(StoredEvent::version).containsExactly(2L, 3L);
        assertThat(store.readByCommandId(stream, "command-8")).isEmpty();
        assertThat(store.readByCommandId(newStream(), "command-7")).isEmpty();
    }

    // ------------------------------------------------------------------ conflicts

    @Test
    void creatingAStreamThatExistsIsATypedConflict() {
        String stream = newStream();
        store.append(stream, ExpectedVersion.noStream(), events("e", 3));

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.noStream(), events("late", 1)))
                .isInstanceOfSatisfying(ExpectedVersionConflict.class, conflict -> {
                    assertThat(conflict.expected()).isEqualTo(ExpectedVersion.noStream());
                    assertThat(conflict.actualVersion()).isEqualTo(3);
                    assertThat(conflict.streamId()).isEqualTo(stream);
                });
    }

    @Test
    void aStaleExpectedVersionIsATypedConflictCarryingBothVersions() {
        String stream = newStream();
        store.append(stream, ExpectedVersion.noStream(), events("e", 2));

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(1), events("stale", 1)))
                .isInstanceOfSatisfying(ExpectedVersionConflict.class, conflict -> {
                    assertThat(conflict.expected()).isEqualTo(ExpectedVersion.exactly(1));
                    assertThat(conflict.actualVersion()).isEqualTo(2);
                });
        assertThat(store.streamVersion(stream)).isEqualTo(2);
    }

    @Test
    void expectingAVersionOfAMissingStreamIsAConflictAtVersionZero() {
        String stream = newStream();

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(4), events("e", 1)))
                .isInstanceOfSatisfying(ExpectedVersionConflict.class,
                        conflict -> assertThat(conflict.actualVersion()).isZero());
        assertThat(store.readStream(stream)).isEmpty();
    }

    @Test
    void anyVersionAppendsAfterWhateverIsThere() {
        String stream = newStream();
        store.append(stream, ExpectedVersion.any(), events("a", 1));
        AppendResult result = store.append(stream, ExpectedVersion.any(), events("b", 2));

        assertThat(result.streamVersion()).isEqualTo(3);
    }

    @Test
    void twoWritersRacingToCreateTheSameStreamLeaveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 20; round++) {
            String stream = newStream();
            List<Outcome> outcomes = race(2, writer -> store.append(stream, ExpectedVersion.noStream(),
                    events("writer" + writer, 2)));

            assertThat(outcomes).filteredOn(Outcome::won).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                    .satisfies(lost -> assertThat(lost.conflict().actualVersion()).isEqualTo(2));
            int winner = outcomes.stream().filter(Outcome::won).findFirst().orElseThrow().writer();
            assertThat(store.readStream(stream)).extracting(StoredEvent::payload)
                    .allMatch(payload -> payload.contains("writer" + winner + "-"));
        }
    }

    @Test
    void eightWritersAtTheSameVersionLeaveOneWinnerPerRoundAndTypedConflictsForTheRest() throws Exception {
        for (int round = 0; round < RACE_ROUNDS; round++) {
            String stream = newStream();
            store.append(stream, ExpectedVersion.noStream(), events("start", 1));

            List<Outcome> outcomes = race(RACE_THREADS, writer -> store.append(stream, ExpectedVersion.exactly(1),
                    events("writer" + writer, 2)));

            assertThat(outcomes).as("round %d", round).filteredOn(Outcome::won).hasSize(1);
            assertThat(outcomes).filteredOn(outcome -> !outcome.won()).hasSize(RACE_THREADS - 1)
                    .allSatisfy(lost -> {
                        assertThat(lost.conflict().expected()).isEqualTo(ExpectedVersion.exactly(1));
                        assertThat(lost.conflict().actualVersion()).isEqualTo(3);
                    });
            int winner = outcomes.stream().filter(Outcome::won).findFirst().orElseThrow().writer();
            List<StoredEvent> stored = store.readStream(stream);
            assertThat(stored).hasSize(3);
            assertThat(stored.subList(1, 3)).extracting(StoredEvent::payload)
                    .containsExactly("{\"label\":\"writer" + winner + "-1\"}", "{\"label\":\"writer" + winner + "-2\"}");
        }
        ConformanceLedger.recordRaceRounds(getClass(), RACE_ROUNDS);
    }

    // ------------------------------------------------------------------ atomic batches

    @Test
    void aBatchAtAStaleVersionStoresNothing() {
        String stream = newStream();
        store.append(stream, ExpectedVersion.noStream(), events("e", 2));
        long head = store.headPosition();

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(1), events("batch", 3)))
                .isInstanceOf(ExpectedVersionConflict.class);

        assertThat(store.readStream(stream)).hasSize(2);
        assertThat(store.headPosition()).isEqualTo(head);
    }

    @Test
    void aBatchWithOneConflictingEventStoresNothingAndLeavesNoHoleInTheLog() {
        String stream = newStream();
        NewEvent existing = event("existing");
        store.append(stream, ExpectedVersion.noStream(), List.of(existing));
        long head = store.headPosition();
        List<NewEvent> batch = new ArrayList<>(events("batch", 2));
        batch.add(existing);

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(1), batch))
                .isInstanceOfSatisfying(DuplicateEventId.class,
                        duplicate -> assertThat(duplicate.eventId()).isEqualTo(existing.eventId()));

        assertThat(store.readStream(stream)).hasSize(1);
        assertThat(store.headPosition()).isEqualTo(head);
        AppendResult next = store.append(stream, ExpectedVersion.exactly(1), events("after", 1));
        assertThat(next.lastPosition()).isEqualTo(head + 1);
    }

    // ------------------------------------------------------------------ participants (ADR 0060)

    @Test
    void aParticipantSeesTheEventsAboutToBeCommittedWithTheirVersionsAndPositions() {
        String stream = newStream();
        store.append(stream, ExpectedVersion.noStream(), events("first", 1));
        long head = store.headPosition();
        List<List<StoredEvent>> seen = new ArrayList<>();

        store.append(stream, ExpectedVersion.exactly(1), events("joined", 2),
                (connection, appended) -> seen.add(appended));

        assertThat(seen).singleElement().satisfies(appended -> {
            assertThat(appended).extracting(StoredEvent::version).containsExactly(2L, 3L);
            assertThat(appended).extracting(StoredEvent::position).containsExactly(head + 1, head + 2);
            assertThat(appended).extracting(StoredEvent::eventId)
                    .containsExactlyElementsOf(store.readStream(stream, 2, 3).stream().map(StoredEvent::eventId)
                            .toList());
        });
    }

    @Test
    void aParticipantThatThrowsAbortsTheAppendAndLeavesNoHoleInTheLog() {
        String stream = newStream();
        long head = store.headPosition();
        IllegalStateException refusal = new IllegalStateException("the seat cannot be stored");

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.noStream(), events("created", 1),
                (connection, appended) -> {
                    throw refusal;
                })).isSameAs(refusal);

        assertThat(store.streamVersion(stream)).isZero();
        assertThat(store.readStream(stream)).isEmpty();
        assertThat(store.headPosition()).isEqualTo(head);
        AppendResult retried = store.append(stream, ExpectedVersion.noStream(), events("created", 1));
        assertThat(retried.lastPosition()).isEqualTo(head + 1);
    }

    @Test
    void aParticipantDoesNotRunWhenTheVersionCheckFails() {
        String stream = newStream();
        store.append(stream, ExpectedVersion.noStream(), events("e", 2));
        List<List<StoredEvent>> seen = new ArrayList<>();

        assertThatThrownBy(() -> store.append(stream, ExpectedVersion.exactly(1), events("stale", 1),
                (connection, appended) -> seen.add(appended))).isInstanceOf(ExpectedVersionConflict.class);

        assertThat(seen).isEmpty();
    }

    // ------------------------------------------------------------------ point 3: subscribers never miss an event

    @Test
    void aSubscriberTailingTheLogGetsEveryCommittedEventOnceInOrderWhileWritersHoldAndRollBack() throws Exception {
        long seed = System.nanoTime();
        Set<UUID> rolledBack = Collections.synchronizedSet(new HashSet<>());
        LogTailingExperiment.Result result;
        try (EventStore probed = openStoreWithProbe(LogTailingExperiment.holdingOpenAndRollingBack(rolledBack))) {
            result = LogTailingExperiment.run(store, probed, seed, threads);
        }

        assertThat(result.violations()).as("seed %d: every batch gapless and in order", seed).isEmpty();
        assertThat(result.received()).as("seed %d", seed).extracting(StoredEvent::eventId)
                .containsExactlyInAnyOrderElementsOf(result.committed())
                .doesNotContainAnyElementsOf(rolledBack);
        assertThat(rolledBack).as("some appends rolled back").isNotEmpty();
        assertThat(store.readAll(result.start(), Integer.MAX_VALUE)).extracting(StoredEvent::position)
                .as("no holes left behind").containsExactlyElementsOf(
                        LongStream.range(result.start(), result.start() + result.committed().size()).boxed().toList());
        ConformanceLedger.recordTailing(getClass(), result.committed().size(), rolledBack.size(),
                result.nonEmptyReadsWhileWriting());
    }

    // ------------------------------------------------------------------ helpers

    /** One writer's outcome in a race. */
    record Outcome(int writer, Optional<AppendResult> result, ExpectedVersionConflict conflict) {
        boolean won() {
            return result.isPresent();
        }
    }

    @FunctionalInterface
    interface Writer {
        AppendResult append(int writer);
    }

    /** Runs {@code count} writers released at the same moment and collects their outcomes. */
    final List<Outcome> race(int count, Writer writer) throws Exception {
        CyclicBarrier gate = new CyclicBarrier(count);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int w = 0; w < count; w++) {
            int id = w;
            Callable<Outcome> task = () -> {
                gate.await(10, TimeUnit.SECONDS);
                try {
                    return new Outcome(id, Optional.of(writer.append(id)), null);
                } catch (ExpectedVersionConflict conflict) {
                    return new Outcome(id, Optional.empty(), conflict);
                }
            };
            futures.add(threads.submit(task));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> future : futures) {
            outcomes.add(future.get(30, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
