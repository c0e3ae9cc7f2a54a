package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Files of the repository named by glob patterns relative to its root ({@code handrolled/src/main/java/**}/{@code *.java}).
 * A pattern that matches nothing is an error: a renamed file must not silently drop out of the counts.
 */
record FileSet(List<String> globs) {

    /** No files: the concern is all the framework's. */
    static final FileSet NONE = new FileSet(List.of());

    FileSet {
        globs = List.copyOf(globs);
    }

    static FileSet of(String... globs) {
        return new FileSet(List.of(globs));
    }

    /** The matching files, relative to {@code root}, sorted; throws {@link MissingRegion} for a pattern matching none. */
    List<Path> resolve(Path root) {
        TreeSet<Path> files = new TreeSet<>();
        for (String glob : globs) {
            List<Path> matched = matches(root, glob);
            if (matched.isEmpty()) {
                throw new MissingRegion("the comparison's file pattern " + glob + " matches no file");
            }
            files.addAll(matched);
        }
        return List.copyOf(files);
    }

    private static List<Path> matches(Path root, String glob) {
        int wildcard = indexOfWildcard(glob);
        String fixed = wildcard < 0 ? glob : glob.substring(0, glob.lastIndexOf('/', wildcard) + 1);
        Path base = root.resolve(fixed);
        if (wildcard < 0) {
            return Files.isRegularFile(base) ? List.of(Path.of(glob)) : List.of();
        }
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> walk = Files.walk(base)) {
            return walk.filter(Files::isRegularFile).map(root::relativize)
                    .filter(relative -> matcher.matches(relative))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOfWildcard(String glob) {
        for (int i = 0; i < glob.length(); i++) {
            if ("*?[{".indexOf(glob.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
