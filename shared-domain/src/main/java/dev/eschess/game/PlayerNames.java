package dev.eschess.game;

import java.util.Optional;

/**
 * The rule for the names players play under: 1 to 40 characters, not blank, no control characters, and no format
 * characters (Unicode category Cf, such as a right-to-left override or a zero-width space) or line and paragraph
 * separators, which make a name look like another or reorder the text shown around it.
 */
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
        if (name.codePoints().map(Character::getType).anyMatch(type -> type == Character.FORMAT
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR)) {
            return Optional.of("a player name must not contain invisible formatting characters or line or paragraph"
                    + " separators");
        }
        return Optional.empty();
    }
}
