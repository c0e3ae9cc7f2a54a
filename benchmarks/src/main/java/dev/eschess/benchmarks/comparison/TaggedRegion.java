package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a tagged region exactly as DocumentationSnippetsTest expects to find it in Markdown: the lines between the tag
 * lines, without any tag lines (nested regions included), dedented by their common indentation, trailing whitespace
 * removed.
 */
final class TaggedRegion {

    private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::([A-Za-z0-9_-]+)\\[]\\s*$");

    private TaggedRegion() {
    }

    /** The region's lines; throws {@link MissingRegion} if the file, the tag or its end is missing, or it is empty. */
    static List<String> read(Path root, Excerpt excerpt) {
        Path file = root.resolve(excerpt.path());
        if (!Files.isRegularFile(file)) {
            throw new MissingRegion("the comparison shows " + excerpt.path() + "#" + excerpt.tag()
                    + ", but there is no file " + excerpt.path());
        }
        try {
            return of(Files.readString(file), excerpt);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The region of {@code source}; see {@link #read}. */
    static List<String> of(String source, Excerpt excerpt) {
        List<String> region = new ArrayList<>();
        boolean inside = false;
        boolean closed = false;
        for (String line : source.split("\n", -1)) {
            Matcher tag = TAG.matcher(line);
            if (tag.matches()) {
                if (tag.group(2).equals(excerpt.tag())) {
                    if (tag.group(1).equals("end") && inside) {
                        closed = true;
                        break;
                    }
                    inside = tag.group(1).equals("tag");
                }
                continue;
            }
            if (inside) {
                region.add(line);
            }
        }
        if (!closed || region.stream().allMatch(String::isBlank)) {
            throw new MissingRegion(excerpt.path() + " has no non-empty region // tag::" + excerpt.tag() + "[] ... // end::"
                    + excerpt.tag() + "[] (the comparison report shows it)");
        }
        return dedented(region);
    }

    private static List<String> dedented(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing()).toList();
    }
}
