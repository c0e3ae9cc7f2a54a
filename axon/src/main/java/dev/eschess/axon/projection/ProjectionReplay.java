package dev.eschess.axon.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Service;

/**
 * Rebuilds a projection from the first event: stops its streaming processor, resets its tokens (Axon then calls
 * the projection's {@code @ResetHandler}) and starts it again; it catches up by itself (ADR 0027). With several
 * application instances, the processor must be stopped on all of them first, or the reset cannot claim the tokens.
 */
@Service
public class ProjectionReplay {

    private final EventProcessingConfiguration processing;

    public ProjectionReplay(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Replays every event into the projection of the processing group. */
    public void replay(String processingGroup) {
        StreamingEventProcessor processor = processing
                .eventProcessor(processingGroup, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalArgumentException("no streaming processor " + processingGroup));
        if (!processor.supportsReset()) {
            throw new IllegalStateException(processingGroup + " has no reset handler support");
        }
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
