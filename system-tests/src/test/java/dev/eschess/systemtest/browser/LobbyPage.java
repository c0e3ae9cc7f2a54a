package dev.eschess.systemtest.browser;

import java.net.URI;
import org.openqa.selenium.support.ui.Select;

/** The lobby ({@code /}) as a player uses it. */
final class LobbyPage {

    private final Browser browser;

    private LobbyPage(Browser browser) {
        this.browser = browser;
    }

    Browser browser() {
        return browser;
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

    /**
     * Plays the computer at {@code level} as {@code name} with {@code color} (white, black or random), from the create
     * form, which goes straight to the game page.
     */
    GamePage playComputer(String name, String color, int level) {
        browser.type("#player-name", name);
        browser.click("#opponent-computer");
        browser.awaitVisible("#computer-level");
        new Select(browser.find("#computer-level")).selectByValue(String.valueOf(level));
        browser.click("#color-" + color);
        browser.click("#create-submit");
        return GamePage.loaded(browser);
    }

    /** The level of the computer the list under {@code section} shows for the game {@code gameId}. */
    String listedComputerLevel(String section, String gameId) {
        awaitListed(section, gameId);
        return browser.find("#lobby-" + section + " li[data-game-id='" + gameId + "'] [data-test='computer-level']")
                .getText();
    }

    /** Picks a time control of the create form's list by its value: none, 60+0, 180+2, ... or custom. */
    void chooseTimeControl(String value) {
        new Select(browser.find("#create-clock")).selectByValue(value);
    }

    /** Picks a custom time control of {@code minutes} and {@code seconds} per side plus {@code increment} seconds. */
    void chooseCustomClock(int minutes, int seconds, int increment) {
        chooseTimeControl("custom");
        browser.awaitVisible("#custom-clock");
        browser.type("#clock-minutes", String.valueOf(minutes));
        browser.type("#clock-seconds", String.valueOf(seconds));
        browser.type("#clock-increment", String.valueOf(increment));
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

    /** Creates a game from the start position {@code fen}; returns the link for the opponent. */
    URI createGameFrom(String name, String color, String fen) {
        browser.type("#create-fen", fen);
        return createGame(name, color);
    }

    /** Submits the form with the start position {@code fen}, waits for the error shown and returns its API code. */
    String createGameExpectingError(String fen) {
        browser.type("#create-fen", fen);
        browser.click("#create-submit");
        browser.awaitVisible("#create-error");
        return browser.find("#create-error").getDomAttribute("data-error-code");
    }

    /** The error message under the form. */
    String createError() {
        return browser.find("#create-error").getText();
    }

    /** The time control the list under {@code section} shows for the game {@code gameId} (5+0, no clock, ...). */
    String listedTimeControl(String section, String gameId) {
        awaitListed(section, gameId);
        return browser.find("#lobby-" + section + " li[data-game-id='" + gameId + "'] [data-test='time-control']")
                .getText();
    }

    /** Submits the form as it is, waits for the error shown and returns its code. */
    String submitExpectingError() {
        browser.click("#create-submit");
        browser.awaitVisible("#create-error");
        return browser.find("#create-error").getDomAttribute("data-error-code");
    }

    /** Whether the game {@code gameId} is listed under {@code section} now. */
    boolean isListed(String section, String gameId) {
        return !browser.findAll("#lobby-" + section + " li[data-game-id='" + gameId + "']").isEmpty();
    }

    /** Joins the waiting game {@code gameId} as {@code name} with its Join button in the list. */
    GamePage joinListed(String gameId, String name) {
        browser.type("#player-name", name);
        browser.click("#lobby-waiting li[data-game-id='" + gameId + "'] [data-test='join-game']");
        return GamePage.loaded(browser);
    }
}
