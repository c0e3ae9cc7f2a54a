package dev.eschess.axon.support;

/** Settings every test context shares, so that contexts are reused. */
public final class TestSettings {

    /** Snapshot often, so that tests of ordinary length cross the threshold. */
    public static final int SNAPSHOT_THRESHOLD = 10;

    /** The property for {@link #SNAPSHOT_THRESHOLD}. */
    public static final String SNAPSHOT_EVERY = "eschess.axon.snapshot-every=10";

    private TestSettings() {
    }
}
