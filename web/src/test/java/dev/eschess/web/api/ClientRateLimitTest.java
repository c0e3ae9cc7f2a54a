package dev.eschess.web.api;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    private final ManualClock clock = new ManualClock();
    private final ClientRateLimit limit = new ClientRateLimit(3, 60, clock);

    @Test
    void givenAClientThatUsedItsBurst_whenItAsksAgain_thenItIsRefusedWithTheTimeToWait() {
        for (int i = 0; i < 3; i++) {
            limit.take("192.0.2.1");
        }

        assertThatThrownBy(() -> limit.take("192.0.2.1")).isInstanceOfSatisfying(ClientRateLimit.RateLimited.class,
                refused -> Assertions.assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1)));
    }

    @Test
    void givenARefusedClient_whenTheWaitHasPassed_thenItMayAgain() {
        for (int i = 0; i < 3; i++) {
            limit.take("192.0.2.1");
        }

        clock.advance(Duration.ofSeconds(1));

        assertThatCode(() -> limit.take("192.0.2.1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> limit.take("192.0.2.1")).isInstanceOf(ClientRateLimit.RateLimited.class);
    }

    @Test
    void givenOneClientAtItsLimit_whenAnotherAsks_thenTheOtherHasItsOwnBucket() {
        for (int i = 0; i < 3; i++) {
            limit.take("192.0.2.1");
        }

        assertThatCode(() -> limit.take("198.51.100.7")).doesNotThrowAnyException();
    }

    /** Bucket4j's clock, moved by the test. */
    private static final class ManualClock implements TimeMeter {
        private long nanos;

        void advance(Duration duration) {
            nanos += duration.toNanos();
        }

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
