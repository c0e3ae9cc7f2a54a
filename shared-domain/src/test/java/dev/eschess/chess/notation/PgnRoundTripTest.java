package dev.eschess.chess.notation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.junit.jupiter.api.Test;

class PgnRoundTripTest {

    @Test
    void theOperaGameIsWrittenBackExactlyAsPublished() {
        assertThat(Pgn.write(Pgn.read(FamousGames.OPERA_GAME))).isEqualTo(FamousGames.OPERA_GAME);
    }

    @Test
    void theImmortalGameIsWrittenBackInTheSameCanonicalMovetext() {
        PgnGame game = Pgn.read(FamousGames.IMMORTAL_GAME_MOVETEXT);

        String movetext = Pgn.write(game).split("\n\n", 2)[1];

        assertThat(movetext.split("\\s+"))
                .containsExactly(FamousGames.IMMORTAL_GAME_MOVETEXT.strip().split("\\s+"));
    }

    @Test
    void aWrittenGameReadsBackAsTheSameGame() {
        PgnGame game = Pgn.read(FamousGames.OPERA_GAME);

        assertThat(Pgn.read(Pgn.write(game))).isEqualTo(game);
    }

    @Test
    void aGameFromACustomPositionWithBlackToMoveReadsBackAsTheSameGame() {
        Position start = Position.fromFen("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R b KQkq - 5 12");
        List<Move> moves = new ArrayList<>();
        Position position = start;
        for (String san : List.of("O-O-O", "Nxf7", "hxg2", "Nxd8", "gxh1=Q+", "Bf1", "Rxd8")) {
            Move move = San.parse(position, san);
            moves.add(move);
            position = position.play(move);
        }
        SequencedMap<String, String> tags = new LinkedHashMap<>();
        tags.put("Event", "Study");
        tags.put("Site", "?");
        tags.put("Date", "2026.11.28");
        tags.put("Round", "-");
        tags.put("White", "White");
        tags.put("Black", "Black");
        tags.put("Result", "*");
        tags.put("Annotator", "test");
        PgnGame game = new PgnGame(tags, start, moves, "*");

        String pgn = Pgn.write(game);

        assertThat(pgn).contains("12... O-O-O 13. Nxf7");
        assertThat(Pgn.read(pgn)).isEqualTo(game);
    }
}
