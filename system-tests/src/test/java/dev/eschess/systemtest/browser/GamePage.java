package dev.eschess.systemtest.browser;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

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

    /** The game page {@code browser} shows, without waiting for its stream (a finished game's may close at once). */
    static GamePage shown(Browser browser) {
        return new GamePage(browser);
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

    /** Waits until the "Computer is thinking…" indicator is shown ({@code true}) or gone ({@code false}). */
    void awaitThinking(boolean thinking) {
        browser.awaitAttribute(ROOT, "data-thinking", String.valueOf(thinking));
        if (thinking) {
            browser.awaitVisible("#thinking");
        } else {
            awaitHidden("#thinking");
        }
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

    /** Waits until the promotion picker is open and returns the pieces it offers (wq, wr, wb, wn), in its order. */
    @SuppressWarnings("unchecked")
    List<String> awaitPromotionChoices() {
        browser.awaitVisible("#board .promotion-dialog-button-group");
        return (List<String>) browser.script("return Array.from(document.querySelectorAll("
                + "'#board .promotion-dialog-button-group')).map(g => g.dataset.piece);");
    }

    /** Clicks the choice {@code piece} (for example wn) in the open promotion picker. */
    void choosePromotion(String piece) {
        WebElement choice = browser.find("#board .promotion-dialog-button-group[data-piece='" + piece + "'] rect");
        browser.actions().moveToElement(choice).click().perform();
    }

    /** Whether the element {@code css} is shown (present and not hidden). */
    boolean isShown(String css) {
        return browser.find(css).isDisplayed();
    }

    /** Waits until the element {@code css} is hidden. */
    void awaitHidden(String css) {
        waitUntil(css + " hidden", page -> !page.isShown(css));
    }

    /** The distance of {@code square}'s top edge from the top of the window, in CSS pixels. */
    double squareTop(String square) {
        return ((Number) browser.script("return document.querySelector(\"#board rect[data-square='" + square
                + "']\").getBoundingClientRect().top;")).doubleValue();
    }

    /** Waits until the board shows {@code upper} above {@code lower} on the screen (after a turn of the board). */
    void awaitSquareAbove(String upper, String lower) {
        waitUntil(upper + " above " + lower, page -> page.squareTop(upper) < page.squareTop(lower));
    }

    /** Gives the board the keyboard focus, as Tab would, and presses {@code keys} on it. */
    void pressOnBoard(CharSequence... keys) {
        awaitBoardInput();
        WebElement svg = browser.find("#board svg.cm-chessboard");
        browser.script("arguments[0].focus();", svg);
        svg.sendKeys(keys);
    }

    /** Presses {@code keys} on whatever has the keyboard focus (for example the open promotion picker). */
    void pressOnFocused(CharSequence... keys) {
        browser.actions().sendKeys(keys).perform();
    }

    /** The piece (wq, wn, ...) of the promotion choice that has the keyboard focus, or empty. */
    String focusedPromotionChoice() {
        Object piece = browser.script("const focused = document.activeElement;"
                + "return focused && focused.classList.contains('promotion-dialog-button-group') ? focused.dataset.piece : '';");
        return String.valueOf(piece);
    }

    /** Waits until the board's keyboard live region (what a screen reader says) reads {@code text}. */
    void awaitBoardAnnouncement(String text) {
        waitUntil("board announcement " + text, page -> text.equals(page.browser.script(
                "return document.querySelector('#board .cm-chessboard-keyboard-live-region').textContent;")));
    }

    /**
     * The board as the hidden table for screen readers shows it: square (e1) to the cell's text (King White, or empty),
     * read through the table's own row and column headers.
     */
    @SuppressWarnings("unchecked")
    Map<String, String> accessibleBoard() {
        return (Map<String, String>) browser.script("""
                const table = document.querySelector('#board .cm-chessboard-accessibility table');
                if (!table) return {};
                const rows = Array.from(table.rows);
                const files = Array.from(rows[0].cells).slice(1).map(cell => cell.textContent.trim());
                const squares = {};
                for (const row of rows.slice(1)) {
                  const rank = row.cells[0].textContent.trim();
                  Array.from(row.cells).slice(1).forEach((cell, i) => squares[files[i] + rank] = cell.textContent.trim());
                }
                return squares;""");
    }

    /** Waits until the screen readers' table shows {@code text} on {@code square}. */
    void awaitAccessibleSquare(String square, String text) {
        waitUntil("accessible " + square + " = " + text, page -> text.equals(page.accessibleBoard().get(square)));
    }

    /** The text of the hidden piece lists for screen readers. */
    String accessiblePieceLists() {
        return (String) browser.script(
                "return document.querySelector('#board .cm-chessboard-accessibility .list').textContent;");
    }

    /** The text of {@code color}'s clock, such as 4:59 or 0:09.7. */
    String clockText(String color) {
        return text("#clock-" + color);
    }

    /** An attribute of {@code color}'s clock: data-running, data-low, data-flagged or aria-label. */
    String clockAttribute(String color, String attribute) {
        return attribute("#clock-" + color, attribute);
    }

    /** Waits until {@code color}'s clock shows {@code text}; returns how long that took. */
    Duration awaitClockText(String color, String text) {
        long start = System.nanoTime();
        new FluentWait<>(this).withTimeout(Browser.PATIENCE).pollingEvery(Duration.ofMillis(50))
                .withMessage(() -> browser.name() + ": waited for " + color + "'s clock at " + text + ", it shows "
                        + clockText(color))
                .until(page -> text.equals(page.clockText(color)));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Waits until {@code color}'s clock is the running one ({@code true}) or not ({@code false}). */
    void awaitClockRunning(String color, boolean running) {
        browser.awaitAttribute("#clock-" + color, "data-running", String.valueOf(running));
    }

    /** The types of the events listed in the event panel, oldest first. */
    @SuppressWarnings("unchecked")
    List<String> listedEventTypes() {
        return (List<String>) browser.script(
                "return Array.from(document.querySelectorAll('#events-body tr')).map(row => row.dataset.type);");
    }

    /** Waits until the event panel lists {@code count} events. */
    void awaitListedEvents(int count) {
        browser.awaitAttribute("#events-table", "data-count", String.valueOf(count));
    }

    private void waitUntil(String what, Function<GamePage, Boolean> condition) {
        new FluentWait<>(this).withTimeout(Browser.PATIENCE).pollingEvery(Duration.ofMillis(100))
                .withMessage(() -> browser.name() + ": waited for " + what).until(condition);
    }

    private void awaitBoardInput() {
        browser.awaitAttribute("#board", "data-input", seat());
    }

    private WebElement square(String name) {
        return browser.find("#board rect[data-square='" + name + "']");
    }
}
