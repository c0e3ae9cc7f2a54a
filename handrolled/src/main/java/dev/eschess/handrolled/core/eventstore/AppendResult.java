package dev.eschess.handrolled.core.eventstore;

/**
 * What a successful append did.
 *
 * @param streamVersion the stream's version after the append
 * @param lastPosition  the global position of the last appended event (the log's head after the append)
 */
public record AppendResult(long streamVersion, long lastPosition) {
}
