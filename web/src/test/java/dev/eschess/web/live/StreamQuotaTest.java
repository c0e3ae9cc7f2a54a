package dev.eschess.web.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class StreamQuotaTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Test
    void givenAClientAtItsLimit_whenItAsksForOneMore_thenItGetsNoneButAnotherClientDoes() {
        StreamQuota quota = new StreamQuota(2, 10, WAIT);
        quota.take("a").orElseThrow();
        quota.take("a").orElseThrow();

        assertThat(quota.take("a")).isEmpty();
        assertThat(quota.take("b")).isPresent();
        assertThat(quota.heldBy("a")).isEqualTo(2);
        assertThat(quota.held()).isEqualTo(3);
    }

    @Test
    void givenTheTotalIsReached_whenANewClientAsks_thenItGetsNone() {
        StreamQuota quota = new StreamQuota(2, 3, WAIT);
        quota.take("a").orElseThrow();
        quota.take("b").orElseThrow();
        quota.take("c").orElseThrow();

        assertThat(quota.take("d")).isEmpty();
        assertThat(quota.heldBy("d")).isZero();
    }

    @Test
    void givenATicketGivenBackTwice_whenCounting_thenItCountsOnce() {
        StreamQuota quota = new StreamQuota(1, 10, WAIT);
        StreamQuota.Ticket ticket = quota.take("a").orElseThrow();
        quota.take("b").orElseThrow();

        ticket.giveBack();
        ticket.giveBack();

        assertThat(quota.heldBy("a")).isZero();
        assertThat(quota.held()).isEqualTo(1);
        assertThat(quota.take("a")).isPresent();
    }

    @Test
    void givenManyThreadsAskingAtOnce_whenTheyAreDone_thenNoMoreThanTheLimitsWereGranted() throws Exception {
        StreamQuota quota = new StreamQuota(5, 12, WAIT);
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 400; i++) {
                String client = "client-" + (i % 4);
                answers.add(threads.submit(() -> quota.take(client).isPresent()));
            }
        }
        long granted = 0;
        for (Future<Boolean> answer : answers) {
            granted += answer.get() ? 1 : 0;
        }

        assertThat(granted).isEqualTo(12);
        assertThat(quota.held()).isEqualTo(12);
        for (int c = 0; c < 4; c++) {
            assertThat(quota.heldBy("client-" + c)).isLessThanOrEqualTo(5);
        }
    }

    @Test
    void aQuotaWhoseTotalIsBelowThePerClientLimitIsRefused() {
        assertThatThrownBy(() -> new StreamQuota(5, 4, WAIT)).isInstanceOf(IllegalArgumentException.class);
    }
}
