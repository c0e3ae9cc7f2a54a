package dev.eschess.handrolled.core.eventstore;

import static dev.eschess.handrolled.support.TestEvents.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The experiment behind point 3: writers append while their transactions are held open and some roll back, and a
 * subscriber tails the global log meanwhile, as a naive subscriber would (it moves on past whatever it got).
 * Records what the subscriber received and every batch that was not the gapless continuation it expected.
 */
final class LogTailingExperiment {

    static final int WRITERS = 4;
    static final int APPENDS_PER_WRITER = 30;
    static final int BATCH_SIZE = 7;

    /**
     * What happened.
     *
     * @param start                     the first position of the experiment
     * @param received                  what the subscriber got, in order
     * @param committed                 the ids of the events whose append returned normally
     * @param violations                every place where a batch did not continue exactly at the expected position
     * @param nonEmptyReadsWhileWriting how often the subscriber got events while writers were still running
     */
    record Result(long start, List<StoredEvent> received, List<UUID> committed, List<String> violations,
                  int nonEmptyReadsWhileWriting) {
    }

    private LogTailingExperiment() {
    }

    /** A probe that holds each append open for up to 3 ms and rolls a quarter of them back. */
    static CommitProbe holdingOpenAndRollingBack(Set<UUID> rolledBack) {
        return pending -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            sleepMicros(random.nextInt(3_000)); // positions taken, not yet committed
            if (random.nextInt(4) == 0) {
                pending.forEach(event -> rolledBack.add(event.eventId()));
                throw new SimulatedRollback();
            }
        };
    }

    /** Runs the writers through {@code writer} and the subscriber on {@code reader}. */
    static Result run(EventStore reader, EventStore writer, long seed, ExecutorService threads) throws Exception {
        Random seeds = new Random(seed);
        long start = reader.headPosition() + 1;
        ConcurrentLinkedQueue<UUID> committed = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        List<StoredEvent> received = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        int[] nonEmptyReadsWhileWriting = {0};

        Future<?> subscriber = threads.submit(() -> {
            long next = start;
            boolean drained = false;
            while (!drained) {
                boolean stillWriting = writing.get();
                List<StoredEvent> batch = reader.readAll(next, BATCH_SIZE);
                for (StoredEvent event : batch) {
                    if (event.position() != next) {
                        violations.add("expected position " + next + " but got " + event.position());
                    }
                    received.add(event);
                    next = event.position() + 1;
                }
                if (!batch.isEmpty() && stillWriting) {
                    nonEmptyReadsWhileWriting[0]++;
                }
                drained = !stillWriting && batch.isEmpty();
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            long writerSeed = seeds.nextLong();
            writers.add(threads.submit(() -> {
                Random random = new Random(writerSeed);
                for (int i = 0; i < APPENDS_PER_WRITER; i++) {
                    List<NewEvent> batch = events("w", 1 + random.nextInt(3));
                    try {
                        writer.append("tail-" + random.nextInt(5) + "-" + start, ExpectedVersion.any(), batch);
                        batch.forEach(event -> committed.add(event.eventId()));
                    } catch (SimulatedRollback expected) {
                        // rolled back: these events must never be seen
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : writers) {
            future.get(60, TimeUnit.SECONDS);
        }
        writing.set(false);
        subscriber.get(60, TimeUnit.SECONDS);
        return new Result(start, List.copyOf(received), List.copyOf(committed), List.copyOf(violations),
                nonEmptyReadsWhileWriting[0]);
    }

    private static void sleepMicros(long micros) {
        try {
            TimeUnit.MICROSECONDS.sleep(micros);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Thrown by the probe to make an append roll back after it took its positions. */
    static final class SimulatedRollback extends RuntimeException {
        SimulatedRollback() {
            super("simulated rollback", null, false, false);
        }
    }
}
