package dev.eschess.engine.search;

/**
 * Search scores in centipawns from the side to move, and the band above ordinary scores that encodes a forced
 * mate: {@code MATE - n} means the side to move mates in n plies, {@code -(MATE - n)} that it is mated in n.
 */
public final class Scores {

    /** The score of mate on the board, one ply from now being {@code MATE - 1}. */
    public static final int MATE = 32_000;
    /** Scores beyond this (in either direction) are mates; no evaluation comes near it. */
    public static final int MATE_BOUND = MATE - 1_000;
    /** Wider than any score: the open window of a search. */
    static final int INFINITY = MATE + 1;
    static final int DRAW = 0;

    private Scores() {
    }

    /** Whether a score says a forced mate, for either side. */
    public static boolean isMate(int score) {
        return Math.abs(score) >= MATE_BOUND;
    }

    /** For a mate score: in how many moves (not plies) the mate comes, positive if the side to move mates. */
    public static int mateInMoves(int score) {
        int plies = MATE - Math.abs(score);
        int moves = (plies + 1) / 2;
        return score > 0 ? moves : -moves;
    }

    /** A mate score as the table keeps it: counted from the node that stores it, not from the root. */
    static int toTable(int score, int ply) {
        if (score >= MATE_BOUND) {
            return score + ply;
        }
        return score <= -MATE_BOUND ? score - ply : score;
    }

    /** A mate score from the table, counted from the root again. */
    static int fromTable(int score, int ply) {
        if (score >= MATE_BOUND) {
            return score - ply;
        }
        return score <= -MATE_BOUND ? score + ply : score;
    }
}
