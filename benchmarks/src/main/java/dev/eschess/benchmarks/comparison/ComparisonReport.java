package dev.eschess.benchmarks.comparison;

import dev.eschess.benchmarks.figures.FigureFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes {@code docs/comparison.md}: both variants side by side per concern, from tagged regions of their sources,
 * with lines of code, tests, the figures of this run's figure files, the fair settings and a verdict each.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.eschess.benchmarks.comparison.ComparisonReport [ROOT] [OUT]
 * [FIGURES]}, defaults: the working directory, {@code ROOT/docs/comparison.md}, {@code ROOT/benchmarks/target/figures}.
 * Run by {@code benchmarks/comparison.sh}. A missing tag, file or verdict fails with exit status 1 and writes nothing.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path output = args.length > 1 ? Path.of(args[1]) : root.resolve("docs/comparison.md");
        Path figures = args.length > 2 ? Path.of(args[2]) : root.resolve(FigureFile.DEFAULT_DIRECTORY);
        String document;
        try {
            document = generate(root, figures);
        } catch (MissingRegion missing) {
            System.err.println("comparison not written: " + missing.getMessage());
            System.exit(1);
            return;
        }
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, document);
        System.out.println("wrote " + output);
    }

    /** The document for the repository at {@code root} and the figure files in {@code figures}. */
    static String generate(Path root, Path figures) {
        return new ComparisonDocument(root, figures, Prose.load(), Concerns.all(), MachineFacts.probe(root)).render();
    }
}
