package dev.eschess.web.api;

import java.util.Objects;

/** An answer the API gives as a problem response: thrown by controllers, rendered by {@link ProblemAdvice}. */
public final class ApiProblem extends RuntimeException {

    private final ProblemCode code;

    public ApiProblem(ProblemCode code, String detail) {
        super(detail, null, false, false);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ProblemCode code() {
        return code;
    }
}
