package dev.eschess.handrolled.support;

import dev.eschess.handrolled.core.eventstore.AppendParticipant;
import dev.eschess.handrolled.core.eventstore.AppendResult;
import dev.eschess.handrolled.core.eventstore.EventStore;
import dev.eschess.handrolled.core.eventstore.ExpectedVersion;
import dev.eschess.handrolled.core.eventstore.NewEvent;
import dev.eschess.handrolled.core.eventstore.StoredEvent;
import java.util.List;

/** An event store that forwards every call to another one; tests override single methods. */
public class ForwardingEventStore implements EventStore {

    private final EventStore delegate;

    public ForwardingEventStore(EventStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public AppendResult append(String streamId, ExpectedVersion expected, List<NewEvent> events,
                               AppendParticipant participant) {
        return delegate.append(streamId, expected, events, participant);
    }

    @Override
    public List<StoredEvent> readStream(String streamId, long fromVersion, long toVersion) {
        return delegate.readStream(streamId, fromVersion, toVersion);
    }

    @Override
    public long streamVersion(String streamId) {
        return delegate.streamVersion(streamId);
    }

    @Override
    public List<StoredEvent> readAll(long fromPosition, int batchSize) {
        return delegate.readAll(fromPosition, batchSize);
    }

    @Override
    public long headPosition() {
        return delegate.headPosition();
    }

    @Override
    public List<StoredEvent> readByCommandId(String streamId, String commandId) {
        return delegate.readByCommandId(streamId, commandId);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
