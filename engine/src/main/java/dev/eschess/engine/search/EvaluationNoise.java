package dev.eschess.engine.search;

/**
 * A deliberate error added to every evaluation, how weaker levels misjudge positions: up to {@code amplitude}
 * centipawns either way, drawn from the position's hash mixed with a seed. The same position gets the same error
 * throughout one search, so the search stays consistent (and repeatable for a seed) while its judgement is off.
 *
 * @param amplitude the largest error in centipawns (0: none)
 * @param seed      mixed into every draw: another seed, other errors
 */
public record EvaluationNoise(int amplitude, long seed) {

    /** No error. */
    public static final EvaluationNoise NONE = new EvaluationNoise(0, 0);

    public EvaluationNoise {
        if (amplitude < 0) {
            throw new IllegalArgumentException("noise amplitude cannot be negative: " + amplitude);
        }
    }

    /** The error for a position's hash, from -amplitude to +amplitude. */
    public int at(long hash) {
        if (amplitude == 0) {
            return 0;
        }
        return (int) Math.floorMod(mix(hash ^ seed), 2L * amplitude + 1) - amplitude;
    }

    /** SplitMix64's finalizer: nearby inputs give unrelated outputs. */
    private static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
