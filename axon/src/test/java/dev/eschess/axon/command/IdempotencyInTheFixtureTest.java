package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

import dev.eschess.axon.support.ServerWiredFixture;
import dev.eschess.chess.Color;
import dev.eschess.game.GameDecider;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Command ids in Axon's own fixture: remembered from event metadata, answered without new events. */
class IdempotencyInTheFixtureTest {

    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final String START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";
    private static final String AFTER_E4 = "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1";

    private AggregateTestFixture<GameAggregate> fixture;

    @BeforeEach
    void wireLikeProduction() {
        fixture = ServerWiredFixture.gameAggregate(Duration.ofHours(1));
    }

    @Test
    void aNewCommandIdIsStampedOnEveryEventTheCommandCauses() {
        fixture.givenNoPriorActivity()
                .when(CreateGame.standard("g", "alice", "Alice", Color.WHITE, AT),
                        Map.of(CommandMetadata.COMMAND_ID, "c-1"))
                .expectEventsMatching(exactSequenceOf(
                        messageWithPayload(instanceOf(GameCreated.class)), andNoMore()))
                .expectState(game -> assertThat(game.toSnapshot().appliedCommands()).containsEntry("c-1", new AppliedCommand(1, 1)));
    }

    @Test
    void aCommandIdFoundInTheEventMetadataIsAnsweredWithTheEarlierVersionsAndNoEvents() {
        // white's e4 again would be NOT_YOUR_TURN: only the command id keeps it from reaching the decider
        List<GameEvent> history = List.of(new GameCreated("g", "alice", "Alice", Color.WHITE, START, AT),
                new PlayerJoined("g", "bob", "Bob", Color.BLACK, AT),
                new MovePlayed("g", 1, Color.WHITE, "e2e4", "e4", AFTER_E4, AT));
        fixture.given(List.of(event(0, history.get(0), "c-1"), event(1, history.get(1), "c-2"),
                        event(2, history.get(2), "c-3")))
                .when(new MakeMove("g", "alice", "e4", AT), Map.of(CommandMetadata.COMMAND_ID, "c-3"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandReceipt(new AppliedCommand(3, 3), List.of(), true, 3,
                        new GameDecider().replay(history)));
    }

    private static GenericDomainEventMessage<Object> event(long sequence, Object payload, String commandId) {
        return new GenericDomainEventMessage<>(GameAggregate.TYPE, "g", sequence, payload,
                MetaData.with(CommandMetadata.COMMAND_ID, commandId));
    }
}
