package dev.eschess.game.scenario;

import dev.eschess.chess.Color;
import dev.eschess.chess.Fen;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameResult;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.util.Optional;

/** The events a scenario expects, all for the scenario game at the "when" time, written out literally. */
final class ExpectedEvent {

    static final String STANDARD_START = Fen.INITIAL;

    private ExpectedEvent() {
    }

    static GameCreated gameCreated(ScenarioPlayer creator, Color color) {
        return gameCreated(creator, color, STANDARD_START);
    }

    static GameCreated gameCreatedWithClock(ScenarioPlayer creator, Color color, TimeControl control) {
        return new GameCreated(ScenarioTime.GAME_ID, creator.id(), creator.name(), color, STANDARD_START,
                Optional.of(control), ScenarioTime.WHEN);
    }

    static GameCreated gameCreated(ScenarioPlayer creator, Color color, String startFen) {
        return new GameCreated(ScenarioTime.GAME_ID, creator.id(), creator.name(), color, startFen, ScenarioTime.WHEN);
    }

    static PlayerJoined playerJoined(ScenarioPlayer player, Color color) {
        return new PlayerJoined(ScenarioTime.GAME_ID, player.id(), player.name(), color, ScenarioTime.WHEN);
    }

    static MovePlayed movePlayed(int ply, Color color, String uci, String san, String fenAfter) {
        return new MovePlayed(ScenarioTime.GAME_ID, ply, color, uci, san, fenAfter, ScenarioTime.WHEN);
    }

    static DrawOffered drawOffered(Color by) {
        return new DrawOffered(ScenarioTime.GAME_ID, by, ScenarioTime.WHEN);
    }

    static DrawOfferDeclined drawOfferDeclined(Color by) {
        return new DrawOfferDeclined(ScenarioTime.GAME_ID, by, ScenarioTime.WHEN);
    }

    static DrawOfferLapsed drawOfferLapsed(Color offeredBy) {
        return new DrawOfferLapsed(ScenarioTime.GAME_ID, offeredBy, ScenarioTime.WHEN);
    }

    static GameEnded gameEnded(GameResult result, EndReason reason) {
        return new GameEnded(ScenarioTime.GAME_ID, result, reason, ScenarioTime.WHEN);
    }
}
