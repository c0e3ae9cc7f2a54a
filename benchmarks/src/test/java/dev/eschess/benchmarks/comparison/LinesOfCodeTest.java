package dev.eschess.benchmarks.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Lines of code, test methods and settings are counted and read from small fixtures as the report defines them. */
class LinesOfCodeTest {

    private static final String JAVA = """
            package x;

            /**
             * Javadoc is not code.
             */
            final class Y { // code with a trailing comment
                // a comment line
                /* a block */ int a = 1;
                String url = "http://not-a-comment"; /* opened here
                   still a comment
                */
                String text = \"""
                    // inside a text block, still code
                    \""";
                    // indented comment
            }
            """;

    @Test
    void givenJavaWithEveryKindOfComment_whenCounted_thenOnlyLinesWithCodeCount() {
        // package, class, int a, String url, String text =, the text block line, its closing quotes, closing brace
        assertThat(LinesOfCode.count("Y.java", JAVA)).isEqualTo(8);
    }

    @Test
    void givenSqlAndYaml_whenCounted_thenTheirLineCommentsAndBlankLinesAreSkipped() {
        assertThat(LinesOfCode.count("V1.sql", "-- table\nCREATE TABLE t (\n\n  id INT);\n")).isEqualTo(2);
        assertThat(LinesOfCode.count("application.yml", "# settings\na:\n  b: 1 # one\n\n")).isEqualTo(2);
    }

    @Test
    void givenTestMethods_whenCountedWithANameFilter_thenOnlyTheMatchingOnesCount() {
        String source = """
                class T {
                    @Test
                    void aRepeatedCommandIdIsAppliedOnce() {}
                    @ParameterizedTest(name = "{0}")
                    @MethodSource("cases")
                    void aPinnedCommandConflicts(String c) {}
                    @TestFactory
                    Stream<DynamicTest> scenarios() { return null; }
                    void helper() {}
                }
                """;

        assertThat(TestSelection.count(source, Optional.empty())).isEqualTo(3);
        assertThat(TestSelection.count(source, Optional.of(Pattern.compile("commandid", Pattern.CASE_INSENSITIVE))))
                .isEqualTo(1);
    }

    @Test
    void givenNestedYaml_whenAKeyIsRead_thenItsScalarIsFoundWithoutComment() {
        String yaml = """
                eschess:
                  games:
                    expire-waiting-after: 1h
                  axon:
                    # comment
                    snapshot-every: 50 # events
                    cache:
                      games: "10000"
                """;

        assertThat(YamlKeys.value(yaml, "eschess.axon.snapshot-every")).contains("50");
        assertThat(YamlKeys.value(yaml, "eschess.axon.cache.games")).contains("10000");
        assertThat(YamlKeys.value(yaml, "eschess.handrolled.snapshot-every")).isEmpty();
    }
}
