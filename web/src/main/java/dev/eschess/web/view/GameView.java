package dev.eschess.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The HTTP representation of one game at one version, the same on both variants (issue 6). Absent values are
 * written as JSON {@code null}, never left out.
 *
 * @param gameId        the game's id
 * @param version       the number of events in the game's stream that this view folds
 * @param status        {@code waiting}, {@code active} or {@code finished}
 * @param fen           the current position
 * @param turn          the side to move, {@code white} or {@code black}
 * @param white         who plays white, or null while the seat is free
 * @param black         who plays black, or null while the seat is free
 * @param moves         the moves played, in SAN
 * @param legalMoves    the legal moves in UCI, sorted; empty unless the game is active
 * @param check         whether the side to move is in check
 * @param drawOffer     the side whose draw offer is pending, or null
 * @param offeredSinceOwnMove the sides that offered a draw since their own last move and may not offer again before
 *                      they move ({@code white} first); empty unless the game is active
 * @param claimableDraw {@code threefold-repetition} or {@code fifty-move-rule} when the player to move may claim
 * @param result        null until the game is over, then {@code 1-0}, {@code 0-1}, {@code 1/2-1/2} or {@code *}
 * @param reason        null until the game is over, then why it ended (an {@code EndReason} wire name)
 * @param lastMove      the last move in UCI, or null (an addition to the fields, for highlighting)
 * @param startFen      the position the game started from (an addition, for replaying)
 * @param clock         both clocks at the moment of the answer, or null in a game without a time control
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record GameView(
        String gameId,
        long version,
        String status,
        String fen,
        String turn,
        PlayerView white,
        PlayerView black,
        List<String> moves,
        List<String> legalMoves,
        boolean check,
        String drawOffer,
        List<String> offeredSinceOwnMove,
        String claimableDraw,
        String result,
        String reason,
        String lastMove,
        String startFen,
        ClockView clock) {

    public GameView {
        moves = List.copyOf(moves);
        legalMoves = List.copyOf(legalMoves);
        offeredSinceOwnMove = List.copyOf(offeredSinceOwnMove);
    }
}
