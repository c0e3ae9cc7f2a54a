package dev.eschess.benchmarks.comparison;

import dev.eschess.benchmarks.figures.FigureFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The measuring run behind the report's figures, which may be older than the commit the report is generated at:
 * the commit that {@code comparison.sh --measure} measured, and when the first and last figure files were recorded.
 *
 * @param commit        the measured commit, from {@value #FILE}{@code .properties}; empty if no such file was written
 * @param firstRecorded the earliest {@code recorded_at} of the figure files
 * @param lastRecorded  the latest {@code recorded_at} of the figure files
 */
record MeasuredRun(Optional<String> commit, Optional<Instant> firstRecorded, Optional<Instant> lastRecorded) {

    /** The figure file in which {@code comparison.sh --measure} names the commit it measures. */
    static final String FILE = "measured-run";

    /** The run whose figure files are in {@code figures}. */
    static MeasuredRun readFrom(Path figures) {
        Optional<String> commit = FigureFile.readFrom(figures, FILE).flatMap(file -> file.value("commit"));
        List<Instant> recorded = figureNames(figures).stream()
                .flatMap(name -> FigureFile.readFrom(figures, name).stream())
                .flatMap(file -> file.value("recorded_at").flatMap(MeasuredRun::instant).stream())
                .sorted()
                .toList();
        return recorded.isEmpty() ? new MeasuredRun(commit, Optional.empty(), Optional.empty())
                : new MeasuredRun(commit, Optional.of(recorded.getFirst()), Optional.of(recorded.getLast()));
    }

    private static List<String> figureNames(Path figures) {
        if (!Files.isDirectory(figures)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(figures)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + figures, e);
        }
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text).truncatedTo(ChronoUnit.SECONDS));
        } catch (DateTimeParseException notAnInstant) {
            return Optional.empty();
        }
    }
}
