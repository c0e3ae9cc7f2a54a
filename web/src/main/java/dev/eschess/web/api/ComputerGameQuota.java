package dev.eschess.web.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.eschess.game.GameStatus;
import dev.eschess.web.port.GameEngine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How many unfinished games against the computer one client address may have at once. Each computer move takes one
 * of a small fixed pool of thinking threads, so without a cap one client could keep them all busy and delay every
 * other player's computer.
 *
 * <p>Per address it remembers the ids of the computer games created from it. Before the next one it drops those that
 * no longer count: finished (mated, drawn, resigned, timed out, aborted, expired) or unknown to the engine. A game
 * still waiting because the computer could not join counts until it expires or its creator aborts it: it is one the
 * client asked for, and a failure of the join must not open a way around the cap. Games between people are not this
 * class's business; the caller asks it only for computer games.
 *
 * <p>The check, the creation and the recording of the new id run under one lock per address, so two concurrent
 * creations at one below the cap cannot both pass; creations from different addresses never wait for each other.
 *
 * <p>The count is per server process, like {@link ClientRateLimit}'s buckets: N instances behind a proxy allow N times
 * the cap, and a restarted instance starts from zero. The table of addresses is bounded: at most 100,000, each
 * forgotten after an idle hour without a computer game asked for; a forgotten address starts from zero again, which
 * keeps the table small and frees a person who lost the tokens of games they can no longer end.
 */
public final class ComputerGameQuota {

    private static final long MOST_CLIENTS = 100_000;
    private static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final int perClient;
    private final Function<String, Optional<GameStatus>> statuses;
    private final Cache<String, ClientGames> clients;

    /** A cap of {@code perClient} unfinished computer games per address, which reads games through {@code engine}. */
    public ComputerGameQuota(int perClient, GameEngine engine) {
        this(perClient, gameId -> engine.current(gameId).map(game -> game.state().status()));
    }

    /** The same with the game statuses read by {@code statuses}, so that a test can end games without an engine. */
    ComputerGameQuota(int perClient, Function<String, Optional<GameStatus>> statuses) {
        if (perClient < 1) {
            throw new IllegalArgumentException("computer games per client must be positive, got " + perClient);
        }
        this.perClient = perClient;
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.clients = Caffeine.newBuilder().maximumSize(MOST_CLIENTS).expireAfterAccess(FORGET_AFTER).build();
    }

    /**
     * Runs {@code creation} of the computer game {@code gameId} for {@code client} if the client has fewer unfinished
     * ones than the cap, and counts the game from then on.
     *
     * @throws ApiProblem {@link ProblemCode#TOO_MANY_COMPUTER_GAMES} at the cap, before {@code creation} runs
     */
    public <T> T admit(String client, String gameId, Supplier<T> creation) {
        Objects.requireNonNull(gameId, "gameId");
        ClientGames games = clients.get(Objects.requireNonNull(client, "client"), key -> new ClientGames());
        games.lock.lock();
        try {
            games.gameIds.removeIf(id -> !unfinished(id));
            int playing = games.gameIds.size();
            if (playing >= perClient) {
                throw new ApiProblem(ProblemCode.TOO_MANY_COMPUTER_GAMES, "this address already plays " + playing
                        + (playing == 1 ? " unfinished game" : " unfinished games")
                        + " against the computer, as many as one address may; finish or resign one first");
            }
            // Recorded before it runs: a creation that fails before storing the game leaves an id the engine does not
            // know, which the next check drops, and one that fails after storing it still counts.
            games.gameIds.add(gameId);
            return creation.get();
        } finally {
            games.lock.unlock();
        }
    }

    private boolean unfinished(String gameId) {
        return statuses.apply(gameId).map(ComputerGameQuota::counts).orElse(false);
    }

    private static boolean counts(GameStatus status) {
        return switch (status) {
            case WAITING, ACTIVE -> true;
            case NOT_CREATED, FINISHED -> false;
        };
    }

    /** One address's computer games, guarded by its lock. */
    private static final class ClientGames {
        private final ReentrantLock lock = new ReentrantLock();
        private final List<String> gameIds = new ArrayList<>();
    }
}
