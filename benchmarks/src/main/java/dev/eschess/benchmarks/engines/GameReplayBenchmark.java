package dev.eschess.benchmarks.engines;

import dev.eschess.game.command.GameCommand;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Whole games replayed as commands, one game per operation, on empty stores each time (set up outside the measured
 * time): seeded random games or the scenario catalogue's games, through each {@link CommandPaths engine}. The primary
 * score is games per second; the secondary score {@code commands} is commands per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Thread)
public class GameReplayBenchmark {

    @Param({"decider", "handrolled", "axon-default", "axon-default-json", "axon-tuned"})
    public String engine;

    @Param({"random", "scenarios"})
    public String games;

    private CommandPath path;
    private List<GameScript> scripts;
    private int nextScript;
    private long gamesStarted;
    private List<GameCommand> game;

    @Setup(Level.Trial)
    public void start() {
        path = CommandPaths.named(engine);
        scripts = GameSets.named(games);
    }

    /** The next script of the set, for a new game id, on empty stores. */
    @Setup(Level.Invocation)
    public void nextGame() {
        path.newGame();
        GameScript script = scripts.get(nextScript);
        nextScript = (nextScript + 1) % scripts.size();
        game = script.forGame("game-" + gamesStarted++);
    }

    @Benchmark
    public long replay(CommandCount count) {
        long version = 0;
        for (GameCommand command : game) {
            version = path.send(command);
        }
        count.commands += game.size();
        return version;
    }

    @TearDown(Level.Trial)
    public void stop() {
        path.close();
    }

    /** Commands sent, reported by JMH as the secondary score {@code commands} (commands per second). */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class CommandCount {

        /** Commands sent in this iteration. */
        public long commands;

        @Setup(Level.Iteration)
        public void reset() {
            commands = 0;
        }
    }
}
