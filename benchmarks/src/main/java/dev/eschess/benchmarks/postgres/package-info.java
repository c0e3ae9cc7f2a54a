/** A PostgreSQL server for the HTTP benchmarks' runs: embedded, or an existing one, with a fresh database per run. */
package dev.eschess.benchmarks.postgres;
