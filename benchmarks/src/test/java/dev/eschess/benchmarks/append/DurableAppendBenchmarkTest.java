package dev.eschess.benchmarks.append;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.benchmarks.figures.DurableAppendCell;
import dev.eschess.benchmarks.figures.FigureFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A smoke run of the durable-append benchmark, so that {@code mvn verify} notices when it breaks: tiny cells on both
 * databases. Its figures mean nothing at this size and are not looked at; what counts is that every cell ran and
 * passed its checks (every acknowledged append stored, the store's log without a hole).
 */
class DurableAppendBenchmarkTest {

    @Test
    void givenTinyCells_whenTheBenchmarkRunsOnBothDatabases_thenEveryContenderAppendsInEveryCellAndTheTableIsPrinted()
            throws Exception {
        AppendSettings settings = new AppendSettings(Duration.ofMillis(150), Duration.ZERO, List.of(1, 3),
                List.of(AppendSettings.Database.POSTGRESQL, AppendSettings.Database.H2), Optional.empty(),
                Path.of("target").toAbsolutePath());
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        DurableAppendBenchmark.Results results = DurableAppendBenchmark.run(settings,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        // Four contenders on PostgreSQL, three on H2 (no transaction ids there), at 1 and 3 writers each.
        assertThat(results.cells()).hasSize(2 * 4 + 2 * 3)
                .allSatisfy(cell -> assertThat(cell.acknowledged()).isPositive());
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("| database | writers | raw INSERT+COMMIT |", "| PostgreSQL | 3 |", "| H2 | 1 |")
                .contains(": no hole");
        FigureFile figures = results.figureFile(settings, Instant.EPOCH);
        assertThat(figures.name()).isEqualTo(DurableAppendCell.FILE);
        assertThat(figures.values()).containsKeys("postgresql.1.raw", "postgresql.3.per-append",
                        "postgresql.3.group-commit", "postgresql.3.group-commit.appends_per_commit", "postgresql.1.xid8",
                        "h2.3.raw", "h2.1.group-commit", "postgresql.description", "h2.description")
                .doesNotContainKey("h2.1.xid8");
    }

    @Test
    void givenNoArguments_thenTheSettingsAreTheIssuesCellsOnBothDatabases() {
        AppendSettings settings = AppendSettings.fromArguments(new String[0], Map.of());

        assertThat(settings.writers()).containsExactly(1, 4, 16);
        assertThat(settings.databases())
                .containsExactly(AppendSettings.Database.POSTGRESQL, AppendSettings.Database.H2);
        assertThat(settings.postgres()).isEmpty();
    }

    @Test
    void givenAPostgresUrlInTheEnvironment_thenTheRunUsesThatDatabaseInsteadOfAnEmbeddedServer() {
        AppendSettings settings = AppendSettings.fromArguments(new String[] {"0.5", "0", "2", "postgresql"},
                Map.of("PG_URL", "jdbc:postgresql://localhost:5432/append_bench_1", "PG_USER", "eschess"));

        assertThat(settings.duration()).isEqualTo(Duration.ofMillis(500));
        assertThat(settings.writers()).containsExactly(2);
        assertThat(settings.postgres()).hasValueSatisfying(server -> {
            assertThat(server.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/append_bench_1");
            assertThat(server.user()).isEqualTo("eschess");
        });
    }
}
