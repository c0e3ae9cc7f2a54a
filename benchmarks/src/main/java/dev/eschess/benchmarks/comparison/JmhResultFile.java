package dev.eschess.benchmarks.comparison;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JMH result file as the report reads it: {@code <figures>/<name>.json}, written by JMH with {@code -rf json} (an
 * array of results, each with {@code benchmark}, {@code mode}, optional {@code params} and {@code primaryMetric}
 * {@code score}, {@code scoreError}, {@code scoreUnit}). A file that is no such array is reported, not fatal.
 *
 * @param fileName the file's name ({@code engines.json})
 * @param modified when it was last written
 * @param results  its benchmarks, in the file's order
 * @param settings how JMH ran them, in words (version, JDK, forks, iterations, threads), from its first result
 * @param problem  why it could not be read, if it could not
 */
record JmhResultFile(String fileName, Instant modified, List<JmhResult> results, String settings,
                     Optional<String> problem) {

    private static final ObjectMapper JSON = new ObjectMapper();

    JmhResultFile {
        results = List.copyOf(results);
    }

    /** Every {@code *.json} file of {@code directory}, by name; none if the directory is missing. */
    static List<JmhResultFile> readAll(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json") && Files.isRegularFile(file))
                    .sorted().map(JmhResultFile::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One file. */
    static JmhResultFile read(Path file) {
        String name = file.getFileName().toString();
        Instant modified;
        JsonNode root;
        try {
            modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
            root = JSON.readTree(file.toFile());
        } catch (JacksonException e) {
            return unreadable(name, Instant.EPOCH, "not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (root == null || !root.isArray()) {
            return unreadable(name, modified, "not an array of JMH results");
        }
        List<JmhResult> results = new ArrayList<>();
        for (JsonNode result : root) {
            JsonNode metric = result.path("primaryMetric");
            if (!result.path("benchmark").isTextual() || !metric.isObject()) {
                return unreadable(name, modified, "an entry without \"benchmark\" or \"primaryMetric\"");
            }
            Map<String, String> params = new LinkedHashMap<>();
            result.path("params").properties().forEach(param -> params.put(param.getKey(), param.getValue().asText()));
            results.add(new JmhResult(result.path("benchmark").asText(), result.path("mode").asText("?"), params,
                    number(metric.path("score")), number(metric.path("scoreError")),
                    metric.path("scoreUnit").asText("")));
        }
        return new JmhResultFile(name, modified, results, settings(root), Optional.empty());
    }

    /** JMH writes an error it could not estimate as the string "NaN". */
    private static double number(JsonNode node) {
        return node.isNumber() ? node.asDouble() : node.isTextual() ? parse(node.asText()) : Double.NaN;
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String settings(JsonNode root) {
        if (root.isEmpty()) {
            return "no results";
        }
        JsonNode first = root.get(0);
        return "JMH " + first.path("jmhVersion").asText("?") + ", JDK " + first.path("jdkVersion").asText("?") + ", "
                + first.path("forks").asText("?") + " fork(s), warm-up " + first.path("warmupIterations").asText("?")
                + " x " + first.path("warmupTime").asText("?") + ", measured " + first.path("measurementIterations")
                .asText("?") + " x " + first.path("measurementTime").asText("?") + ", " + first.path("threads")
                .asText("?") + " thread(s)";
    }

    private static JmhResultFile unreadable(String name, Instant modified, String problem) {
        return new JmhResultFile(name, modified, List.of(), "", Optional.of(problem));
    }
}
