package dev.eschess.benchmarks.comparison;

/** A table of figures a concern shows besides its rows of one figure per variant. */
enum FigureTable {

    /** Durable appends of the hand-rolled store against the raw limit, per database and writers (ADR 0065). */
    DURABLE_APPENDS
}
