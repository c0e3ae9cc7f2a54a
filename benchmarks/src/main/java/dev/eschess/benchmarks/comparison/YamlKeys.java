package dev.eschess.benchmarks.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one scalar of a Spring {@code application.yml} by its dotted key: enough YAML for block mappings of scalars
 * (no lists, anchors or flow style), which is all our settings files use.
 */
final class YamlKeys {

    private YamlKeys() {
    }

    /** The value of {@code dottedKey}, unquoted, trailing comment removed; empty if the file does not set it. */
    static Optional<String> value(String yaml, String dottedKey) {
        List<Integer> indents = new ArrayList<>();
        List<String> path = new ArrayList<>();
        for (String raw : yaml.split("\n", -1)) {
            String line = raw.stripTrailing();
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#") || content.startsWith("-") || !content.contains(":")) {
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            while (!indents.isEmpty() && indents.getLast() >= indent) {
                indents.removeLast();
                path.removeLast();
            }
            int colon = content.indexOf(':');
            String key = content.substring(0, colon).strip();
            String value = content.substring(colon + 1).strip();
            indents.add(indent);
            path.add(key);
            if (!value.isEmpty() && String.join(".", path).equals(dottedKey)) {
                return Optional.of(unquoted(withoutComment(value)));
            }
        }
        return Optional.empty();
    }

    private static String withoutComment(String value) {
        int hash = value.indexOf(" #");
        return hash < 0 ? value : value.substring(0, hash).strip();
    }

    private static String unquoted(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
