package dev.eschess.web.api;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds problem responses with the {@code application/problem+json} content type preset, whatever was accepted. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static ResponseEntity<Problem> of(ProblemCode code, String detail, String path) {
        return builder(code).body(Problem.of(code, detail, path));
    }

    /**
     * A problem that tells the client when to try again ({@code Retry-After}, whole seconds rounded up), with more
     * headers given as name, value pairs.
     */
    static ResponseEntity<Problem> retryAfter(ProblemCode code, String detail, String path, Duration wait,
                                              String... headers) {
        ResponseEntity.BodyBuilder response = builder(code)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(wholeSeconds(wait)));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.header(headers[i], headers[i + 1]);
        }
        return response.body(Problem.of(code, detail, path));
    }

    /** A wait in whole seconds, rounded up and at least one, as {@code Retry-After} and messages give it. */
    static long wholeSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private static ResponseEntity.BodyBuilder builder(ProblemCode code) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (code == ProblemCode.UNAUTHORIZED) {
            // RFC 6750: a 401 names the scheme the client should use.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response;
    }
}
