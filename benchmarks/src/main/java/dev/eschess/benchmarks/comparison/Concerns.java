package dev.eschess.benchmarks.comparison;

import dev.eschess.benchmarks.figures.HttpLoadRun;
import java.util.List;

/**
 * The concerns of the comparison, in the order, and the one place that says which files, tagged regions and
 * tests belong to which concern. A main file belongs to one concern at most; files of none are counted as "other".
 */
final class Concerns {

    private static final String H = "handrolled/src/main/java/dev/eschess/handrolled/";
    private static final String A = "axon/src/main/java/dev/eschess/axon/";
    private static final String HT = "handrolled/src/test/java/dev/eschess/handrolled/";
    private static final String AT = "axon/src/test/java/dev/eschess/axon/";

    private static final String HTTP_LOAD = "benchmarks/http-bench.sh JAR load (benchmarks/comparison.sh --measure)";
    private static final String LENGTHS = "benchmarks/http-bench.sh JAR lengths";
    private static final String STARTUP = "StartupProbe (benchmarks/comparison.sh)";

    /** Every main source of a variant, the base of the "other" row and the module totals. */
    static final FileSet HANDROLLED_MAIN = FileSet.of(H + "**.java", "handrolled/src/main/resources/**.yml");
    static final FileSet AXON_MAIN = FileSet.of(A + "**.java", "axon/src/main/resources/**.yml",
            "axon/src/main/resources/**.sql");

    private Concerns() {
    }

    /** The figure file of a load run of {@code games} games on {@code database}, the variant's place left open. */
    private static String load(String database, int games) {
        return HttpLoadRun.PREFIX + "-" + FigureRef.VARIANT + "-" + database + "-" + games;
    }

    static List<Concern> all() {
        return List.of(
                new Concern("decider-wiring", "Decider wiring",
                        "How each variant hands a command to the shared, pure game decider and folds the events it "
                                + "returns; neither may add a rule of its own.",
                        new Side(List.of(new Excerpt(H + "command/ChessDecider.java", "cmp-decider-wiring")),
                                FileSet.of(H + "command/ChessDecider.java", H + "core/command/Decider.java",
                                        H + "command/GameRepository.java", H + "command/HandrolledGameCommands.java"),
                                TestSelection.of(HT + "command/HandrolledScenarioCatalogueTest.java")),
                        new Side(List.of(new Excerpt(A + "command/GameAggregate.java", "cmp-decider-wiring"),
                                new Excerpt(A + "command/GameAggregate.java", "cmp-decider-wiring-evolve")),
                                FileSet.of(A + "command/GameAggregate.java", A + "command/CommandReceipt.java",
                                        A + "command/GameCommandTargetResolver.java",
                                        A + "command/MissingGameTranslation.java"),
                                TestSelection.of(AT + "command/AxonScenarioCatalogueTest.java")),
                        false, List.of()),
                new Concern("event-store", "Event store",
                        "Where events are written, and how an append checks the version the command was decided on.",
                        new Side(List.of(new Excerpt(H + "core/eventstore/jdbc/LogWriter.java",
                                "cmp-event-store")),
                                FileSet.of(H + "core/eventstore/jdbc/**.java", H + "core/eventstore/EventStore.java",
                                        H + "core/eventstore/InMemoryEventStore.java", H + "core/eventstore/NewEvent.java",
                                        H + "core/eventstore/StoredEvent.java", H + "core/eventstore/AppendResult.java",
                                        H + "storage/**.java"),
                                TestSelection.of(HT + "core/eventstore/EventStoreContract.java",
                                        HT + "core/eventstore/DurableEventStoreContract.java",
                                        HT + "core/eventstore/EventStoreConformanceTest.java",
                                        HT + "core/eventstore/IndexUseTest.java", HT + "core/eventstore/jdbc/**.java")),
                        new Side(List.of(new Excerpt(A + "storage/AxonStorageConfig.java", "cmp-event-store")),
                                FileSet.of(A + "storage/**.java", "axon/src/main/resources/db/migration/**.sql"),
                                TestSelection.of(AT + "storage/**.java")),
                        false, List.of(
                                new FigureRef("moves through HTTP, 64 games, H2", load("h2", 64), "moves_per_s",
                                        "moves/s", HTTP_LOAD),
                                new FigureRef("moves through HTTP, 64 games, PostgreSQL", load("postgresql", 64),
                                        "moves_per_s", "moves/s", HTTP_LOAD),
                                new FigureRef("move latency p99, 64 games, PostgreSQL", load("postgresql", 64),
                                        "p99_ms", "ms", HTTP_LOAD)),
                        List.of(FigureTable.DURABLE_APPENDS)),
                new Concern("concurrency", "Concurrency",
                        "Two writers decide on the same game at once: who wins, what the loser sees, and when the "
                                + "server decides again for it.",
                        new Side(List.of(new Excerpt(H + "core/command/CommandHandler.java", "cmp-concurrency")),
                                FileSet.of(H + "core/command/CommandHandler.java",
                                        H + "core/command/ConflictRetriesExhausted.java",
                                        H + "core/command/CommandResult.java", H + "core/command/HandlingOptions.java",
                                        H + "core/command/StateCache.java", H + "core/command/VersionedState.java",
                                        H + "core/eventstore/ExpectedVersion.java",
                                        H + "core/eventstore/ExpectedVersionConflict.java"),
                                TestSelection.named("race|pinned|attempt|conflict|cached|instance",
                                        HT + "command/GameCommandHandlingTest.java",
                                        HT + "core/command/StateCacheTest.java")),
                        new Side(List.of(new Excerpt(A + "command/AxonGameCommands.java", "cmp-concurrency"),
                                new Excerpt(A + "command/GameAggregate.java", "cmp-concurrency")),
                                FileSet.of(A + "command/AxonGameCommands.java", A + "command/WriteConflict.java",
                                        A + "command/SendOptions.java", A + "command/ExecutedCommand.java",
                                        A + "command/VersionCheckedCachingRepository.java"),
                                TestSelection.of(AT + "command/ExpectedVersionContract.java",
                                        AT + "command/RetriesAfterLostRacesTest.java",
                                        AT + "command/TwoInstancesOnOnePostgresTest.java")),
                        false, List.of(
                                new FigureRef("moves refused, 64 games, H2 (non-2xx)", load("h2", 64), "non_2xx", "",
                                        HTTP_LOAD),
                                new FigureRef("moves refused, 64 games, PostgreSQL (non-2xx)", load("postgresql", 64),
                                        "non_2xx", "", HTTP_LOAD),
                                new FigureRef("every acknowledged move stored once, 64 games, PostgreSQL",
                                        load("postgresql", 64), "stored_exactly_once", "", HTTP_LOAD))),
                new Concern("ordering", "Ordering and subscriptions",
                        "In which order readers of the whole log see events, and how they are sure never to skip one "
                                + "that commits late.",
                        new Side(List.of(new Excerpt(H + "core/eventstore/jdbc/LogWriter.java", "cmp-ordering"),
                                new Excerpt(H + "core/subscription/SubscriptionRunner.java", "cmp-ordering")),
                                FileSet.of(H + "core/subscription/SubscriptionRunner.java",
                                        H + "core/subscription/Projection.java", H + "core/eventstore/CommitProbe.java"),
                                TestSelection.of(HT + "core/eventstore/GlobalOrderingCostTest.java",
                                        HT + "core/eventstore/LogTailingExperimentTest.java",
                                        HT + "core/subscription/GameSummarySubscriptionTest.java")),
                        new Side(List.of(new Excerpt(A + "storage/AxonStorageConfig.java", "cmp-ordering")),
                                FileSet.NONE, TestSelection.NONE),
                        false, List.of()),
                new Concern("snapshots", "Snapshots",
                        "When a game's folded state is saved, so that a long game is not replayed from its first "
                                + "event, and why a snapshot is never trusted over the events.",
                        new Side(List.of(new Excerpt(H + "core/command/CommandHandler.java", "cmp-snapshots"),
                                new Excerpt(H + "core/snapshot/SnapshotPolicy.java", "cmp-snapshots")),
                                FileSet.of(H + "core/snapshot/**.java"),
                                TestSelection.of(HT + "core/snapshot/**.java",
                                        HT + "command/SnapshotReplayPropertyTest.java")),
                        new Side(List.of(new Excerpt(A + "command/GameAggregateConfig.java", "cmp-snapshots"),
                                new Excerpt(A + "command/GameAggregateConfig.java", "cmp-snapshots-filter")),
                                FileSet.of(A + "command/GameAggregateSnapshot.java"),
                                TestSelection.of(AT + "command/SnapshotContract.java",
                                        AT + "command/GameAggregateSnapshotFormTest.java",
                                        AT + "command/RandomGamesWithSnapshotsTest.java")),
                        false, List.of(
                                new FigureRef("command p50 in a game of N events", "http-lengths",
                                        "command_p50_ms_at_*", "ms", LENGTHS),
                                new FigureRef("view p50 in a game of N events", "http-lengths", "view_p50_ms_at_*",
                                        "ms", LENGTHS))),
                new Concern("upcasting", "Upcasting",
                        "How an event stored in an old schema (GameCreated v1, v2) is read as today's v3.",
                        new Side(List.of(new Excerpt(H + "serialization/GameCreatedV2Upcaster.java", "cmp-upcasting"),
                                new Excerpt(H + "serialization/GameSerialization.java", "cmp-upcasting")),
                                FileSet.of(H + "core/serialization/**.java", H + "serialization/**.java"),
                                TestSelection.of(HT + "serialization/**.java")),
                        new Side(List.of(new Excerpt(A + "serialization/GameCreatedV2Upcaster.java", "cmp-upcasting"),
                                new Excerpt(A + "serialization/AxonSerializationConfig.java", "cmp-upcasting")),
                                FileSet.of(A + "serialization/**.java"),
                                TestSelection.of(AT + "serialization/**.java")),
                        false, List.of()),
                new Concern("idempotency", "Idempotency",
                        "A client sends the same command twice (a retry after a lost answer): it must be applied once "
                                + "and answered with the first outcome.",
                        new Side(List.of(new Excerpt(H + "core/command/CommandHandler.java", "cmp-idempotency")),
                                FileSet.of(H + "core/eventstore/EventMetadata.java",
                                        H + "core/eventstore/DuplicateEventId.java"),
                                TestSelection.named("commandid|metadata", HT + "command/GameCommandHandlingTest.java")),
                        new Side(List.of(new Excerpt(A + "command/GameAggregate.java", "cmp-idempotency")),
                                FileSet.of(A + "command/AppliedCommand.java", A + "command/CommandMetadata.java"),
                                TestSelection.of(AT + "command/IdempotencyContract.java",
                                        AT + "command/IdempotencyInTheFixtureTest.java")),
                        false, List.of()),
                new Concern("projections", "Projections",
                        "How the shared lobby read model is fed from the log, restarts where it stopped, and is "
                                + "rebuilt from the first event.",
                        new Side(List.of(new Excerpt(H + "projection/LobbyFeed.java", "cmp-projections")),
                                FileSet.of(H + "projection/**.java", H + "core/subscription/JdbcProjection.java",
                                        H + "core/subscription/ProcessLocalProjection.java",
                                        H + "core/subscription/ProjectionTransactions.java"),
                                TestSelection.of(HT + "projection/**.java")),
                        new Side(List.of(new Excerpt(A + "projection/LobbyFeed.java", "cmp-projections")),
                                FileSet.of(A + "projection/**.java"),
                                TestSelection.of(AT + "projection/**.java")),
                        false, List.of()),
                new Concern("time-travel", "Time travel",
                        "A game as it was after its first N events.",
                        new Side(List.of(new Excerpt(H + "core/command/EventSourcedRepository.java", "cmp-time-travel")),
                                FileSet.of(H + "timetravel/**.java", H + "core/command/EventSourcedRepository.java",
                                        H + "core/command/StreamNotAtVersion.java"),
                                TestSelection.of(HT + "timetravel/**.java")),
                        new Side(List.of(new Excerpt(A + "timetravel/AxonGameHistory.java", "cmp-time-travel"),
                                new Excerpt(A + "timetravel/AxonGameHistory.java", "cmp-time-travel-fold")),
                                FileSet.of(A + "timetravel/**.java"),
                                TestSelection.of(AT + "timetravel/**.java")),
                        false, List.of()),
                new Concern("deadlines", "Deadlines (clocks)",
                        "A flag must fall and a game nobody joins must expire without any request: on time, after a "
                                + "restart, and once with several instances on one database.",
                        new Side(List.of(new Excerpt(H + "deadline/GameDeadlineSchedule.java", "cmp-deadlines"),
                                new Excerpt(H + "core/deadline/JdbcDeadlines.java", "cmp-deadlines"),
                                new Excerpt(H + "app/GameDeadlineHandler.java", "cmp-deadlines")),
                                FileSet.of(H + "core/deadline/**.java", H + "deadline/**.java",
                                        H + "app/GameDeadlineHandler.java", H + "app/DeadlineConfiguration.java",
                                        H + "app/DeadlineLifecycle.java"),
                                TestSelection.of(HT + "core/deadline/**.java", HT + "deadline/**.java",
                                        HT + "app/GameDeadlineHandlerTest.java")),
                        new Side(List.of(new Excerpt(A + "command/GameAggregate.java", "cmp-deadlines-schedule"),
                                new Excerpt(A + "command/GameAggregate.java", "cmp-deadlines"),
                                new Excerpt(A + "deadline/DeadlineSchedulerConfig.java", "cmp-deadlines")),
                                FileSet.of(A + "deadline/**.java", A + "command/WaitingTime.java"),
                                TestSelection.of(AT + "deadline/**.java", AT + "command/DeadlinesInTheFixtureTest.java")),
                        false, List.of()),
                new Concern("process-manager", "Process manager (the computer opponent)",
                        "The computer plays a seat: after each event of its game it may have to move or answer a draw "
                                + "offer, on a bounded number of threads, exactly once per turn with several instances, "
                                + "and still after a crash while it thinks.",
                        new Side(List.of(new Excerpt(H + "computer/ComputerTurns.java", "cmp-process-manager"),
                                new Excerpt(H + "app/ComputerTurnHandler.java", "cmp-process-manager")),
                                FileSet.of(H + "computer/**.java", H + "app/ComputerTurnHandler.java",
                                        H + "app/ComputerConfiguration.java"),
                                TestSelection.of(HT + "computer/**.java")),
                        new Side(List.of(new Excerpt(A + "computer/ComputerOpponentProcess.java", "cmp-process-manager"),
                                new Excerpt(A + "computer/ComputerOpponentProcess.java",
                                        "cmp-process-manager-registration")),
                                FileSet.of(A + "computer/**.java"),
                                TestSelection.of(AT + "computer/**.java")),
                        false, List.of()),
                new Concern("tests", "Tests",
                        "How each variant proves it plays by the shared rules: the same scenario catalogue, run "
                                + "through each variant's own machinery. Lines here are lines of test code.",
                        new Side(List.of(new Excerpt(HT + "command/HandrolledScenarioCatalogueTest.java", "cmp-tests")),
                                FileSet.of(HT + "**.java"), TestSelection.of(HT + "**.java")),
                        new Side(List.of(new Excerpt(AT + "command/AxonScenarioCatalogueTest.java", "cmp-tests")),
                                FileSet.of(AT + "**.java"), TestSelection.of(AT + "**.java")),
                        true, List.of()),
                new Concern("configuration", "Configuration",
                        "What it takes to assemble a running server: the beans, properties and caches of each variant.",
                        new Side(List.of(new Excerpt(H + "app/HandrolledGameServer.java", "cmp-configuration")),
                                FileSet.of(H + "app/HandrolledGameServer.java", H + "app/HandrolledGameEngine.java",
                                        "handrolled/src/main/resources/**.yml"),
                                TestSelection.of(HT + "app/HandrolledGameEngineTest.java",
                                        HT + "app/StartupRefusalsTest.java")),
                        new Side(List.of(new Excerpt(A + "command/GameAggregateConfig.java", "cmp-configuration")),
                                FileSet.of(A + "app/**.java", A + "command/GameAggregateConfig.java",
                                        A + "command/BoundedAggregateCache.java", "axon/src/main/resources/**.yml"),
                                TestSelection.of(AT + "app/AxonGameEngineTest.java", AT + "app/StartupRefusalsTest.java",
                                        AT + "AxonWithoutAxonServerTest.java")),
                        false, List.of(
                                new FigureRef("time to the first answer", "startup", "first_answer_ms", "ms", STARTUP),
                                new FigureRef("heap in use, idle", "startup", "heap_used_mb_idle", "MiB", STARTUP),
                                new FigureRef("resident set, idle", "startup", "rss_mb_idle", "MiB", STARTUP),
                                new FigureRef("heap in use, after load", "startup", "heap_used_mb_after_load", "MiB",
                                        STARTUP),
                                new FigureRef("resident set, after load", "startup", "rss_mb_after_load", "MiB",
                                        STARTUP))));
    }
}
