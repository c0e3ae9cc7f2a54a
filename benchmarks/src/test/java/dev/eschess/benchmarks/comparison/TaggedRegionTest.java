package dev.eschess.benchmarks.comparison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regions are read as DocumentationSnippetsTest checks them, and a missing one stops the report. */
class TaggedRegionTest {

    private static final String SOURCE = """
            class Board {
                // tag::cmp-squares[]
                int squares() {
                    // tag::inner[]
                    return 64;   \s
                    // end::inner[]
                }
                // end::cmp-squares[]
            }
            """;

    @Test
    void givenARegionWithANestedTag_whenRead_thenTagLinesAreDroppedAndTheLinesDedented() {
        List<String> region = TaggedRegion.of(SOURCE, new Excerpt("Board.java", "cmp-squares"));

        assertThat(region).containsExactly("int squares() {", "    return 64;", "}");
    }

    @Test
    void givenASourceWithoutTheTag_whenRead_thenItFailsNamingFileAndTag() {
        assertThatThrownBy(() -> TaggedRegion.of(SOURCE, new Excerpt("Board.java", "cmp-pieces")))
                .isInstanceOf(MissingRegion.class)
                .hasMessageContaining("Board.java").hasMessageContaining("tag::cmp-pieces[]");
    }

    @Test
    void givenATagThatIsNeverClosed_whenRead_thenItFails() {
        assertThatThrownBy(() -> TaggedRegion.of("// tag::cmp-open[]\nint x;\n", new Excerpt("X.java", "cmp-open")))
                .isInstanceOf(MissingRegion.class);
    }

    @Test
    void givenAMissingFile_whenRead_thenItFailsNamingIt() {
        assertThatThrownBy(() -> TaggedRegion.read(Path.of("target"), new Excerpt("No.java", "cmp-x")))
                .isInstanceOf(MissingRegion.class).hasMessageContaining("No.java");
    }

    @Test
    void givenAConcernWhoseVerdictIsMissing_whenItsProseIsAskedFor_thenItFails() {
        Prose prose = Prose.parse("## decider-wiring\nfine\n## event-store\n\n");

        assertThat(prose.section("decider-wiring")).isEqualTo("fine");
        assertThatThrownBy(() -> prose.section("event-store")).isInstanceOf(MissingRegion.class);
    }
}
