package dev.eschess.handrolled.projection;

import dev.eschess.handrolled.core.eventstore.StoredEvent;
import dev.eschess.handrolled.core.subscription.ProcessLocalProjection;
import dev.eschess.handrolled.storage.GameStreamNames;
import dev.eschess.web.live.GameStreams;
import java.util.Objects;

/**
 * Tells this instance's live streams about every game event appended from now on, whichever instance appended it
 * (ADR 0052): a process-local projection of the global log, so each instance on one database follows the log itself.
 * The lobby's feed cannot do this: its checkpoint is shared, so only one instance sees each event.
 */
public final class LiveFeed extends ProcessLocalProjection {

    /** The projection's name (its runner's thread is named after it). */
    public static final String NAME = "web-live";

    private final GameStreams streams;

    /** A feed of the events after position {@code startAfter} into {@code streams}. */
    public LiveFeed(GameStreams streams, long startAfter) {
        super(NAME, startAfter);
        this.streams = Objects.requireNonNull(streams, "streams");
    }

    // tag::tour-live-feed[]
    @Override
    protected void handle(StoredEvent event) {
        if (GameStreamNames.isGameStream(event.streamId())) {
            streams.changed(GameStreamNames.gameIdOf(event.streamId()), event.version());
        }
    }
    // end::tour-live-feed[]
}
