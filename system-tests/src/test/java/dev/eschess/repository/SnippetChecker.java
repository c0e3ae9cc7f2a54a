package dev.eschess.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares the Java shown in Markdown with the tagged regions of source it claims to show.
 *
 * <p>In a source file a region is marked by the comment lines {@code // tag::NAME[]} and {@code // end::NAME[]}. In
 * Markdown, the line {@code <!-- snippet: path/from/the/repository/root/File.java#NAME -->} is immediately followed
 * by a fenced {@code java} block holding the region's lines: without any tag lines, dedented by their common
 * leading whitespace, trailing whitespace ignored.
 */
final class SnippetChecker {

    private static final Pattern MARKER = Pattern.compile("^<!-- snippet: (\\S+)#([A-Za-z0-9_-]+) -->\\s*$");
    private static final Pattern ANY_MARKER = Pattern.compile("^<!-- snippet:.*");
    private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::([A-Za-z0-9_-]+)\\[]\\s*$");
    private static final String JAVA_FENCE = "```java";
    private static final String FENCE = "```";

    private final Function<String, Optional<String>> sources;

    /**
     * A checker that reads sources through {@code sources}: from a path relative to the repository root to the file's
     * text, empty if there is no such file.
     */
    SnippetChecker(Function<String, Optional<String>> sources) {
        this.sources = sources;
    }

    /** A checker on the files of the repository rooted at {@code root}. */
    static SnippetChecker onFiles(Path root) {
        return new SnippetChecker(path -> {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Every snippet of {@code markdown} that does not show its region: stale text, a missing file or tag, a tag never
     * closed, a marker without its block. {@code markdownName} only names the file in the messages.
     */
    List<String> problems(String markdownName, String markdown) {
        List<String> problems = new ArrayList<>();
        for (Snippet snippet : snippets(markdownName, markdown, problems)) {
            Optional<List<String>> region = region(snippet, problems);
            if (region.isPresent() && !region.get().equals(snippet.shown())) {
                problems.add(markdownName + ":" + snippet.line() + ": the snippet of " + snippet.where()
                        + " no longer matches the source (first difference: line "
                        + (snippet.line() + 2 + firstDifference(snippet.shown(), region.get())) + " of " + markdownName
                        + ").\n--- in " + markdownName + ":\n" + text(snippet.shown())
                        + "\n--- in " + snippet.sourcePath() + ", tag " + snippet.tag() + ":\n" + text(region.get())
                        + "\n(run with -Deschess.docs.update=true to copy the source into the Markdown)");
            }
        }
        return problems;
    }

    /** Every fenced {@code java} block of {@code markdown} without a snippet marker on the line above it. */
    static List<String> handWrittenJava(String markdownName, String markdown) {
        List<String> lines = lines(markdown);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(JAVA_FENCE) && (i == 0 || !ANY_MARKER.matcher(lines.get(i - 1)).matches())) {
                problems.add(markdownName + ":" + (i + 1) + ": a java block without a snippet marker; show tagged "
                        + "source instead (<!-- snippet: path/File.java#tag --> on the line above, see CONTRIBUTING.md)");
            }
        }
        return problems;
    }

    /** Every tag of {@code source} that is closed without being opened, opened twice, or never closed. */
    static List<String> tagProblems(String sourceName, String source) {
        List<String> lines = lines(source);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher tag = TAG.matcher(lines.get(i));
            if (!tag.matches()) {
                continue;
            }
            String name = tag.group(2);
            int line = i + 1;
            if (tag.group(1).equals("tag")) {
                Integer earlier = seen.put(name, line);
                if (earlier != null) {
                    problems.add(sourceName + ":" + line + ": tag " + name + " opened again (first at line " + earlier
                            + ")");
                }
                open.put(name, line);
            } else if (open.remove(name) == null) {
                problems.add(sourceName + ":" + line + ": end::" + name + "[] without a tag::" + name + "[] above it");
            }
        }
        open.forEach((name, line) -> problems.add(sourceName + ":" + line + ": tag " + name + " is never closed"));
        return problems;
    }

    /** {@code markdown} with every snippet block replaced by its region as the sources hold it now. */
    String updated(String markdownName, String markdown) {
        List<String> lines = new ArrayList<>(lines(markdown));
        List<String> ignored = new ArrayList<>();
        List<Snippet> snippets = snippets(markdownName, markdown, ignored);
        // From the last to the first, so the line numbers of the earlier blocks stay valid.
        for (int i = snippets.size() - 1; i >= 0; i--) {
            Snippet snippet = snippets.get(i);
            Optional<List<String>> region = region(snippet, ignored);
            if (region.isPresent()) {
                List<String> block = lines.subList(snippet.firstShownIndex(), snippet.closingFenceIndex());
                block.clear();
                block.addAll(region.get());
            }
        }
        return String.join("\n", lines);
    }

    /** The region {@code tag} of {@code source}: its lines without tag lines, dedented; empty if it is not there. */
    static Optional<List<String>> region(String source, String tag) {
        List<String> region = new ArrayList<>();
        boolean inside = false;
        for (String line : lines(source)) {
            Matcher marker = TAG.matcher(line);
            if (marker.matches()) {
                if (marker.group(2).equals(tag)) {
                    if (marker.group(1).equals("end") && inside) {
                        return Optional.of(dedented(region));
                    }
                    inside = marker.group(1).equals("tag");
                }
                continue;
            }
            if (inside) {
                region.add(line);
            }
        }
        return Optional.empty();
    }

    private Optional<List<String>> region(Snippet snippet, List<String> problems) {
        Optional<String> source = sources.apply(snippet.sourcePath());
        if (source.isEmpty()) {
            problems.add(snippet.markdown() + ":" + snippet.line() + ": the snippet names " + snippet.sourcePath()
                    + ", which does not exist");
            return Optional.empty();
        }
        List<String> tagProblems = tagProblems(snippet.sourcePath(), source.get());
        if (!tagProblems.isEmpty()) {
            problems.add(snippet.markdown() + ":" + snippet.line() + ": the tags of " + snippet.sourcePath()
                    + " are broken: " + String.join("; ", tagProblems));
            return Optional.empty();
        }
        Optional<List<String>> region = region(source.get(), snippet.tag());
        if (region.isEmpty()) {
            problems.add(snippet.markdown() + ":" + snippet.line() + ": " + snippet.sourcePath() + " has no region "
                    + "// tag::" + snippet.tag() + "[] ... // end::" + snippet.tag() + "[]");
        } else if (region.get().stream().allMatch(String::isEmpty)) {
            problems.add(snippet.markdown() + ":" + snippet.line() + ": the region " + snippet.where() + " is empty");
            return Optional.empty();
        }
        return region;
    }

    private static List<Snippet> snippets(String markdownName, String markdown, List<String> problems) {
        List<String> lines = lines(markdown);
        List<Snippet> snippets = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!ANY_MARKER.matcher(lines.get(i)).matches()) {
                continue;
            }
            int line = i + 1;
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.matches()) {
                problems.add(markdownName + ":" + line + ": a snippet marker must read "
                        + "<!-- snippet: path/from/the/repository/root/File.java#tag -->");
                continue;
            }
            if (i + 1 >= lines.size() || !lines.get(i + 1).strip().equals(JAVA_FENCE)) {
                problems.add(markdownName + ":" + line + ": a snippet marker must be followed by a " + JAVA_FENCE
                        + " line");
                continue;
            }
            int closing = i + 2;
            while (closing < lines.size() && !lines.get(closing).strip().equals(FENCE)) {
                closing++;
            }
            if (closing >= lines.size()) {
                problems.add(markdownName + ":" + line + ": the snippet's java block is never closed");
                continue;
            }
            List<String> shown = lines.subList(i + 2, closing).stream().map(String::stripTrailing).toList();
            snippets.add(new Snippet(markdownName, line, marker.group(1), marker.group(2), shown, i + 2, closing));
        }
        return snippets;
    }

    /** The index of the first line where the two differ (the shorter one's length if it is a prefix). */
    private static int firstDifference(List<String> shown, List<String> region) {
        int index = 0;
        while (index < shown.size() && index < region.size() && shown.get(index).equals(region.get(index))) {
            index++;
        }
        return index;
    }

    private static List<String> dedented(List<String> lines) {
        int indent = lines.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing()).toList();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static String text(List<String> lines) {
        return String.join("\n", lines);
    }

    /**
     * One snippet of a Markdown file.
     *
     * @param markdown          the Markdown file's name
     * @param line              the marker's line number, from 1
     * @param sourcePath        the source file, relative to the repository root
     * @param tag               the region's name
     * @param shown             the lines of the block, without trailing whitespace
     * @param firstShownIndex   the index of the block's first line (after the opening fence)
     * @param closingFenceIndex the index of the closing fence
     */
    private record Snippet(String markdown, int line, String sourcePath, String tag, List<String> shown,
                           int firstShownIndex, int closingFenceIndex) {

        String where() {
            return sourcePath + "#" + tag;
        }
    }
}
