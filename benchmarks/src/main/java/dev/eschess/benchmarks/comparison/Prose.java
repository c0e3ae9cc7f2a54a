package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The hand-written text of the report, kept in the resource {@code comparison/verdicts.md}: sections opened by a line
 * {@code ## KEY}, one per concern (its verdict) and one per fair setting ({@code ## fair:NAME}, why it differs).
 */
final class Prose {

    static final String RESOURCE = "/comparison/verdicts.md";

    private final Map<String, String> sections;

    private Prose(Map<String, String> sections) {
        this.sections = Map.copyOf(sections);
    }

    /** The text of the resource on the class path. */
    static Prose load() {
        try (InputStream in = Prose.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new MissingRegion("the resource " + RESOURCE + " is missing");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sections of {@code text}; anything before the first {@code ## } line is a comment for its editors. */
    static Prose parse(String text) {
        Map<String, String> sections = new LinkedHashMap<>();
        String key = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (key != null) {
                    sections.put(key, body.toString().strip());
                }
                key = line.substring(3).strip();
                body.setLength(0);
            } else if (key != null) {
                body.append(line).append('\n');
            }
        }
        if (key != null) {
            sections.put(key, body.toString().strip());
        }
        return new Prose(sections);
    }

    /** The section {@code key}; throws {@link MissingRegion} if it is missing or empty. */
    String section(String key) {
        String text = sections.get(key);
        if (text == null || text.isBlank()) {
            throw new MissingRegion(RESOURCE + " has no text under '## " + key + "'");
        }
        return text;
    }
}
