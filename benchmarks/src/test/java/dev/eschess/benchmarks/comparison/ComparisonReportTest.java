package dev.eschess.benchmarks.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.benchmarks.figures.FigureFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator on the real repository: a smoke run, with and without figure files. */
class ComparisonReportTest {

    /** Surefire runs in the module's directory; the repository is its parent. */
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void givenTheRepository_whenTheReportIsGenerated_thenItHasEveryConcernItsSnippetsAndTheFairSettings()
            throws IOException {
        String document = ComparisonReport.generate(ROOT, emptyFigureDirectory("no-figures"));

        for (int i = 0; i < Concerns.all().size(); i++) {
            Concern concern = Concerns.all().get(i);
            assertThat(document).contains("\n## " + (i + 1) + ". " + concern.title() + "\n");
            for (Excerpt excerpt : concern.handrolled().excerpts()) {
                assertThat(document).contains("<!-- snippet: " + excerpt.path() + "#" + excerpt.tag() + " -->\n```java\n");
            }
        }
        assertThat(document).contains("## Fair settings", "snapshot interval", "## Modules");
    }

    @Test
    void givenTheRepository_whenTheReportIsGenerated_thenItHasTheDeadlineAndProcessManagerConcernsAndTheNewSections()
            throws IOException {
        String document = ComparisonReport.generate(ROOT, emptyFigureDirectory("sections"));

        assertThat(document).contains("## 10. Deadlines (clocks)\n", "## 11. Process manager (the computer opponent)\n",
                "(#11-process-manager-the-computer-opponent)",
                "<!-- snippet: axon/src/main/java/dev/eschess/axon/command/GameAggregate.java#cmp-deadlines -->",
                "<!-- snippet: axon/src/main/java/dev/eschess/axon/computer/ComputerOpponentProcess.java"
                        + "#cmp-process-manager -->",
                "### Load on the HTTP API", "## Engine benchmarks (JMH)", "GapAwareTrackingExperimentTest");
        assertThat(document.indexOf("## Engine benchmarks (JMH)")).isGreaterThan(document.indexOf("## The whole server"));
    }

    @Test
    void givenNoFigureFiles_whenTheReportIsGenerated_thenFiguresReadNotMeasured() throws IOException {
        String document = ComparisonReport.generate(ROOT, emptyFigureDirectory("none"));

        assertThat(document)
                .contains("| moves through HTTP, 64 games, H2 | not measured in this run | not measured in this run |")
                .contains("| H2 | 1 | not measured in this run | — | — | — | not measured in this run | — | — | — |")
                .contains("| PostgreSQL | 64 | not measured in this run |")
                .contains("| durable appends | not measured in this run |")
                .contains("## Engine benchmarks (JMH)\n\nNot measured in this run")
                .doesNotContain(" moves/s |\n", "appends/s");
    }

    @Test
    void givenAFigureFileOfOneVariant_whenTheReportIsGenerated_thenItsValueIsShownAndTheOtherIsNotMeasured()
            throws IOException {
        Path figures = emptyFigureDirectory("one-variant");
        String command = "benchmarks/http-bench.sh handrolled/target/handrolled.jar load 64 10 30";
        FigureFile.of("http-load-handrolled-h2-64", Map.of("moves_per_s", "123.4", "p50_ms", "5.0", "p99_ms",
                "40.2", "non_2xx", "0", "command", command), Instant.EPOCH).writeTo(figures);

        String document = ComparisonReport.generate(ROOT, figures);

        assertThat(document).contains("| moves through HTTP, 64 games, H2 | 123.4 moves/s | not measured in this run |")
                .contains("| H2 | 64 | 123.4 | 5.0 ms | 40.2 ms | 0 | not measured in this run | — | — | — |")
                .contains("- `http-load-handrolled-h2-64`: `benchmarks/http-bench.sh handrolled/target/handrolled.jar "
                        + "load 64 10 30`")
                .contains("`http-load-handrolled-h2-64.properties` | 1970-01-01T00:00:00Z");
    }

    @Test
    void givenALoadRunOfAnotherNumberOfGames_whenTheReportIsGenerated_thenItGetsARowOfItsOwn() throws IOException {
        Path figures = emptyFigureDirectory("other-games");
        FigureFile.of("http-load-axon-postgresql-4", Map.of("moves_per_s", "77.0", "stored_exactly_once", "false"),
                Instant.EPOCH).writeTo(figures);

        String document = ComparisonReport.generate(ROOT, figures);

        assertThat(document).contains("| PostgreSQL | 4 | not measured in this run | — | — | — | 77.0 | — | — | — "
                + "(**stored check failed**) |");
        assertThat(document.indexOf("| PostgreSQL | 4 |")).isLessThan(document.indexOf("| PostgreSQL | 16 |"))
                .isGreaterThan(document.indexOf("| PostgreSQL | 1 |"));
    }

    @Test
    void givenADurableAppendFigureFile_whenTheReportIsGenerated_thenTheEventStoreShowsItsTableAgainstTheRawLimit()
            throws IOException {
        Path figures = emptyFigureDirectory("durable-append");
        FigureFile.of("durable-append", Map.of("postgresql.16.raw", "7740", "postgresql.16.per-append", "1022",
                "postgresql.16.group-commit", "8336", "postgresql.16.group-commit.appends_per_commit", "13.5",
                "postgresql.16.xid8", "3862", "h2.1.raw", "3957", "h2.1.per-append", "1351",
                "postgresql.description", "PostgreSQL 17.11 (embedded)", "seconds", "3.0", "warmup_s", "1.0"),
                Instant.EPOCH).writeTo(figures);

        String document = ComparisonReport.generate(ROOT, figures);

        assertThat(document)
                .contains("| PostgreSQL | 16 | 7,740 | 1,022 | 8,336 | 3,862 | 0.13x | 1.08x | 13.5 |")
                .contains("| H2 | 1 | 3,957 | 1,351 | — | — | 0.34x | — | — |")
                .contains("PostgreSQL 17.11 (embedded)", "`durable-append.properties` | 1970-01-01T00:00:00Z");
        assertThat(document.indexOf("| PostgreSQL | 16 | 7,740")).isGreaterThan(document.indexOf("## 2. Event store"))
                .isLessThan(document.indexOf("## 3. Concurrency"));
    }

    @Test
    void givenAJmhResultFile_whenTheReportIsGenerated_thenItsBenchmarksAreATableInTheEngineSection()
            throws IOException {
        Path figures = JmhResultFileTest.fixtureDirectory("jmh-report");

        String document = ComparisonReport.generate(ROOT, figures);

        assertThat(document).contains("## Engine benchmarks (JMH)", "### engines.json",
                "| `SearchBenchmark.searchToDepth` | avgt | depth=4, position=kiwipete | 12,346 ± 235 | us/op |",
                "| `MoveGenerationBenchmark.legalMoves` | thrpt |  | 0.00457 | ops/ns |",
                "| `engines.json` |");
    }

    @Test
    void givenFiguresOfAnEarlierMeasuredRun_whenTheReportIsGenerated_thenItStatesTheMeasuredCommitAndWhenFiguresWereRecorded()
            throws IOException {
        Path figures = emptyFigureDirectory("measured-run");
        FigureFile.of(MeasuredRun.FILE, Map.of("commit", "b653f2f"), Instant.parse("2026-12-05T17:17:00Z"))
                .writeTo(figures);
        FigureFile.of("http-load-axon-h2-1", Map.of("moves_per_s", "151.3"), Instant.parse("2026-12-05T17:38:07Z"))
                .writeTo(figures);

        String document = ComparisonReport.generate(ROOT, figures);

        assertThat(document).contains("| figures measured at commit | `b653f2f` |",
                "| figures recorded | 2026-12-05T17:17:00Z to 2026-12-05T17:38:07Z |",
                "| report generated at commit | `");
    }

    @Test
    void givenFigureFilesWithoutTheMeasuredRunFile_whenTheReportIsGenerated_thenTheMeasuredCommitIsNotRecorded()
            throws IOException {
        Path figures = emptyFigureDirectory("unknown-run");
        FigureFile.of("http-load-axon-h2-1", Map.of("moves_per_s", "151.3"), Instant.parse("2026-12-05T17:38:07Z"))
                .writeTo(figures);

        String document = ComparisonReport.generate(ROOT, figures);

        assertThat(document).contains("| figures measured at commit | not recorded (no measured-run.properties among "
                + "the figure files) |", "| figures recorded | 2026-12-05T17:38:07Z to 2026-12-05T17:38:07Z |");
    }

    private static Path emptyFigureDirectory(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "comparison-test", name));
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        return directory;
    }
}
