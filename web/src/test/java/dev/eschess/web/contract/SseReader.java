package dev.eschess.web.contract;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a {@code text/event-stream} response in the background into events and comment lines. */
public final class SseReader implements AutoCloseable {

    /**
     * One server-sent event.
     *
     * @param id    its id line
     * @param event its event name
     * @param data  its data, lines joined
     */
    public record Event(String id, String event, String data) {
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    public SseReader(HttpClient http, HttpRequest request) {
        response = http.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(this::consume);
    }

    private void consume(HttpResponse<Stream<String>> response) {
        Thread reader = new Thread(() -> {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new Event(id, name, data.toString()));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        comments.add(line.substring(1));
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        if (data.length() > 0) {
                            data.append('\n');
                        }
                        data.append(line.substring(5));
                    }
                }
            } catch (RuntimeException closed) {
                // the stream was closed by the test or the server
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** The status code, waiting for the response headers. */
    public int status() throws Exception {
        return response.get(10, TimeUnit.SECONDS).statusCode();
    }

    /** The Content-Type header, waiting for the response headers (read from the response, not a callback). */
    public String contentType() throws Exception {
        return response.get(10, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse("");
    }

    /** The next event, or null after the timeout. */
    public Event next(long seconds) throws InterruptedException {
        return events.poll(seconds, TimeUnit.SECONDS);
    }

    /** The next comment line, or null after the timeout. */
    public String nextComment(long seconds) throws InterruptedException {
        return comments.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        response.cancel(true);
        response.thenAccept(r -> r.body().close());
    }
}
