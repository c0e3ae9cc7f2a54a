package dev.eschess.systemtest.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** The game page ({@code /game.html?id=...}) as a player or spectator sees it, read through its test hooks. */
final class GamePage {

    private static final String ROOT = "#game-root";

    private final Browser browser;

    private GamePage(Browser browser) {
        this.browser = browser;
    }

    static GamePage open(Browser browser, URI link) {
        browser.go(link);
        return loaded(browser);
    }

    static GamePage loaded(Browser browser) {
        GamePage page = new GamePage(browser);
        browser.awaitAttribute("#connection", "data-state", "live");
        return page;
    }

    Browser browser() {
        return browser;
    }

    String gameId() {
        return URI.create(browser.currentUrl()).getQuery().replaceFirst("^.*\\bid=([^&]+).*$", "$1");
    }

    /** white, black or spectator. */
    String seat() {
        return attribute(ROOT, "data-seat");
    }

    void awaitSeat(String seat) {
        browser.awaitAttribute(ROOT, "data-seat", seat);
    }

    void awaitStatus(String status) {
        browser.awaitAttribute(ROOT, "data-status", status);
    }

    void awaitVersion(int version) {
        browser.awaitAttribute(ROOT, "data-version", String.valueOf(version));
    }

    /** Waits until the move list holds {@code count} moves; returns how long that took. */
    Duration awaitMoveCount(int count) {
        return browser.awaitAttribute("#move-list", "data-count", String.valueOf(count));
    }

    void join(String name) {
        browser.type("#join-name", name);
        browser.click("#btn-join");
    }

    /** Picks the piece on {@code from} with a click (without finishing the move). */
    void pick(String from) {
        awaitBoardInput();
        browser.actions().moveToElement(square(from)).click().perform();
    }

    /** The squares marked as legal destinations of the picked piece, sorted. */
    @SuppressWarnings("unchecked")
    List<String> markedDestinations() {
        return (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'#board use.marker-dot, #board use.marker-bevel')).map(u => u.parentNode.dataset.square).sort();");
    }

    /** Plays a move by clicking the piece and then its destination. */
    void clickMove(String from, String to) {
        pick(from);
        browser.actions().moveToElement(square(to)).click().perform();
    }

    /** Plays a move by dragging the piece to its destination. */
    void dragMove(String from, String to) {
        awaitBoardInput();
        browser.actions().moveToElement(square(from)).clickAndHold()
                .moveByOffset(3, 3)
                .moveToElement(square(to)).release().perform();
    }

    /** Types a move into the move field and presses Enter. */
    void typeMove(String move) {
        browser.type("#move-input", move);
        browser.find("#move-input").sendKeys(Keys.ENTER);
    }

    /** The piece on {@code square} as cm-chessboard names it (wp, bk, ...), or empty. */
    String pieceOn(String square) {
        List<WebElement> pieces = browser.findAll("#board g[data-square='" + square + "'][data-piece]");
        return pieces.isEmpty() ? "" : pieces.getFirst().getDomAttribute("data-piece");
    }

    String attribute(String css, String attribute) {
        return browser.find(css).getDomAttribute(attribute);
    }

    String text(String css) {
        return browser.find(css).getText();
    }

    private void awaitBoardInput() {
        browser.awaitAttribute("#board", "data-input", seat());
    }

    private WebElement square(String name) {
        return browser.find("#board rect[data-square='" + name + "']");
    }
}
