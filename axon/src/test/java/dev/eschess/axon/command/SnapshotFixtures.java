package dev.eschess.axon.command;

/** Move sequences for tests that need a game past the snapshot threshold. */
public final class SnapshotFixtures {

    /** Ten plies that follow 1. e4 e5 (the Ruy Lopez to 6. Re1 b5). */
    public static final String[] AFTER_E4_E5 = {"Nf3", "Nc6", "Bb5", "a6", "Ba4", "Nf6", "O-O", "Be7", "Re1", "b5"};

    private SnapshotFixtures() {
    }
}
