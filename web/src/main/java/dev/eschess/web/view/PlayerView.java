package dev.eschess.web.view;

/**
 * A seated player as the API shows it: the name only, never the player id's secret (there is none) or a token.
 *
 * @param name the name the player plays under
 */
public record PlayerView(String name) {
}
