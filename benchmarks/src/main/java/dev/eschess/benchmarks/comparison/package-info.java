/** The generated side-by-side comparison of the two variants, {@code docs/comparison.md} (issue 14). */
package dev.eschess.benchmarks.comparison;
