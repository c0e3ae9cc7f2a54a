package dev.eschess.web.api;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds problem responses with the {@code application/problem+json} content type preset, whatever was accepted. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static ResponseEntity<Problem> of(ProblemCode code, String detail, String path) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (code == ProblemCode.UNAUTHORIZED) {
            // RFC 6750: a 401 names the scheme the client should use.
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return response.body(Problem.of(code, detail, path));
    }
}
