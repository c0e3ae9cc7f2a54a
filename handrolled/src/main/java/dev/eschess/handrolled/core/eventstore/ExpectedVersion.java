package dev.eschess.handrolled.core.eventstore;

/**
 * What a writer believes about a stream's version when it appends: the stream must not exist yet, must be at
 * exactly this version, or may be anything. Versions count events: a stream with three events is at version 3.
 */
public sealed interface ExpectedVersion {

    /** The stream must not exist yet (version 0): used to create a stream. */
    static ExpectedVersion noStream() {
        return NoStream.INSTANCE;
    }

    /** The stream must be at exactly this version; {@code exactly(0)} means the same as {@link #noStream()}. */
    static ExpectedVersion exactly(long version) {
        return version == 0 ? NoStream.INSTANCE : new Exact(version);
    }

    /** No check: append after whatever is there. Only for writers that cannot conflict by construction. */
    static ExpectedVersion any() {
        return Any.INSTANCE;
    }

    /** Whether a stream at {@code actual} satisfies this expectation. */
    default boolean isSatisfiedBy(long actual) {
        return switch (this) {
            case NoStream noStream -> actual == 0;
            case Exact exact -> actual == exact.version();
            case Any anyVersion -> true;
        };
    }

    /** The stream does not exist yet. */
    enum NoStream implements ExpectedVersion {
        INSTANCE;

        @Override
        public String toString() {
            return "no stream";
        }
    }

    /** Any version is fine. */
    enum Any implements ExpectedVersion {
        INSTANCE;

        @Override
        public String toString() {
            return "any version";
        }
    }

    /**
     * Exactly this version (at least 1).
     *
     * @param version the expected number of events in the stream
     */
    record Exact(long version) implements ExpectedVersion {

        public Exact {
            if (version < 1) {
                throw new IllegalArgumentException("an exact expected version is at least 1, was " + version);
            }
        }

        @Override
        public String toString() {
            return "version " + version;
        }
    }
}
