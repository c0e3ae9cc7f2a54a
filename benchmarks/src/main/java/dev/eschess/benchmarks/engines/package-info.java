/**
 * Engine benchmarks (JMH, issue 14 point 1): whole games replayed as commands through the bare shared decider, the
 * hand-rolled core on its in-memory store and Axon in memory (as it comes and tuned), and the cost of loading a game
 * of 100 to 9,990 events with and without snapshots in both variants. The README's "Engine benchmarks" section says
 * how to run them and where their figures go.
 */
package dev.eschess.benchmarks.engines;
