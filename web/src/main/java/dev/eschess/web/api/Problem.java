package dev.eschess.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response, {@code application/problem+json} (RFC 9457) with the extension member
 * {@code code}.
 *
 * @param type     {@code urn:eschess:problem:<code>}
 * @param title    a short summary of the problem type
 * @param status   the HTTP status
 * @param detail   what went wrong with this request, for people
 * @param code     the stable code clients switch on
 * @param instance the request path
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, String instance) {

    /** The problem for a code. */
    public static Problem of(ProblemCode code, String detail, String instance) {
        return new Problem(code.type(), code.title(), code.status().value(), detail, code.code(), instance);
    }
}
