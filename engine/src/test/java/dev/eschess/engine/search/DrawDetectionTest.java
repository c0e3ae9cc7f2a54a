package dev.eschess.engine.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.Square;
import dev.eschess.chess.outcome.PositionHistory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The search knows the draws by rule: repetition (in its own line and in the game), the fifty-move rule, material. */
class DrawDetectionTest {

    private static final SearchLimits LIMITS = SearchLimits.of(SearchLimits.DEEPEST, 300_000);

    @Test
    void givenALostPositionWithAPerpetualCheck_whenSearching_thenItTakesTheDrawByRepetition() {
        // White is a rook down and faces mate, but Qe8+ Kh7 Qh5+ Kg8 Qe8+ repeats for ever.
        PositionHistory history = startingAt("6k1/3Q2p1/8/8/8/2q5/r4PPP/6K1 w - - 0 1");

        SearchResult result = search(history);

        assertThat(result.score()).isZero();
        assertThat(result.bestMove()).isEqualTo(Move.of(Square.D7, Square.E8));
    }

    @Test
    void givenTheGameAlreadyVisitedAPosition_whenTheLosingSideCanReturnToIt_thenItDoesAndScoresADraw() {
        // White is a queen up. The queen went d1-d2-d1-d2 and the black king g8-h8-g8: Kh8 now repeats.
        Position start = Position.fromFen("6k1/5p1p/6p1/8/8/8/5PPP/3Q2K1 w - - 0 1");
        PositionHistory history = PositionHistory.replaying(start, List.of(
                move(Square.D1, Square.D2), move(Square.G8, Square.H8),
                move(Square.D2, Square.D1), move(Square.H8, Square.G8),
                move(Square.D1, Square.D2)));

        SearchResult withHistory = search(history);
        SearchResult withoutHistory = search(PositionHistory.startingAt(history.current()));

        assertThat(withHistory.bestMove()).isEqualTo(move(Square.G8, Square.H8));
        assertThat(withHistory.score()).isZero();
        assertThat(withoutHistory.score()).isLessThan(-500);
    }

    @Test
    void givenTheFiftyMoveRuleIsOneQuietMoveAway_whenNoMoveMatesOrResetsTheCount_thenTheWinningSideScoresADraw() {
        // A queen up, but any move leads to a position a draw can be claimed in (no capture or pawn move is left).
        PositionHistory history = startingAt("8/8/8/4k3/8/8/8/3QK3 w - - 99 120");

        SearchResult result = search(history);

        assertThat(result.score()).isZero();
    }

    @Test
    void givenTheSamePositionWithAFreshCount_whenSearching_thenTheQueenWins() {
        PositionHistory history = startingAt("8/8/8/4k3/8/8/8/3QK3 w - - 0 120");

        SearchResult result = search(history);

        assertThat(result.score()).isGreaterThan(800);
    }

    @Test
    void givenACaptureThatLeavesNoMatingMaterial_whenItIsTheOnlyWayOut_thenItScoresADraw() {
        // The white king is in check from black's unprotected rook; taking it leaves bare kings, a dead draw, which
        // is all a side a rook down can hope for.
        PositionHistory history = startingAt("8/8/8/8/5k2/8/6r1/6K1 w - - 0 1");

        SearchResult result = search(history);

        assertThat(result.bestMove()).isEqualTo(move(Square.G1, Square.G2));
        assertThat(result.score()).isZero();
    }

    private static SearchResult search(PositionHistory history) {
        return new Search(history, LIMITS, EvaluationNoise.NONE, System::nanoTime).run();
    }

    private static PositionHistory startingAt(String fen) {
        return PositionHistory.startingAt(Position.fromFen(fen));
    }

    private static Move move(Square from, Square to) {
        return Move.of(from, to);
    }
}
