package dev.eschess.benchmarks.engines;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
 * The cost of loading one game of 100, 1,000 or 9,990 events (a {@link LongGames long game}; 9,990 stands for 10,000,
 * which the decider's cap does not reach) from each variant's in-memory stores, with no cache: replaying every event,
 * or reading the snapshot at the last multiple of {@link EngineBenchmarkSettings#SNAPSHOT_EVERY} and the events after it (none
 * for 100 and 1,000, 40 for 9,990).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class RehydrationBenchmark {

    private static final Map<Integer, LongGames.LongGame> GAMES = new ConcurrentHashMap<>();

    @Param({"handrolled", "axon"})
    public String variant;

    @Param({"100", "1000", "9990"})
    public int events;

    @Param({"false", "true"})
    public boolean snapshots;

    private StoredGame game;

    @Setup(Level.Trial)
    public void store() {
        LongGames.LongGame longGame = GAMES.computeIfAbsent(events, LongGames::ofEvents);
        game = switch (variant) {
            case "handrolled" -> new HandrolledStoredGame(longGame, snapshots);
            case "axon" -> new AxonStoredGame(longGame, snapshots);
            default -> throw new IllegalArgumentException("no variant " + variant + " (handrolled, axon)");
        };
    }

    @Benchmark
    public long load() {
        return game.load();
    }

    @TearDown(Level.Trial)
    public void close() {
        game.close();
    }
}
