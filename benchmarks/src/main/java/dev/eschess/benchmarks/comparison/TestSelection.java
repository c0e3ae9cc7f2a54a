package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tests of a concern: the test methods ({@code @Test}, {@code @ParameterizedTest}, {@code @RepeatedTest},
 * {@code @TestFactory}) declared in these files, optionally only those whose name matches {@code methodNames}. Counted
 * in the source, not from a run: a contract declared once and run on H2 and PostgreSQL counts once, a parameterized
 * test or a test factory counts once however many cases it runs.
 *
 * @param files       the test sources
 * @param methodNames if present, only test methods whose name this pattern finds (for files that test several concerns)
 */
record TestSelection(FileSet files, Optional<Pattern> methodNames) {

    private static final Pattern TEST_ANNOTATION =
            Pattern.compile("^\\s*@(Test|ParameterizedTest|RepeatedTest|TestFactory)\\b.*");
    private static final Pattern METHOD = Pattern.compile("\\b([a-zA-Z_$][\\w$]*)\\s*\\(");

    /** No tests of its own. */
    static final TestSelection NONE = new TestSelection(FileSet.NONE, Optional.empty());

    static TestSelection of(String... globs) {
        return new TestSelection(FileSet.of(globs), Optional.empty());
    }

    /** Only the test methods of {@code globs} whose name matches {@code regex} (case-insensitive). */
    static TestSelection named(String regex, String... globs) {
        return new TestSelection(FileSet.of(globs), Optional.of(Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
    }

    /** How many test methods the selection holds. */
    long count(Path root) {
        long tests = 0;
        for (Path file : files.resolve(root)) {
            try {
                tests += count(Files.readString(root.resolve(file)), methodNames);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tests;
    }

    /** The test methods of one source text whose names {@code names} finds (all if empty). */
    static long count(String source, Optional<Pattern> names) {
        List<String> lines = source.lines().toList();
        long tests = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!TEST_ANNOTATION.matcher(lines.get(i)).matches()) {
                continue;
            }
            int declaration = i + 1;
            while (declaration < lines.size() && lines.get(declaration).strip().startsWith("@")) {
                declaration++;
            }
            Matcher method = METHOD.matcher(declaration < lines.size() ? lines.get(declaration) : "");
            String name = method.find() ? method.group(1) : "";
            if (names.isEmpty() || names.get().matcher(name).find()) {
                tests++;
            }
        }
        return tests;
    }
}
