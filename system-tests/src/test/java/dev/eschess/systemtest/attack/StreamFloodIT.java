package dev.eschess.systemtest.attack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eschess.systemtest.server.ApiGame;
import dev.eschess.systemtest.server.GameServers;
import dev.eschess.systemtest.server.PackagedServer;
import dev.eschess.systemtest.server.Variant;
import dev.eschess.web.contract.ApiClient;
import dev.eschess.web.contract.SseReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One client floods a packaged server with 9,000 live-stream connections that never read (issue 12's attack): the
 * server keeps answering everyone else at once and an existing stream still gets the next move, because one client
 * holds at most its quota of streams and every stream too many is answered 503 and closed. Loopback only, bounded
 * in connections and time; all sockets are closed at the end.
 */
class StreamFloodIT {

    private static final int CONNECTIONS = 9_000;
    private static final int PROBES = 50;

    @ParameterizedTest
    @EnumSource(Variant.class)
    void givenNineThousandIdleStreamConnectionsFromOneClient_whenOthersAsk_thenTheServerAnswersAndStreamsStillFlow(
            Variant variant) throws Exception {
        try (PackagedServer server = PackagedServer.startFresh(variant,
                GameServers.workDirectory().resolve("flood-" + variant.id()))) {
            ApiClient api = new ApiClient(server.base());
            ApiGame game = ApiGame.betweenTwoPlayers(server);
            try (SseReader watcher = new SseReader(api.http(),
                    api.request("/api/games/" + game.id() + "/stream").GET().build())) {
                assertThat(watcher.status()).isEqualTo(200);
                assertThat(watcher.next(10)).isNotNull();

                List<Socket> flood = new ArrayList<>(CONNECTIONS);
                try {
                    byte[] request = ("GET /api/games/" + game.id() + "/stream HTTP/1.1\r\nHost: localhost\r\n"
                            + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
                    long floodStart = System.nanoTime();
                    for (int i = 0; i < CONNECTIONS; i++) {
                        Socket socket = new Socket();
                        flood.add(socket);
                        socket.connect(new InetSocketAddress(server.base().getHost(), server.base().getPort()), 5_000);
                        OutputStream out = socket.getOutputStream();
                        out.write(request);
                        out.flush();
                    }
                    System.out.printf(Locale.ROOT, "%s: %,d stream connections opened in %d ms%n", variant.id(),
                            CONNECTIONS, (System.nanoTime() - floodStart) / 1_000_000);

                    long[] info = timed(api, "/api/info");
                    long[] health = timed(api, "/actuator/health");
                    System.out.printf(Locale.ROOT, "%s under the flood: /api/info p50 %d ms, max %d ms;"
                                    + " /actuator/health p50 %d ms, max %d ms (%d requests each)%n", variant.id(),
                            info[PROBES / 2], info[PROBES - 1], health[PROBES / 2], health[PROBES - 1], PROBES);

                    assertThat(game.play("white", "e4").status()).isEqualTo(200);
                    SseReader.Event next = watcher.next(10);
                    while (next != null && !"3".equals(next.id())) {
                        next = watcher.next(10);
                    }
                    assertThat(next).as("the existing stream gets the move").isNotNull();

                    long refused = 0;
                    long accepted = 0;
                    for (int i = 0; i < CONNECTIONS; i += 90) {
                        String status = statusLine(flood.get(i));
                        refused += status.startsWith("HTTP/1.1 503") ? 1 : 0;
                        accepted += status.startsWith("HTTP/1.1 200") ? 1 : 0;
                    }
                    assertThat(accepted + refused).as("every sampled connection was answered").isEqualTo(100);
                    assertThat(accepted).as("streams granted to the flooding client, sampled").isLessThanOrEqualTo(16);
                } finally {
                    for (Socket socket : flood) {
                        socket.close();
                    }
                }
            }
        }
    }

    /** {@value #PROBES} sequential GETs of {@code path}, each required to answer 200; their times in ms, sorted. */
    private static long[] timed(ApiClient api, String path) {
        long[] millis = new long[PROBES];
        for (int i = 0; i < PROBES; i++) {
            long start = System.nanoTime();
            assertThat(api.get(path).status()).as(path).isEqualTo(200);
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** The first line the server wrote to this connection, waiting up to five seconds for it. */
    private static String statusLine(Socket socket) throws IOException {
        socket.setSoTimeout(5_000);
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int next;
        while ((next = in.read()) != -1 && next != '\n') {
            line.append((char) next);
        }
        return line.toString().trim();
    }
}
