package dev.eschess.axon.command;

/**
 * The stream versions of the first and the last event one command stored, remembered per command id so that a retry
 * can be answered with the earlier outcome (versions count events: the first event of a game is version 1).
 *
 * @param firstVersion the version of the command's first event
 * @param lastVersion  the version of the command's last event, the game's version right after the command
 */
public record AppliedCommand(long firstVersion, long lastVersion) {

    public AppliedCommand {
        if (firstVersion < 1 || lastVersion < firstVersion) {
            throw new IllegalArgumentException("not a version range: " + firstVersion + ".." + lastVersion);
        }
    }

    /** The range grown by one more event of the same command. */
    AppliedCommand extendedTo(long version) {
        return new AppliedCommand(firstVersion, version);
    }
}
