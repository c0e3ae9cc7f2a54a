package dev.eschess.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code shown in the documentation is a tagged region of compiled source, and stays one: every snippet of every
 * Markdown file of the repository must equal its region (see {@link SnippetChecker} and CONTRIBUTING.md). With
 * {@code -Deschess.docs.update=true} the snippets are first rewritten from the sources.
 */
class DocumentationSnippetsTest {

    /** The system property that turns checking into updating. */
    private static final String UPDATE = "eschess.docs.update";

    /** Directories never searched: build output, dependencies, Git, and the vendored board's own documentation. */
    private static final Set<String> SKIPPED_NAMES = Set.of("target", "node_modules", ".git");
    private static final Path VENDOR = Path.of("web", "src", "main", "resources", "static", "vendor");

    private static final Path ROOT = repositoryRoot();

    @Test
    void everySnippetInTheDocumentationShowsItsTaggedRegionOfSource() {
        SnippetChecker checker = SnippetChecker.onFiles(ROOT);
        if (Boolean.getBoolean(UPDATE)) {
            files(".md").forEach(markdown -> update(checker, markdown));
        }
        List<String> problems = new ArrayList<>();
        files(".md").forEach(markdown -> problems.addAll(checker.problems(name(markdown), read(markdown))));

        assertThat(problems).withFailMessage("%s", String.join("\n\n", problems)).isEmpty();
    }

    @Test
    void noJavaBlockInTheDocumentationIsCopiedByHand() {
        List<String> problems = new ArrayList<>();
        files(".md").forEach(markdown -> problems.addAll(SnippetChecker.handWrittenJava(name(markdown), read(markdown))));

        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyTagOpenedInTheSourcesIsClosed() {
        List<String> problems = new ArrayList<>();
        files(".java").forEach(source -> problems.addAll(SnippetChecker.tagProblems(name(source), read(source))));

        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    @Test
    void theDocumentationShowsAtLeastOneSnippet() {
        long markers = files(".md").flatMap(markdown -> read(markdown).lines())
                .filter(line -> line.startsWith("<!-- snippet: "))
                .count();

        assertThat(markers).as("snippet markers in the repository's Markdown (is the root %s right?)", ROOT)
                .isPositive();
    }

    // The checker itself, on texts in memory.

    private static final String SOURCE = """
            class Board {
                // tag::squares[]
                int squares() {
                    // tag::count[]
                    return 64;
                    // end::count[]
                }
                // end::squares[]
            }
            """;

    private final SnippetChecker inMemory = new SnippetChecker(
            path -> Optional.ofNullable(Map.of("src/Board.java", SOURCE).get(path)));

    @Test
    void aSnippetThatNoLongerMatchesItsRegionIsReportedWithBothTexts() {
        String markdown = """
                The board:
                <!-- snippet: src/Board.java#squares -->
                ```java
                int squares() {
                    return 100;
                }
                ```
                """;

        List<String> problems = inMemory.problems("doc.md", markdown);

        assertThat(problems).singleElement().asString()
                .startsWith("doc.md:2: the snippet of src/Board.java#squares no longer matches the source "
                        + "(first difference: line 5 of doc.md).")
                .contains("    return 100;", "    return 64;");
    }

    @Test
    void aSnippetShowsItsRegionDedentedAndWithoutInnerTagLines() {
        String markdown = """
                <!-- snippet: src/Board.java#squares -->
                ```java
                int squares() {
                    return 64;
                }
                ```
                """;

        assertThat(inMemory.problems("doc.md", markdown)).isEmpty();
    }

    @Test
    void aSnippetOfAMissingTagOrFileIsReported() {
        String markdown = """
                <!-- snippet: src/Board.java#pieces -->
                ```java
                ```
                <!-- snippet: src/Pieces.java#all -->
                ```java
                ```
                """;

        assertThat(inMemory.problems("doc.md", markdown)).containsExactly(
                "doc.md:1: src/Board.java has no region // tag::pieces[] ... // end::pieces[]",
                "doc.md:4: the snippet names src/Pieces.java, which does not exist");
    }

    @Test
    void aTagThatIsNeverClosedIsReported() {
        // One line, so that the repository's own tag check does not see an open tag in this file.
        String source = "// tag::open[]\nint x;\n";

        assertThat(SnippetChecker.tagProblems("A.java", source)).containsExactly("A.java:1: tag open is never closed");
    }

    @Test
    void aJavaBlockWithoutASnippetMarkerIsReported() {
        String markdown = """
                Some code:
                ```java
                int x = 1;
                ```
                """;

        assertThat(SnippetChecker.handWrittenJava("doc.md", markdown)).singleElement().asString()
                .startsWith("doc.md:2: a java block without a snippet marker");
    }

    @Test
    void updatingRewritesAStaleSnippetFromItsRegion() {
        String stale = """
                <!-- snippet: src/Board.java#count -->
                ```java
                return 100;
                ```
                """;

        assertThat(inMemory.updated("doc.md", stale)).isEqualTo("""
                <!-- snippet: src/Board.java#count -->
                ```java
                return 64;
                ```
                """);
    }

    private static void update(SnippetChecker checker, Path markdown) {
        String text = read(markdown);
        String updated = checker.updated(name(markdown), text);
        if (!updated.equals(text)) {
            try {
                Files.writeString(markdown, updated);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.out.println("updated the snippets of " + name(markdown));
        }
    }

    /** The files of the repository whose names end with {@code suffix}, outside the skipped directories. */
    private static Stream<Path> files(String suffix) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(path -> path.getFileName().toString().endsWith(suffix))
                    .filter(Files::isRegularFile)
                    .filter(path -> !skipped(ROOT.relativize(path)))
                    .sorted()
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.stream();
    }

    private static boolean skipped(Path relative) {
        if (relative.startsWith(VENDOR)) {
            return true;
        }
        for (Path part : relative) {
            if (SKIPPED_NAMES.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }

    /** The repository: the parent of this module's directory, where surefire runs the tests. */
    private static Path repositoryRoot() {
        Path root = Path.of("").toAbsolutePath().getParent();
        if (root == null || !Files.isRegularFile(root.resolve("CONTRIBUTING.md"))) {
            throw new IllegalStateException("run from the system-tests module directory; its parent " + root
                    + " is not the repository root");
        }
        return root;
    }

    private static String name(Path file) {
        return ROOT.relativize(file).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
