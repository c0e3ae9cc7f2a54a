package dev.eschess.web.view;

import dev.eschess.chess.Color;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.game.GameState;
import dev.eschess.game.GameStatus;
import dev.eschess.game.PlayedMove;
import dev.eschess.game.clock.GameClock;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Renders a game's state, as a variant folded it with the shared {@code GameDecider}, into the API's view.
 * Rendering lives here, not in the variants, so that both produce byte-identical views of the same state.
 */
public final class GameRenderer {

    private final Clock clock;

    /** A renderer that computes running clocks for the instant {@code clock} tells. */
    public GameRenderer(Clock clock) {
        this.clock = clock;
    }

    /** The view of a created game at {@code version}, the number of events folded into {@code state}. */
    public GameView view(GameState state, long version) {
        if (state.status() == GameStatus.NOT_CREATED) {
            throw new IllegalArgumentException("a game that was never created has no view");
        }
        Position position = state.position();
        boolean active = state.status() == GameStatus.ACTIVE;
        List<String> legalMoves = active
                ? position.legalMoves().stream().map(Move::uci).sorted().toList()
                : List.of();
        return new GameView(
                state.gameId().orElseThrow(),
                version,
                state.status().wireName(),
                position.fen(),
                WireNames.color(position.sideToMove()),
                state.white().map(PlayerView::of).orElse(null),
                state.black().map(PlayerView::of).orElse(null),
                state.sanMoves(),
                legalMoves,
                position.isCheck(),
                state.drawOffer().map(WireNames::color).orElse(null),
                state.status() == GameStatus.ACTIVE
                        ? state.offeredSinceOwnMove().stream().sorted().map(WireNames::color).toList() : List.of(),
                state.claimableDraw().map(WireNames::drawClaim).orElse(null),
                state.outcome().map(outcome -> outcome.result().wireName()).orElse(null),
                state.outcome().map(outcome -> outcome.reason().wireName()).orElse(null),
                state.moves().isEmpty() ? null : state.moves().getLast().uci(),
                state.startPosition().fen(),
                state.clock().map(this::clock).orElse(null));
    }

    private ClockView clock(GameClock gameClock) {
        Instant now = clock.instant();
        return new ClockView(gameClock.control().limitSeconds(), gameClock.control().incrementSeconds(),
                gameClock.remaining(Color.WHITE, now).toMillis(), gameClock.remaining(Color.BLACK, now).toMillis(),
                gameClock.running().map(running -> WireNames.color(running.side())).orElse(null));
    }

    /** The moves of the game for PGN export. */
    static List<Move> moves(GameState state) {
        return state.moves().stream().map(PlayedMove::move).toList();
    }
}
