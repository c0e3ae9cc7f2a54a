package dev.eschess.web.view;

import dev.eschess.chess.Color;
import dev.eschess.chess.outcome.DrawClaim;
import java.util.Locale;

/** The API's spelling of domain values that have no wire name of their own in shared-domain. */
public final class WireNames {

    private WireNames() {
    }

    /** {@code white} or {@code black}. */
    public static String color(Color color) {
        return switch (color) {
            case WHITE -> "white";
            case BLACK -> "black";
        };
    }

    /** {@code threefold-repetition} or {@code fifty-move-rule}. */
    public static String drawClaim(DrawClaim claim) {
        return switch (claim) {
            case THREEFOLD_REPETITION -> "threefold-repetition";
            case FIFTY_MOVE_RULE -> "fifty-move-rule";
        };
    }

    /** The colour named {@code white} or {@code black} (any case), or null for anything else. */
    public static Color parseColorOrNull(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "white" -> Color.WHITE;
            case "black" -> Color.BLACK;
            default -> null;
        };
    }
}
