package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * A variant's executable jar as built: its size and its runtime dependencies (the jars in {@code BOOT-INF/lib/},
 * which Spring Boot's repackaging fills with every runtime dependency, direct and transitive).
 *
 * @param path      the jar, relative to the repository root
 * @param bytes     its size
 * @param libraries the number of jars under {@code BOOT-INF/lib/}
 */
record PackagedJar(String path, long bytes, int libraries) {

    /** The jar at {@code path} under {@code root}; empty if it was not built. */
    static Optional<PackagedJar> read(Path root, String path) {
        Path jar = root.resolve(path);
        if (!Files.isRegularFile(jar)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            int libraries = (int) zip.stream()
                    .filter(entry -> entry.getName().startsWith("BOOT-INF/lib/") && entry.getName().endsWith(".jar"))
                    .count();
            return Optional.of(new PackagedJar(path, Files.size(jar), libraries));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jar, e);
        }
    }
}
