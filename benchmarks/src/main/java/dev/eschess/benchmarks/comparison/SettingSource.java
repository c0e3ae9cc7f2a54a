package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where the report reads the value of a setting: from the files the servers run with, never from memory. */
sealed interface SettingSource {

    /** The value and where it was read, such as {@code 25 (application.yml: eschess.handrolled.snapshot-every)}. */
    Optional<String> read(Path root);

    /** A key of a YAML settings file. */
    record YamlKey(String file, String key) implements SettingSource {
        @Override
        public Optional<String> read(Path root) {
            return YamlKeys.value(text(root, file), key).map(value -> value + " (" + fileName(file) + ": " + key + ")");
        }
    }

    /** The default of a {@code ${property:default}} placeholder in a source file (used when no YAML key sets it). */
    record PlaceholderDefault(String file, String property) implements SettingSource {
        @Override
        public Optional<String> read(Path root) {
            Matcher matcher = Pattern.compile("\\$\\{" + Pattern.quote(property) + ":([^}]*)}").matcher(text(root, file));
            return matcher.find() ? Optional.of(matcher.group(1) + " (default of " + property + " in " + fileName(file)
                    + ")") : Optional.empty();
        }
    }

    /** A constant {@code NAME = value;} of a source file. */
    record Constant(String file, String name) implements SettingSource {
        @Override
        public Optional<String> read(Path root) {
            Matcher matcher = Pattern.compile("\\b" + Pattern.quote(name) + "\\s*=\\s*([^;]+);").matcher(text(root, file));
            return matcher.find() ? Optional.of(matcher.group(1).strip() + " (" + fileName(file).replace(".java", "") + "." + name
                    + ", fixed)")
                    : Optional.empty();
        }
    }

    /**
     * What the sources do, by the calls they make: every {@link Mention} whose text is found (or, for one that says
     * so, not found) in {@code files} contributes its label.
     */
    record Mentions(FileSet files, List<Mention> mentions) implements SettingSource {
        @Override
        public Optional<String> read(Path root) {
            String all = String.join("\n", files.resolve(root).stream().map(file -> text(root, file.toString()))
                    .toList());
            List<String> labels = mentions.stream()
                    .filter(mention -> all.contains(mention.text()) != mention.whenAbsent())
                    .map(Mention::label).toList();
            return Optional.of(labels.isEmpty() ? "none" : String.join("; ", labels));
        }
    }

    /**
     * One thing a source may say.
     *
     * @param text       the text looked for
     * @param label      what its presence means
     * @param whenAbsent whether the label applies when the text is missing instead
     */
    record Mention(String text, String label, boolean whenAbsent) {
    }

    private static String text(Path root, String file) {
        Path path = root.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new MissingRegion("the fair-settings table reads " + file + ", which does not exist");
        }
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fileName(String file) {
        return Path.of(file).getFileName().toString();
    }
}
