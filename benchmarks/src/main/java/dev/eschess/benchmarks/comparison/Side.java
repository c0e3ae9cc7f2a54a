package dev.eschess.benchmarks.comparison;

import java.util.List;

/**
 * One variant's part of a concern.
 *
 * @param excerpts the tagged regions shown
 * @param sources  the files whose lines of code are the concern's (each file in one concern at most)
 * @param tests    the tests of the concern
 */
record Side(List<Excerpt> excerpts, FileSet sources, TestSelection tests) {

    Side {
        excerpts = List.copyOf(excerpts);
    }
}
