package dev.eschess.game.scenario;

import dev.eschess.game.RejectionReason;
import dev.eschess.game.event.GameEvent;
import java.util.List;
import java.util.Objects;

/** What a scenario expects from its command: exactly these events, or a rejection for this reason. */
public sealed interface Expectation {

    /**
     * The command succeeds and produces exactly these events, in this order (compared with {@code equals}).
     *
     * @param events the expected events
     */
    record ExpectedEvents(List<GameEvent> events) implements Expectation {

        public ExpectedEvents {
            events = List.copyOf(events);
            if (events.isEmpty()) {
                throw new IllegalArgumentException("a successful command produces at least one event");
            }
        }
    }

    /**
     * The command is rejected for this reason and produces no event.
     *
     * @param reason the expected reason
     */
    record ExpectedRejection(RejectionReason reason) implements Expectation {

        public ExpectedRejection {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
