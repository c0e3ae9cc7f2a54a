package dev.eschess.benchmarks.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The URLs of the fresh databases the comparison's load runs get (no server needed). */
class BenchmarkPostgresTest {

    @Test
    void givenTheEmbeddedServersAdminUrl_whenADatabaseUrlIsMade_thenOnlyTheDatabaseChanges() {
        assertThat(BenchmarkPostgres.databaseUrl("jdbc:postgresql://localhost:41234/postgres?user=postgres",
                "bench_1_axon_16")).isEqualTo("jdbc:postgresql://localhost:41234/bench_1_axon_16?user=postgres");
        assertThat(BenchmarkPostgres.databaseUrl("jdbc:postgresql://localhost:5432/postgres", "append_1"))
                .isEqualTo("jdbc:postgresql://localhost:5432/append_1");
    }

    @Test
    void givenANameThatWouldNeedQuoting_whenADatabaseUrlIsMade_thenItIsRefused() {
        assertThatThrownBy(() -> BenchmarkPostgres.databaseUrl("jdbc:postgresql://localhost:5432/postgres",
                "bench; DROP DATABASE eschess")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BenchmarkPostgres.databaseUrl("jdbc:h2:file:games", "bench_1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
