package dev.eschess.systemtest.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTTP benchmarks of {@code benchmarks} as smoke runs (issue 14 point 6): each driver runs briefly from the
 * packaged benchmarks jar against a packaged server, as {@code benchmarks/http-bench.sh} and
 * {@code benchmarks/comparison.sh} run them, ends by itself with status 0 and writes its figure file. The real runs are
 * those scripts; this only shows that they still work.
 */
@ExtendWith(GameServers.Extension.class)
class BenchmarkSmokeIT {

    private static final long LIMIT_SECONDS = 180;

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAServer_whenEachHttpDriverRunsBriefly_thenEachEndsWellAndWritesItsFigures(Variant variant,
            GameServers servers) throws Exception {
        PackagedServer server = servers.of(variant);
        String url = server.base().toString().replaceAll("/$", "");
        Path figures = Files.createDirectories(GameServers.workDirectory().resolve("figures-" + variant.id()));

        for (List<String> driver : List.of(
                List.of("dev.eschess.benchmarks.http.HttpLoadDriver", url, "1", "0", "2"),
                List.of("dev.eschess.benchmarks.http.ViewLoadDriver", url, "2", "0", "2"),
                List.of("dev.eschess.benchmarks.http.GameLengthProbe", url, "100", "3"))) {
            Run run = runBenchmark(figures, driver);
            assertThat(run.status()).as("%s:%n%s", driver.getFirst(), run.output()).isZero();
        }

        assertThat(propertiesIn(figures)).as("figure files in %s", figures).hasSizeGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenAPackagedJar_whenTheStartupProbeRuns_thenItMeasuresAndStopsTheServer(Variant variant)
            throws Exception {
        Path figures = Files.createDirectories(GameServers.workDirectory().resolve("startup-figures-" + variant.id()));

        Run run = runBenchmark(figures, List.of("dev.eschess.benchmarks.http.StartupProbe",
                variant.jar().toString(), "0", "0"));

        assertThat(run.status()).as("StartupProbe:%n%s", run.output()).isZero();
        assertThat(propertiesIn(figures)).as("figure files in %s", figures).isNotEmpty();
    }

    private record Run(int status, String output) {
    }

    /** Runs a main class of the benchmarks jar from the repository root (the drivers' relative paths start there). */
    private static Run runBenchmark(Path figures, List<String> mainAndArguments) throws Exception {
        Path output = Files.createTempFile(figures, "run-", ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m",
                "-Deschess.figures.dir=" + figures.toAbsolutePath(), "-cp", benchmarksJar().toString()));
        command.addAll(mainAndArguments);
        Process process = new ProcessBuilder(command).directory(repositoryRoot().toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            return new Run(-1, "did not end within " + LIMIT_SECONDS + " s: " + Files.readString(output));
        }
        return new Run(process.exitValue(), Files.readString(output));
    }

    private static List<Path> propertiesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".properties")).toList();
        }
    }

    private static Path benchmarksJar() {
        String location = System.getProperty("eschess.jar.benchmarks");
        assertThat(location).as("system property eschess.jar.benchmarks").isNotBlank();
        return Path.of(location).toAbsolutePath();
    }

    private static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("benchmarks")) ? here : here.getParent();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
