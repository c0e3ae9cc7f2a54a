package dev.eschess.systemtest.browser;

import java.net.URI;

/** The lobby ({@code /}) as a player uses it. */
final class LobbyPage {

    private final Browser browser;

    private LobbyPage(Browser browser) {
        this.browser = browser;
    }

    static LobbyPage open(Browser browser, URI server) {
        browser.go(server);
        browser.awaitVisible("#create-submit");
        return new LobbyPage(browser);
    }

    /** Creates a game as {@code name} playing {@code color} and returns the link for the opponent. */
    URI createGame(String name, String color) {
        browser.type("#player-name", name);
        browser.click("#color-" + color);
        browser.click("#create-submit");
        browser.awaitVisible("#create-result");
        return URI.create(browser.find("#share-link").getDomProperty("value"));
    }

    /** Follows "Go to the game" after creating one. */
    GamePage goToGame() {
        browser.click("#open-game");
        return GamePage.loaded(browser);
    }

    /** Waits until the game {@code gameId} is listed under {@code section} (waiting, active or finished). */
    void awaitListed(String section, String gameId) {
        browser.awaitVisible("#lobby-" + section + " li[data-game-id='" + gameId + "']");
    }
}
