package dev.eschess.engine.opponent;

import dev.eschess.engine.level.Level;
import dev.eschess.game.Seat;
import java.util.Objects;
import java.util.Optional;

/**
 * The computer sitting at a game at one level. It joins like a person, with a player id of its own that names
 * the level ({@code computer:level-3}); the server gives people random ids without a colon, so a seat is the
 * computer's exactly when its id has this form, and the events alone say which games a process manager plays.
 *
 * @param level the level it plays at
 */
public record ComputerSeat(Level level) {

    private static final String ID_PREFIX = "computer:level-";

    public ComputerSeat {
        Objects.requireNonNull(level, "level");
    }

    /** The computer at level {@code number}; throws {@link IllegalArgumentException} outside 1 to 8. */
    public static ComputerSeat atLevel(int number) {
        return new ComputerSeat(Level.of(number));
    }

    /** The computer whose player id this is, or empty for a person's id. */
    public static Optional<ComputerSeat> fromPlayerId(String playerId) {
        if (!playerId.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        String number = playerId.substring(ID_PREFIX.length());
        if (number.length() != 1 || number.charAt(0) < '0' + Level.LOWEST || number.charAt(0) > '0' + Level.HIGHEST) {
            return Optional.empty();
        }
        return Optional.of(atLevel(number.charAt(0) - '0'));
    }

    /** The computer sitting at this seat, or empty when a person sits there. */
    public static Optional<ComputerSeat> of(Seat seat) {
        return fromPlayerId(seat.playerId());
    }

    /** The player id the computer joins with. */
    public String playerId() {
        return ID_PREFIX + level.number();
    }

    /** The name it plays under. */
    public String playerName() {
        return "Computer (level " + level.number() + ")";
    }
}
