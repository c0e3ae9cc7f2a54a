package dev.eschess.game;

import java.util.Objects;

/**
 * The decider refused a command; nothing happened. Carries a reason from a closed set and a message for people.
 * Rejections are expected outcomes, not faults, so no stack trace is captured (ADR 0005).
 */
public final class GameRejection extends RuntimeException {

    private final RejectionReason reason;

    public GameRejection(RejectionReason reason, String message) {
        super(message, null, false, false);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the command was refused. */
    public RejectionReason reason() {
        return reason;
    }
}
