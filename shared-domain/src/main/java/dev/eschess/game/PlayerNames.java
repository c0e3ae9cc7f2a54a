package dev.eschess.game;

import java.util.Optional;

/** The rule for the names players play under: 1 to 40 characters, not blank, no control characters. */
final class PlayerNames {

    static final int MAX_LENGTH = 40;

    private PlayerNames() {
    }

    /** What is wrong with the name, if anything. */
    static Optional<String> problem(String name) {
        if (name.isBlank()) {
            return Optional.of("a player name must not be blank");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("a player name has at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("a player name must not contain control characters");
        }
        return Optional.empty();
    }
}
