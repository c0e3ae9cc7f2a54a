package dev.eschess.benchmarks.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every engine benchmark with every parameter once, in this JVM, for about 100 ms each: a smoke run that they
 * complete and measure something, never a figure (issue 14 point 6). The real runs are the README's commands.
 */
class EngineBenchmarksSmokeTest {

    private static final TimeValue SHORT = new TimeValue(100, TimeUnit.MILLISECONDS);

    @Test
    void givenEveryGameReplayParameter_whenRunOnceBriefly_thenEachMeasuresGamesAndCommandsPerSecond()
            throws RunnerException {
        Collection<RunResult> results = smokeRun(GameReplayBenchmark.class, "game-replay-smoke.json");

        assertThat(results).hasSize(5 * 2);
        assertThat(results).allSatisfy(result -> {
            assertThat(result.getPrimaryResult().getScore()).isPositive();
            assertThat(result.getSecondaryResults().get("commands").getScore())
                    .isGreaterThanOrEqualTo(result.getPrimaryResult().getScore());
        });
    }

    @Test
    void givenEveryRehydrationParameter_whenRunOnceBriefly_thenEachMeasuresALoadTime() throws RunnerException {
        Collection<RunResult> results = smokeRun(RehydrationBenchmark.class, "rehydration-smoke.json");

        assertThat(results).hasSize(2 * 3 * 2);
        assertThat(results).allSatisfy(result -> assertThat(result.getPrimaryResult().getScore()).isPositive());
    }

    private static Collection<RunResult> smokeRun(Class<?> benchmark, String resultFile) throws RunnerException {
        Path results = Path.of("target", resultFile);
        Options options = new OptionsBuilder()
                .include(benchmark.getName() + "\\.")
                .forks(0)
                .warmupIterations(1)
                .warmupTime(SHORT)
                .measurementIterations(1)
                .measurementTime(SHORT)
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .resultFormat(ResultFormatType.JSON)
                .result(results.toString())
                .build();
        Collection<RunResult> run = new Runner(options).run();
        assertThat(Files.exists(results)).isTrue();
        return run;
    }
}
