package dev.eschess.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void ifMatchReadsAQuotedWeakOrBareVersion() {
        assertThat(Headers.ifMatch("\"7\"")).contains(7L);
        assertThat(Headers.ifMatch("W/\"7\"")).contains(7L);
        assertThat(Headers.ifMatch(" 12 ")).contains(12L);
    }

    @Test
    void ifMatchWithoutValueOrStarPinsNothing() {
        assertThat(Headers.ifMatch(null)).isEmpty();
        assertThat(Headers.ifMatch("*")).isEmpty();
    }

    @Test
    void anUnreadableIfMatchIsMalformed() {
        assertThatThrownBy(() -> Headers.ifMatch("\"seven\""))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.code()).isEqualTo(ProblemCode.MALFORMED_REQUEST));
        assertThatThrownBy(() -> Headers.ifMatch("\"1\", \"2\"")).isInstanceOf(ApiProblem.class);
    }

    @Test
    void bearerReadsTheTokenOfABearerHeaderOnly() {
        assertThat(Headers.bearer("Bearer abc-_1")).contains("abc-_1");
        assertThat(Headers.bearer("bearer abc")).contains("abc");
        assertThat(Headers.bearer("Basic abc")).isEmpty();
        assertThat(Headers.bearer("Bearer")).isEmpty();
        assertThat(Headers.bearer(null)).isEmpty();
    }
}
