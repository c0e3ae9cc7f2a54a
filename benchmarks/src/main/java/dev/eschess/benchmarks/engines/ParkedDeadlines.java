package dev.eschess.benchmarks.engines;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.common.Registration;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ScopeDescriptor;

/**
 * A deadline manager that takes every deadline the aggregate schedules and never fires one. Axon's default,
 * {@code SimpleDeadlineManager}, fires at wall-clock time, so the scripts' past instants would end clocked games on
 * time in the middle of a replay; the hand-rolled core schedules nothing in its command path either (its deadlines are
 * a projection of the events), and the Axon server writes a db-scheduler row instead.
 */
final class ParkedDeadlines implements DeadlineManager {

    private final AtomicLong scheduled = new AtomicLong();

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        return deadlineName + "-" + scheduled.incrementAndGet();
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
    }

    @Override
    public void cancelAll(String deadlineName) {
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return () -> true;
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return () -> true;
    }
}
