package dev.eschess.handrolled.core.command;

import dev.eschess.handrolled.core.eventstore.EventMetadata;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.ExpectedVersionConflict;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.serialization.EventSerializer;
import dev.eschess.handrolled.core.snapshot.SnapshotPolicy;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs commands against event streams: load (snapshot plus tail), decide, append at the loaded version.
 * Unpinned commands that lose a race are decided again on fresh state, a bounded number of times; pinned
 * commands (the caller named the version it saw) report the conflict. A command id already applied to the
 * stream returns the earlier outcome and stores nothing. The options' {@link HandlingOptions#participant()} runs in
 * the transaction of each append this makes. Thread-safe; holds no state between commands.
 *
 * @param <C> commands
 * @param <E> events
 * @param <S> state
 */
public final class CommandHandler<C, E, S> {

    private final EventStore store;
    private final EventSerializer<E> serializer;
    private final Decider<C, E, S> decider;
    private final EventSourcedRepository<C, E, S> repository;
    private final SnapshotPolicy snapshotPolicy;
    private final int maxAttempts;

    /** A handler; {@code maxAttempts} bounds the decisions of one unpinned command. */
    public CommandHandler(EventStore store, EventSerializer<E> serializer, Decider<C, E, S> decider,
                          EventSourcedRepository<C, E, S> repository, SnapshotPolicy snapshotPolicy, int maxAttempts) {
        this.store = Objects.requireNonNull(store, "store");
        this.serializer = Objects.requireNonNull(serializer, "serializer");
        this.decider = Objects.requireNonNull(decider, "decider");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.snapshotPolicy = Objects.requireNonNull(snapshotPolicy, "snapshotPolicy");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be positive, was " + maxAttempts);
        }
        this.maxAttempts = maxAttempts;
    }

    /**
     * Handles one command for one stream.
     *
     * @throws ExpectedVersionConflict   if the caller pinned a version and the stream is at another one
     * @throws ConflictRetriesExhausted  if an unpinned command lost the race {@code maxAttempts} times
     * @throws RuntimeException          whatever the decider throws to refuse the command, or the store throws for
     *                                   the options' participant; nothing is stored
     */
    public CommandResult<E, S> handle(String streamId, C command, HandlingOptions options) {
        Objects.requireNonNull(streamId, "streamId");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(options, "options");
        // tag::tour-command-loop[]
        ExpectedVersionConflict lastConflict = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            // Load first, then look for the command id: whatever the load saw, the look-up sees too, so a
            // concurrent delivery of the same command either shows up here or makes our append conflict.
            VersionedState<S> loaded = repository.load(streamId);
            Optional<CommandResult<E, S>> earlier = earlierOutcome(streamId, options, attempt);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            // tag::cmp-concurrency[]
            if (options.expectedVersion().isPresent() && options.expectedVersion().get() != loaded.version()) {
                throw new ExpectedVersionConflict(streamId, ExpectedVersion.exactly(options.expectedVersion().get()),
                        loaded.version());
            }
            List<E> events = decider.decide(command, loaded.state());
            if (events.isEmpty()) {
                return new CommandResult<>(List.of(), loaded.state(), loaded.version(), false, attempt);
            }
            try {
                // The participant runs inside this append; if it throws, the exception leaves here with nothing
                // stored, and nothing below (cache, snapshot) sees the state this attempt would have reached.
                store.append(streamId, ExpectedVersion.exactly(loaded.version()), serialize(events, options),
                        options.participant());
            } catch (ExpectedVersionConflict conflict) {
                if (options.expectedVersion().isPresent()) {
                    Optional<CommandResult<E, S>> raced = earlierOutcome(streamId, options, attempt);
                    if (raced.isPresent()) {
                        return raced.get();
                    }
                    throw conflict;
                }
                lastConflict = conflict;
                continue;
            }
            // end::cmp-concurrency[]
            VersionedState<S> after = new VersionedState<>(repository.evolve(loaded.state(), events),
                    loaded.version() + events.size());
            repository.remember(streamId, after);
            // tag::cmp-snapshots[]
            if (snapshotPolicy.isDue(loaded.version(), after.version())) {
                repository.snapshot(streamId, after);
            }
            // end::cmp-snapshots[]
            return new CommandResult<>(events, after.state(), after.version(), false, attempt);
        }
        throw new ConflictRetriesExhausted(maxAttempts, lastConflict);
        // end::tour-command-loop[]
    }

    // tag::cmp-idempotency[]
    /** The outcome of an earlier run of the same command id on this stream, if there was one. */
    private Optional<CommandResult<E, S>> earlierOutcome(String streamId, HandlingOptions options, int attempt) {
        if (options.commandId().isEmpty()) {
            return Optional.empty();
        }
        List<StoredEvent> applied = store.readByCommandId(streamId, options.commandId().get());
        if (applied.isEmpty()) {
            return Optional.empty();
        }
        VersionedState<S> now = repository.load(streamId);
        List<E> events = applied.stream().map(serializer::deserialize).toList();
        return Optional.of(new CommandResult<>(events, now.state(), now.version(), true, attempt));
    }
    // end::cmp-idempotency[]

    private List<NewEvent> serialize(List<E> events, HandlingOptions options) {
        EventMetadata metadata = new EventMetadata(options.correlationId(), options.causationId(),
                options.commandId(), options.actingPlayerId());
        return events.stream().map(event -> serializer.serialize(event, metadata)).toList();
    }
}
