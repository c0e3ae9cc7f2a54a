package dev.eschess.benchmarks.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** How the load runs' figure files and the durable-append cells are named, which writers and the report share. */
class FigureNamesTest {

    @Test
    void givenAVariantTheEventStoreItReportsAndTheGames_whenNamed_thenTheFileIsHttpLoadVariantDatabaseGames() {
        HttpLoadRun run = new HttpLoadRun("axon", "PostgreSQL", 16);

        assertThat(run.fileName()).isEqualTo("http-load-axon-postgresql-16");
        assertThat(HttpLoadRun.ofFileName("http-load-axon-postgresql-16")).hasValue(run);
        assertThat(new HttpLoadRun("handrolled", "h2", 1).fileName()).isEqualTo("http-load-handrolled-h2-1");
    }

    @Test
    void givenOtherFigureFiles_whenReadAsLoadRuns_thenNoneIsOne() {
        assertThat(HttpLoadRun.ofFileName("http-load-axon")).isEmpty();
        assertThat(HttpLoadRun.ofFileName("http-views-axon")).isEmpty();
        assertThat(HttpLoadRun.ofFileName("http-load-axon-h2-many")).isEmpty();
        assertThatThrownBy(() -> new HttpLoadRun("axon", "h2", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenADurableAppendCell_whenKeyed_thenTheKeyIsDatabaseWritersContenderAndReadsBack() {
        DurableAppendCell cell = new DurableAppendCell("postgresql", 16, DurableAppendCell.GROUP_COMMIT);

        assertThat(cell.key()).isEqualTo("postgresql.16.group-commit");
        assertThat(DurableAppendCell.ofKey("postgresql.16.group-commit")).hasValue(cell);
        assertThat(DurableAppendCell.ofKey("postgresql.16.group-commit" + DurableAppendCell.APPENDS_PER_COMMIT))
                .isEmpty();
        assertThat(DurableAppendCell.ofKey("postgresql.description")).isEmpty();
        assertThat(DurableAppendCell.ofKey("h2.4.fast")).isEmpty();
    }
}
