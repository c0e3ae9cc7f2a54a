package dev.eschess.axon.projection;

import dev.eschess.game.event.GameEvent;
import dev.eschess.web.live.GameStreams;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells this instance's live streams about every game event stored from now on, whichever instance stored it
 * (ADR 0052). It runs in the tracking processor {@value #PROCESSING_GROUP} with an in-memory token that starts at
 * the head of the event stream, so every instance has its own and follows all events; the lobby's processor cannot,
 * since its token is shared and only one instance handles each event.
 */
@Component
@ProcessingGroup(LiveFeed.PROCESSING_GROUP)
public class LiveFeed {

    /** The processing group, and so the event processor's name. */
    public static final String PROCESSING_GROUP = "web-live";

    private final GameStreams streams;

    public LiveFeed(GameStreams streams) {
        this.streams = streams;
    }

    /**
     * This processor's token lives in memory and starts at the head: a new instance does not replay history. It is a
     * tracking processor, not a pooled one: a pooled processor's coordinator looks for new events every 500 ms when
     * idle (fixed in Axon 4.13 unless the stream calls back, which the embedded event store's does not), while a
     * tracking processor blocks on the stream and wakes as soon as the event store has fetched the event.
     */
    public static void register(EventProcessingConfigurer processing) {
        processing.registerTokenStore(PROCESSING_GROUP, configuration -> new InMemoryTokenStore());
        processing.registerTrackingEventProcessor(PROCESSING_GROUP, Configuration::eventStore,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andInitialTrackingToken(StreamableMessageSource::createHeadToken)
                        .andBatchSize(1)
                        .andEventAvailabilityTimeout(1, TimeUnit.SECONDS));
    }

    // tag::tour-live-feed[]
    @EventHandler
    void on(GameEvent event, @SequenceNumber long sequenceNumber) {
        streams.changed(event.gameId(), sequenceNumber + 1);
    }
    // end::tour-live-feed[]
}
