/** Figure files: the machine-readable results benchmark programs leave for the comparison report. */
package dev.eschess.benchmarks.figures;
