package dev.eschess.benchmarks.comparison;

/** The report names a source file, tag, figure or verdict that is not there: it is not written with a hole in it. */
final class MissingRegion extends RuntimeException {

    MissingRegion(String message) {
        super(message);
    }
}
