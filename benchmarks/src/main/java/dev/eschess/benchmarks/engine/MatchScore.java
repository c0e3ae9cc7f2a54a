package dev.eschess.benchmarks.engine;

import java.util.Locale;

/**
 * Wins, draws and losses from one side's point of view, with the score (a win 1, a draw 1/2) and the Elo difference
 * that score suggests under the logistic model: {@code 400 * log10(score / (1 - score))}.
 */
record MatchScore(int wins, int draws, int losses) {

    /** Points scored: a win one, a draw a half. */
    double points() {
        return wins + draws / 2.0;
    }

    int games() {
        return wins + draws + losses;
    }

    /** The Elo difference the score suggests; a clean sweep either way is given as beyond 800. */
    String eloDifference() {
        double share = points() / games();
        if (share >= 1) {
            return "> +800";
        }
        if (share <= 0) {
            return "< -800";
        }
        return String.format(Locale.ROOT, "%+.0f", 400 * Math.log10(share / (1 - share)));
    }

    MatchScore plus(GameOutcome outcome) {
        return switch (outcome) {
            case WIN -> new MatchScore(wins + 1, draws, losses);
            case DRAW -> new MatchScore(wins, draws + 1, losses);
            case LOSS -> new MatchScore(wins, draws, losses + 1);
        };
    }

    /** A game's end from the measured side's point of view. */
    enum GameOutcome { WIN, DRAW, LOSS }
}
