/**
 * The search for the best move: iterative deepening alpha-beta with quiescence search, move ordering and a
 * transposition table over the shared rules' {@link dev.eschess.chess.SearchBoard}, within a node or time budget.
 */
package dev.eschess.engine.search;
