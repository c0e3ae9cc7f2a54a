package dev.eschess.systemtest.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One game server running as its own operating-system process from its executable jar, exactly as the README
 * starts it: {@code java -jar <variant>.jar} in a working directory of its own, so its embedded H2 file lands under
 * that directory's {@code ./data/<variant>/}. Stopping and starting again keeps the directory (restart); {@link #crash()}
 * kills the process without letting it shut down.
 */
public final class PackagedServer implements AutoCloseable {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(120);
    private static final AtomicInteger LAUNCHES = new AtomicInteger();

    private final Variant variant;
    private final Path workingDirectory;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final URI base;
    private final List<String> arguments;
    private Process process;
    private Path log;

    private PackagedServer(Variant variant, Path workingDirectory, List<String> arguments) {
        this.variant = variant;
        this.workingDirectory = workingDirectory;
        this.arguments = List.copyOf(arguments);
        this.port = freePort();
        this.base = URI.create("http://localhost:" + port + "/");
    }

    /** Starts {@code variant} on an empty {@code workingDirectory} (whatever was there is deleted) and waits until it is healthy. */
    public static PackagedServer startFresh(Variant variant, Path workingDirectory) {
        return startFresh(variant, workingDirectory, List.of());
    }

    /** The same, with more command-line arguments for the server (another database, a profile). */
    public static PackagedServer startFresh(Variant variant, Path workingDirectory, List<String> arguments) {
        deleteRecursively(workingDirectory);
        PackagedServer server = new PackagedServer(variant, workingDirectory, arguments);
        server.launch();
        return server;
    }

    /** The directory the process runs in; its data lives under {@code data/<variant>/} there. */
    public Path workingDirectory() {
        return workingDirectory;
    }

    public Variant variant() {
        return variant;
    }

    /** {@code http://localhost:<port>/}. */
    public URI base() {
        return base;
    }

    /** Everything the process printed since its last start. */
    public String log() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shuts the process down gracefully, then starts it again on the same data and port, as an upgrade would. */
    public void restart() {
        stop();
        launch();
    }

    /** Kills the process the way a power cut or {@code kill -9} would: no shutdown hook, no flush, no goodbye. */
    public void crash() {
        process.destroyForcibly();
        awaitExit();
    }

    /** Starts the process again after {@link #crash()} or {@link #stop()}, on the same data and port. */
    public void startAgain() {
        launch();
    }

    /** Asks the process to shut down (SIGTERM, as a service manager would) and waits for it. */
    public void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            awaitExit();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        try {
            Files.createDirectories(workingDirectory);
            log = workingDirectory.resolve(variant.id() + "-" + LAUNCHES.incrementAndGet() + ".log");
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m",
                    "-XX:TieredStopAtLevel=1", "-jar", variant.jar().toString(), "--server.port=" + port,
                    // Actuator's own port follows the server port by default (ADR 0054); random here, so that servers
                    // on random ports can never meet on one.
                    "--management.server.port=0",
                    // The tests play hundreds of games from one address within minutes; the production limit of
                    // creating and joining games per address (ADR 0059) is tested in the web module.
                    "--eschess.web.rate-limit.creations.burst=1000000",
                    "--eschess.web.rate-limit.creations.per-minute=1000000"));
            command.addAll(arguments);
            process = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            awaitHealthy();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + variant.id(), e);
        }
    }

    private void awaitHealthy() {
        Instant deadline = Instant.now().plus(STARTUP_LIMIT);
        HttpRequest health = HttpRequest.newBuilder(base.resolve("actuator/health"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(variant.id() + " exited with " + process.exitValue()
                        + " while starting; its log:\n" + tail());
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYetListening) {
                // The port opens late in the start-up; keep asking.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        process.destroyForcibly();
        throw new IllegalStateException(variant.id() + " was not healthy within " + STARTUP_LIMIT + "; its log:\n" + tail());
    }

    private void awaitExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        String text = log();
        return text.length() <= 6_000 ? text : text.substring(text.length() - 6_000);
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not empty " + directory, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JDK running these tests (Maven's toolchain picked a JDK 21+), so the server runs on the same one. */
    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElseThrow(() -> new IllegalStateException("cannot tell which java runs this JVM"));
    }

    private static int freePort() {
        // A small race (another process may take the port before the server binds it) is acceptable in a test.
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
