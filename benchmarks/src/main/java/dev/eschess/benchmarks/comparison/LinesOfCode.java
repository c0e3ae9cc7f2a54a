package dev.eschess.benchmarks.comparison;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Counts lines of code: lines holding anything besides whitespace and comments. Java: {@code //} and {@code /* *}{@code /}
 * comments (Javadoc included), string, character and text-block literals respected; SQL: {@code --} comments; YAML and
 * properties: {@code #} comments. Tag lines are comments, so tagging never changes a count.
 */
final class LinesOfCode {

    private LinesOfCode() {
    }

    /** The lines of code of these files under {@code root}. */
    static long of(Path root, List<Path> files) {
        long lines = 0;
        for (Path file : files) {
            try {
                lines += count(file.getFileName().toString(), Files.readString(root.resolve(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }

    /** The lines of code of one file's text, by the comment syntax its name's extension says. */
    static long count(String fileName, String text) {
        if (fileName.endsWith(".java")) {
            return java(text);
        }
        String lineComment = fileName.endsWith(".sql") ? "--" : "#";
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith(lineComment)).count();
    }

    private static long java(String text) {
        long lines = 0;
        boolean inBlockComment = false;
        boolean inTextBlock = false;
        for (String line : text.split("\n", -1)) {
            boolean code = false;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (inBlockComment) {
                    if (line.startsWith("*/", i)) {
                        inBlockComment = false;
                        i += 2;
                    } else {
                        i++;
                    }
                } else if (inTextBlock) {
                    code = true;
                    if (line.startsWith("\"\"\"", i)) {
                        inTextBlock = false;
                        i += 3;
                    } else {
                        i += c == '\\' ? 2 : 1;
                    }
                } else if (line.startsWith("//", i)) {
                    break;
                } else if (line.startsWith("/*", i)) {
                    inBlockComment = true;
                    i += 2;
                } else if (line.startsWith("\"\"\"", i)) {
                    code = true;
                    inTextBlock = true;
                    i += 3;
                } else if (c == '"' || c == '\'') {
                    code = true;
                    i = endOfLiteral(line, i, c);
                } else {
                    code |= !Character.isWhitespace(c);
                    i++;
                }
            }
            if (code) {
                lines++;
            }
        }
        return lines;
    }

    /** The index after the literal opened by {@code quote} at {@code start}, escapes respected. */
    private static int endOfLiteral(String line, int start, char quote) {
        int i = start + 1;
        while (i < line.length() && line.charAt(i) != quote) {
            i += line.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, line.length());
    }
}
