package dev.eschess.systemtest.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.systemtest.server.GameServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The browsers of one test: opened on demand, each with its own profile (so its own seats in local storage), closed
 * when the test ends. When a test fails, every open browser's window is saved under
 * {@code target/system-tests/screenshots/} first.
 */
public final class Browsers implements ExtensionContext.Store.CloseableResource {

    private static final int DESKTOP_WIDTH = 1280;
    private static final int DESKTOP_HEIGHT = 1024;

    private final Path directory;
    private final List<Browser> open = new ArrayList<>();

    private Browsers(Path directory) {
        this.directory = directory;
    }

    /** A desktop-sized browser. */
    public Browser open(String name) {
        return open(name, DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    /** A browser with a window of {@code width} x {@code height} CSS pixels. */
    public Browser open(String name, int width, int height) {
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(directory), "profile-" + name + "-");
            Browser browser = Browser.open(name, profile, width, height);
            open.add(browser);
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves the window of every open browser as {@code <prefix>-<browser>.png} under the screenshots directory. */
    public List<Path> screenshots(String prefix) {
        List<Path> saved = new ArrayList<>();
        for (Browser browser : open) {
            try {
                saved.add(browser.screenshot(screenshotDirectory().resolve(prefix + "-" + browser.name() + ".png")));
            } catch (RuntimeException crashed) {
                // One browser that died must not cost the others' pictures.
                System.err.println("no screenshot of " + browser.name() + ": " + crashed);
            }
        }
        return saved;
    }

    /** Every Content Security Policy violation any open browser reported, each prefixed with the browser's name. */
    public List<String> policyViolations() {
        List<String> violations = new ArrayList<>();
        for (Browser browser : open) {
            try {
                browser.policyViolations().forEach(message -> violations.add(browser.name() + ": " + message));
            } catch (RuntimeException crashed) {
                // A browser that died cannot be asked; the test that killed it has failed already.
                System.err.println("no console of " + browser.name() + ": " + crashed);
            }
        }
        return violations;
    }

    /** {@code system-tests/target/system-tests/screenshots}. */
    public static Path screenshotDirectory() {
        return GameServers.workDirectory().resolve("screenshots");
    }

    @Override
    public void close() {
        open.forEach(Browser::close);
        open.clear();
    }

    /** Gives each test its {@code Browsers} and takes the screenshots when the test fails. */
    public static final class Extension implements ParameterResolver, AfterTestExecutionCallback {

        private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Browsers.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browsers.class,
                    key -> new Browsers(workDirectory(context)), Browsers.class);
        }

        /**
         * Runs before the store closes the browsers, so the windows are still there to be saved, and their consoles
         * still there to be read: a page that broke its own Content Security Policy fails the test, even where the
         * blocked script or style made no visible difference.
         */
        @Override
        public void afterTestExecution(ExtensionContext context) {
            Browsers browsers = context.getStore(NAMESPACE).get(Browsers.class, Browsers.class);
            if (browsers == null) {
                return;
            }
            if (context.getExecutionException().isPresent()) {
                List<Path> saved = browsers.screenshots(testName(context));
                saved.forEach(path -> System.err.println("screenshot of the failed test: " + path));
            }
            assertThat(browsers.policyViolations()).as("Content Security Policy violations reported by the browsers")
                    .isEmpty();
        }

        private static Path workDirectory(ExtensionContext context) {
            try {
                return Files.createDirectories(GameServers.workDirectory().resolve("browsers").resolve(testName(context)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String testName(ExtensionContext context) {
            String test = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName()
                    + "-" + context.getDisplayName();
            return test.replaceAll("[^A-Za-z0-9._-]+", "_");
        }
    }
}
