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
    void givenNoFigureFiles_whenTheReportIsGenerated_thenFiguresReadNotMeasured() throws IOException {
        String document = ComparisonReport.generate(ROOT, emptyFigureDirectory("none"));

        assertThat(document).contains("| moves through HTTP | not measured in this run | not measured in this run |")
                .doesNotContain("moves/s |");
    }

    @Test
    void givenAFigureFileOfOneVariant_whenTheReportIsGenerated_thenItsValueIsShownAndTheOtherIsNotMeasured()
            throws IOException {
        Path figures = emptyFigureDirectory("one-variant");
        FigureFile.of("http-load-handrolled", Map.of("moves_per_s", "123.4"), Instant.EPOCH).writeTo(figures);

        String document = ComparisonReport.generate(ROOT, figures);

        assertThat(document).contains("| moves through HTTP | 123.4 moves/s | not measured in this run |")
                .contains("`http-load-handrolled.properties` | 1970-01-01T00:00:00Z");
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
