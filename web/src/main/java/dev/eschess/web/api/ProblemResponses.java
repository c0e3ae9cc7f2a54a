package dev.eschess.web.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds problem responses with the {@code application/problem+json} content type preset, whatever was accepted. */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static ResponseEntity<Problem> of(ProblemCode code, String detail, String path) {
        return ResponseEntity.status(code.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problem.of(code, detail, path));
    }
}
