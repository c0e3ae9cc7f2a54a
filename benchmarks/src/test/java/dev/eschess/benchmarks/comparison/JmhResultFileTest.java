package dev.eschess.benchmarks.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader of JMH's {@code -rf json} files, on a small fixture in JMH's format. */
class JmhResultFileTest {

    @Test
    void givenAJmhJsonFile_whenRead_thenEachBenchmarkHasItsParamsScoreErrorAndUnit() throws IOException {
        Path directory = fixtureDirectory("jmh-read");

        List<JmhResultFile> files = JmhResultFile.readAll(directory);

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("engines.json");
            assertThat(file.problem()).isEmpty();
            assertThat(file.settings()).contains("JMH 1.37", "JDK 21.0.5", "1 fork(s)");
            assertThat(file.results()).hasSize(2);
            JmhResult search = file.results().get(0);
            assertThat(search.shortName()).isEqualTo("SearchBenchmark.searchToDepth");
            assertThat(search.mode()).isEqualTo("avgt");
            assertThat(search.params()).containsExactly(Map.entry("depth", "4"), Map.entry("position", "kiwipete"));
            assertThat(search.score()).isEqualTo(12345.678);
            assertThat(search.scoreError()).isEqualTo(234.5);
            assertThat(search.unit()).isEqualTo("us/op");
            JmhResult moves = file.results().get(1);
            assertThat(moves.params()).isEmpty();
            assertThat(moves.scoreError()).isNaN();
        });
    }

    @Test
    void givenAFileThatIsNoJmhResultArray_whenRead_thenItsProblemIsReportedInsteadOfFailing() throws IOException {
        Path directory = fixtureDirectory("jmh-broken");
        Files.writeString(directory.resolve("half-written.json"), "[ { \"benchmark\" : ");
        Files.writeString(directory.resolve("other.json"), "{ \"benchmark\" : \"x\" }");

        List<JmhResultFile> files = JmhResultFile.readAll(directory);

        assertThat(files).extracting(JmhResultFile::fileName)
                .containsExactly("engines.json", "half-written.json", "other.json");
        assertThat(files.get(1).problem()).hasValueSatisfying(problem -> assertThat(problem).startsWith("not JSON"));
        assertThat(files.get(2).problem()).hasValue("not an array of JMH results");
    }

    @Test
    void givenScoresOfEveryMagnitude_whenFormatted_thenLargeOnesAreWholeAndSmallOnesKeepThreeDigits() {
        assertThat(ComparisonDocument.jmhNumber(12345.678)).isEqualTo("12,346");
        assertThat(ComparisonDocument.jmhNumber(23.456)).isEqualTo("23.46");
        assertThat(ComparisonDocument.jmhNumber(0.004567)).isEqualTo("0.00457");
        assertThat(ComparisonDocument.jmhNumber(Double.NaN)).isEqualTo("—");
    }

    /** A fresh directory under target/ holding the fixture as {@code engines.json}. */
    static Path fixtureDirectory(String name) throws IOException {
        Path directory = Files.createDirectories(Path.of("target", "comparison-test", name));
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        try (InputStream fixture = JmhResultFileTest.class.getResourceAsStream("/comparison/jmh-fixture.json")) {
            Files.copy(fixture, directory.resolve("engines.json"), StandardCopyOption.REPLACE_EXISTING);
        }
        return directory;
    }
}
