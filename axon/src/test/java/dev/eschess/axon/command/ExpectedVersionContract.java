package dev.eschess.axon.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eschess.axon.support.Games;
import dev.eschess.axon.timetravel.AxonGameHistory;
import dev.eschess.game.GameRejection;
import dev.eschess.game.RejectionReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A caller-pinned version (HTTP If-Match) reaches Axon; a mismatch is a typed conflict and stores nothing. */
abstract class ExpectedVersionContract {

    @Autowired
    AxonGameCommands commands;
    @Autowired
    AxonGameHistory history;

    @Test
    void aMoveAtThePinnedCurrentVersionIsApplied() {
        Games games = new Games(commands);
        String gameId = games.started();

        ExecutedCommand outcome = games.move(gameId, Games.WHITE, "e4", SendOptions.none().expecting(2));

        assertThat(outcome.version()).isEqualTo(3);
    }

    @Test
    void aMovePinnedToAnOlderVersionIsAConflictAndStoresNothing() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, "e4");

        assertThatThrownBy(() -> games.move(gameId, Games.BLACK, "e5", SendOptions.none().expecting(2)))
                .isInstanceOfSatisfying(WriteConflict.class, conflict -> {
                    assertThat(conflict.kind()).isEqualTo(WriteConflict.Kind.STALE_EXPECTED_VERSION);
                    assertThat(conflict.expectedVersion()).contains(2L);
                    assertThat(conflict.actualVersion()).isEqualTo(3);
                });
        assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSize(3);
    }

    @Test
    void aStaleVersionIsReportedEvenWhenTheCommandWouldAlsoBeRejected() {
        Games games = new Games(commands);
        String gameId = games.started();
        games.play(gameId, "e4");

        // white is not to move any more; the stale version is what the caller needs to hear about first
        assertThatThrownBy(() -> games.move(gameId, Games.WHITE, "d4", SendOptions.none().expecting(2)))
                .isInstanceOf(WriteConflict.class);
    }

    @Test
    void aMovePinnedToAVersionTheGameHasNotReachedIsAConflict() {
        Games games = new Games(commands);
        String gameId = games.started();

        assertThatThrownBy(() -> games.move(gameId, Games.WHITE, "e4", SendOptions.none().expecting(7)))
                .isInstanceOfSatisfying(WriteConflict.class, conflict ->
                        assertThat(conflict.actualVersion()).isEqualTo(2));
        assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSize(2);
    }

    @Test
    void aRejectedCommandIsStillAGameRejectionWhenItsVersionMatches() {
        Games games = new Games(commands);
        String gameId = games.started();

        assertThatThrownBy(() -> games.move(gameId, Games.BLACK, "e5", SendOptions.none().expecting(2)))
                .isInstanceOfSatisfying(GameRejection.class, rejection ->
                        assertThat(rejection.reason()).isEqualTo(RejectionReason.NOT_YOUR_TURN));
    }

    @Test
    void aCommandForAGameThatDoesNotExistIsRejectedAsGameNotFound() {
        Games games = new Games(commands);

        assertThatThrownBy(() -> games.move(Games.newGameId(), Games.WHITE, "e4", SendOptions.none()))
                .isInstanceOfSatisfying(GameRejection.class, rejection ->
                        assertThat(rejection.reason()).isEqualTo(RejectionReason.GAME_NOT_FOUND));
    }

    @Test
    void ofEightMovesRacingAtTheSamePinnedVersionExactlyOneIsStored() throws Exception {
        Games games = new Games(commands);
        String gameId = games.started();
        List<String> moves = List.of("e4", "d4", "c4", "Nf3", "Nc3", "g3", "b3", "f4");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(moves.size());
        try {
            List<Future<Optional<ExecutedCommand>>> results = new ArrayList<>();
            for (String move : moves) {
                Callable<Optional<ExecutedCommand>> attempt = () -> {
                    start.await();
                    try {
                        return Optional.of(games.move(gameId, Games.WHITE, move, SendOptions.none().expecting(2)));
                    } catch (WriteConflict conflict) {
                        return Optional.empty();
                    }
                };
                results.add(pool.submit(attempt));
            }
            start.countDown();
            long winners = 0;
            for (Future<Optional<ExecutedCommand>> result : results) {
                winners += result.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
            }

            assertThat(winners).isEqualTo(1);
            assertThat(history.events(gameId, 1, Long.MAX_VALUE)).hasSize(3);
        } finally {
            pool.shutdownNow();
        }
    }
}
