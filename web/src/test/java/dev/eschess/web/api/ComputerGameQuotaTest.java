package dev.eschess.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.game.GameStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComputerGameQuotaTest {

    private static final String CLIENT = "192.0.2.1";
    private static final String OTHER_CLIENT = "198.51.100.7";

    /** The games as the engine would report them: created games are active until a test ends them. */
    private final Map<String, GameStatus> games = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final ComputerGameQuota quota = new ComputerGameQuota(2, gameId -> Optional.ofNullable(games.get(gameId)));

    @Test
    void givenAClientWithTwoUnfinishedComputerGames_whenItAsksForAThird_thenItIsRefusedBeforeTheCreationRuns() {
        create(CLIENT);
        create(CLIENT);
        AtomicInteger creations = new AtomicInteger();

        assertThatThrownBy(() -> quota.admit(CLIENT, "refused", creations::incrementAndGet))
                .isInstanceOfSatisfying(ApiProblem.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ProblemCode.TOO_MANY_COMPUTER_GAMES);
                    assertThat(refused.getMessage()).contains("already plays 2 unfinished games against the computer");
                });
        assertThat(creations).hasValue(0);
    }

    @Test
    void givenAClientAtTheCap_whenOneOfItsGamesFinishes_thenItMayCreateAnother() {
        String first = create(CLIENT);
        create(CLIENT);

        games.put(first, GameStatus.FINISHED);

        assertThat(create(CLIENT)).isNotNull();
        assertThatThrownBy(() -> create(CLIENT)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void givenAClientAtTheCap_whenAnotherAddressAsks_thenItIsAdmitted() {
        create(CLIENT);
        create(CLIENT);

        assertThat(create(OTHER_CLIENT)).isNotNull();
    }

    @Test
    void givenAWaitingGameWhoseComputerDidNotJoin_whenTheClientAsksAgain_thenTheWaitingGameCounts() {
        create(CLIENT);
        quota.admit(CLIENT, "waiting", () -> games.put("waiting", GameStatus.WAITING));

        assertThatThrownBy(() -> create(CLIENT)).isInstanceOf(ApiProblem.class);
    }

    @Test
    void givenACreationThatFailedBeforeStoringItsGame_whenTheClientAsksAgain_thenTheUnknownGameDoesNotCount() {
        create(CLIENT);
        assertThatThrownBy(() -> quota.admit(CLIENT, "never-stored", () -> {
            throw new IllegalStateException("the database is down");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(create(CLIENT)).isNotNull();
    }

    @Test
    void givenAGameCreatedOutsideTheQuota_whenTheClientAsks_thenOnlyTheGamesItAdmittedCount() {
        games.put("between-people", GameStatus.ACTIVE);
        create(CLIENT);

        assertThat(create(CLIENT)).isNotNull();
    }

    @Test
    void givenManyConcurrentCreationsFromOneAddress_whenTheyAreDone_thenExactlyTheCapWasAdmitted() throws Exception {
        ComputerGameQuota four = new ComputerGameQuota(4, gameId -> Optional.ofNullable(games.get(gameId)));
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 200; i++) {
                String gameId = "game-" + i;
                answers.add(threads.submit(() -> admitted(four, gameId)));
            }
        }
        long admitted = 0;
        for (Future<Boolean> answer : answers) {
            admitted += answer.get() ? 1 : 0;
        }

        assertThat(admitted).isEqualTo(4);
        assertThat(games).hasSize(4);
    }

    @Test
    void aQuotaOfNoGamesIsRefused() {
        assertThatThrownBy(() -> new ComputerGameQuota(0, gameId -> Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A computer game of {@code client}, admitted by the quota and active from then on; its id. */
    private String create(String client) {
        String gameId = "game-" + ids.incrementAndGet();
        return quota.admit(client, gameId, () -> {
            games.put(gameId, GameStatus.ACTIVE);
            return gameId;
        });
    }

    /** Whether {@code capped} let one creation of {@link #CLIENT} through; it takes a moment, as a real one does. */
    private boolean admitted(ComputerGameQuota capped, String gameId) {
        try {
            capped.admit(CLIENT, gameId, () -> {
                pause();
                return games.put(gameId, GameStatus.ACTIVE);
            });
            return true;
        } catch (ApiProblem refused) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
