package dev.eschess.systemtest.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium with a fresh profile, driven through Debian's chromedriver. Paths are given explicitly so
 * Selenium never tries to download a browser or a driver (there is no internet in CI). It keeps the console
 * messages in which the browser reports Content Security Policy violations, so a test can fail on them.
 */
public final class Browser implements AutoCloseable {

    /** How long a test waits for the page to show something; generous for a loaded 2-core machine. */
    static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final String CHROMIUM = System.getProperty("eschess.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("eschess.chromedriver", "/usr/bin/chromedriver");

    /** The words with which Chromium's console reports every blocked script, style, image, fetch or frame. */
    private static final String POLICY_VIOLATION = "Content Security Policy";

    private final String name;
    private final ChromeDriver driver;
    private final List<String> policyViolations = new ArrayList<>();

    private Browser(String name, ChromeDriver driver) {
        this.name = name;
        this.driver = driver;
    }

    /** Opens a browser called {@code name} (used in screenshots) with a window of {@code width} x {@code height}. */
    static Browser open(String name, Path profile, int width, int height) {
        for (String program : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is missing: the browser tests need Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver), as the README says");
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--force-prefers-reduced-motion");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return new Browser(name, driver);
    }

    public String name() {
        return name;
    }

    /** Loads {@code address}. */
    public void go(URI address) {
        driver.get(address.toString());
    }

    public void reload() {
        driver.navigate().refresh();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Waits until {@code css} is visible, then clicks it like a user would. */
    public void click(String css) {
        new WebDriverWait(driver, PATIENCE).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    /** Replaces the text of the input {@code css}. */
    public void type(String css, String text) {
        WebElement input = new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Waits until the attribute {@code attribute} of {@code css} has {@code value} (a missing attribute counts as
     * empty); returns how long that took.
     */
    public Duration awaitAttribute(String css, String attribute, String value) {
        long start = System.nanoTime();
        new WebDriverWait(driver, PATIENCE).withMessage(() -> name + ": " + css + "[" + attribute + "] = "
                        + describeAttribute(css, attribute) + ", expected " + value)
                .until(page -> page.findElements(By.cssSelector(css)).stream()
                        .anyMatch(element -> value.equals(Objects.toString(element.getDomAttribute(attribute), ""))));
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Waits until the text of {@code css} contains {@code text}. */
    public void awaitText(String css, String text) {
        new WebDriverWait(driver, PATIENCE).withMessage(() -> name + ": " + css + " shows \""
                        + driver.findElement(By.cssSelector(css)).getText() + "\", expected it to contain " + text)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    /** Waits until {@code css} is shown. */
    public WebElement awaitVisible(String css) {
        return new WebDriverWait(driver, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Cuts this browser off the network, as a lost Wi-Fi would: the page gets its {@code offline} event and new
     * requests fail. (Chromium's emulation leaves connections that are already open alone.)
     */
    public void goOffline() {
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        driver.setNetworkConditions(offline);
    }

    /** Ends {@link #goOffline}. */
    public void goOnline() {
        driver.deleteNetworkConditions();
    }

    /** Runs a script in the page and returns its result. */
    public Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /** A new chain of pointer and key actions. */
    public Actions actions() {
        return new Actions(driver);
    }

    /**
     * Every Content Security Policy violation this browser reported so far, on any page it showed: the console
     * messages of each one. Chromedriver hands out each console message once, so they are kept here.
     */
    public List<String> policyViolations() {
        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains(POLICY_VIOLATION))
                .forEach(policyViolations::add);
        return List.copyOf(policyViolations);
    }

    /** Saves what the window shows as a PNG. */
    public Path screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private String describeAttribute(String css, String attribute) {
        List<WebElement> found = driver.findElements(By.cssSelector(css));
        return found.isEmpty() ? "(no such element)" : String.valueOf(found.getFirst().getDomAttribute(attribute));
    }
}
