package dev.eschess.axon.projection;

import dev.eschess.chess.Color;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps the lobby read model ({@code game_summary}) from the events alone, without the chess rules. Runs in the
 * streaming processor {@value #PROCESSING_GROUP}, whose token lives in the same database and is updated in the same
 * transaction as the rows (ADR 0026).
 */
@Component
@ProcessingGroup(GameSummaryProjection.PROCESSING_GROUP)
public class GameSummaryProjection {

    /** The processing group, and so the event processor's name. */
    public static final String PROCESSING_GROUP = "game-summaries";

    private final GameSummaries summaries;

    public GameSummaryProjection(GameSummaries summaries) {
        this.summaries = summaries;
    }

    @EventHandler
    void on(GameEvent event, @SequenceNumber long sequenceNumber) {
        long version = sequenceNumber + 1;
        switch (event) {
            case GameCreated created -> summaries.insertCreated(created.gameId(),
                    nameIf(created.creatorColor() == Color.WHITE, created.creatorName()),
                    nameIf(created.creatorColor() == Color.BLACK, created.creatorName()), created.occurredAt());
            case PlayerJoined joined -> summaries.joined(joined.gameId(), joined.color(), joined.playerName(), version,
                    joined.occurredAt());
            case MovePlayed moved -> summaries.moved(moved.gameId(), moved.ply(), version, moved.occurredAt());
            case DrawOffered offered -> summaries.touched(offered.gameId(), version, offered.occurredAt());
            case DrawOfferDeclined declined -> summaries.touched(declined.gameId(), version, declined.occurredAt());
            case DrawOfferLapsed lapsed -> summaries.touched(lapsed.gameId(), version, lapsed.occurredAt());
            case GameEnded ended -> summaries.ended(ended.gameId(), ended.result().wireName(),
                    ended.reason().wireName(), version, ended.occurredAt());
        }
    }

    /** Called by Axon before a replay from the start: the rows are rebuilt from the events. */
    @ResetHandler
    void reset() {
        summaries.deleteAll();
    }

    private static Optional<String> nameIf(boolean seated, String name) {
        return seated ? Optional.of(name) : Optional.empty();
    }
}
