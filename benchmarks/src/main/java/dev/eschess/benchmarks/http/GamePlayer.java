package dev.eschess.benchmarks.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One slot of the load: plays random legal moves for both sides of one game at a time, one request in flight,
 * and starts a new game when one ends. Counts what the server acknowledged per game, to be checked afterwards.
 */
final class GamePlayer implements Callable<GamePlayer> {

    private final GameClient client;
    private final Random random;
    private final long measureFromNanos;
    private final long stopAtNanos;
    private final AtomicLong movesLeft;
    private final String name;

    final LatencyRecorder latencies = new LatencyRecorder();
    final Map<String, Long> acknowledgedMoves = new HashMap<>();
    long measuredRefusals;
    long lastAnswerNanos;

    private String gameId;
    private String whiteToken;
    private String blackToken;
    private JsonNode view;

    GamePlayer(GameClient client, long seed, long measureFromNanos, long stopAtNanos, AtomicLong movesLeft,
               String name) {
        this.client = client;
        this.random = new Random(seed);
        this.measureFromNanos = measureFromNanos;
        this.stopAtNanos = stopAtNanos;
        this.movesLeft = movesLeft;
        this.name = name;
    }

    @Override
    public GamePlayer call() throws IOException, InterruptedException {
        while (System.nanoTime() < stopAtNanos && movesLeft.get() > 0) {
            if (view == null || !"active".equals(view.path("status").asText())) {
                startGame();
                continue;
            }
            JsonNode legal = view.path("legalMoves");
            String uci = legal.get(random.nextInt(legal.size())).asText();
            String token = "white".equals(view.path("turn").asText()) ? whiteToken : blackToken;
            long start = System.nanoTime();
            GameClient.Answer answer = client.move(gameId, token, uci);
            long end = System.nanoTime();
            lastAnswerNanos = end;
            boolean measured = start >= measureFromNanos;
            if (answer.ok()) {
                acknowledgedMoves.merge(gameId, 1L, Long::sum);
                view = answer.body();
                if (measured) {
                    latencies.record(end - start);
                    movesLeft.decrementAndGet();
                }
            } else {
                if (measured) {
                    measuredRefusals++;
                }
                view = client.view(gameId).body();
            }
        }
        return this;
    }

    private void startGame() throws IOException, InterruptedException {
        GameClient.Answer created = client.create(name + "-white");
        GameClient.Answer joined = created.ok()
                ? client.join(created.body().path("gameId").asText(), name + "-black") : created;
        if (!created.ok() || !joined.ok()) {
            throw new IOException("cannot start a game: " + created.status() + " / " + joined.status() + " "
                    + joined.body());
        }
        gameId = created.body().path("gameId").asText();
        whiteToken = created.body().path("color").asText().equals("white")
                ? created.body().path("playerToken").asText() : joined.body().path("playerToken").asText();
        blackToken = created.body().path("color").asText().equals("white")
                ? joined.body().path("playerToken").asText() : created.body().path("playerToken").asText();
        view = joined.body().path("game");
        acknowledgedMoves.putIfAbsent(gameId, 0L);
    }
}
