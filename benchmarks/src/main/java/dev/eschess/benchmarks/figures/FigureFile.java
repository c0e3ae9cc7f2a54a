package dev.eschess.benchmarks.figures;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The figures of one benchmark run, as the comparison report reads them: {@code <directory>/<name>.properties}, one
 * {@code key=value} line per figure (numbers in plain decimal notation, units in the key: {@code moves_per_s},
 * {@code p50_ms}), and a {@code recorded_at} instant. A later run of the same benchmark overwrites the file.
 *
 * @param name   the file's name without {@code .properties}, such as {@code http-load-axon}
 * @param values the figures by key
 */
public record FigureFile(String name, SortedMap<String, String> values) {

    /** The directory the benchmarks write to and the report reads from unless told otherwise. */
    public static final Path DEFAULT_DIRECTORY = Path.of("benchmarks", "target", "figures");

    /** The system property naming another directory. */
    public static final String DIRECTORY_PROPERTY = "eschess.figures.dir";

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

    public FigureFile {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure file name is lower-case letters, digits and '-', was " + name);
        }
        values = new TreeMap<>(values);
    }

    /** Figures named {@code name} with these values, stamped with {@code recordedAt}. */
    public static FigureFile of(String name, Map<String, ?> figures, Instant recordedAt) {
        SortedMap<String, String> values = new TreeMap<>();
        figures.forEach((key, value) -> values.put(key, String.valueOf(value)));
        values.put("recorded_at", recordedAt.toString());
        return new FigureFile(name, values);
    }

    /** The directory of {@link #DIRECTORY_PROPERTY}, or {@link #DEFAULT_DIRECTORY} (relative to the working directory). */
    public static Path directory() {
        String configured = System.getProperty(DIRECTORY_PROPERTY);
        return configured == null || configured.isBlank() ? DEFAULT_DIRECTORY : Path.of(configured);
    }

    /** One figure, if this run recorded it. */
    public Optional<String> value(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Writes the file into {@code directory} (created if missing) and returns its path. */
    public Path writeTo(Path directory) {
        Properties properties = new Properties();
        properties.putAll(values);
        Path file = directory.resolve(name + ".properties");
        try {
            Files.createDirectories(directory);
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "eschess benchmark figures: " + name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** The file {@code name} of {@code directory}; empty if that benchmark was not run. */
    public static Optional<FigureFile> readFrom(Path directory, String name) {
        Path file = directory.resolve(name + ".properties");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        SortedMap<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
        return Optional.of(new FigureFile(name, values));
    }
}
