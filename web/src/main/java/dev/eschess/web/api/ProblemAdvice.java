package dev.eschess.web.api;

import dev.eschess.web.live.TooManyStreams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure inside Spring MVC into a problem response: the API's own {@link ApiProblem}s and the
 * framework's exceptions for what a client can get wrong. Nothing a client sends ends in a 500 or a stack trace;
 * a genuine server fault is logged here and answered with a bare {@code internal-error}.
 */
@RestControllerAdvice
public class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Problem> apiProblem(ApiProblem problem, HttpServletRequest request) {
        return ProblemResponses.of(problem.code(), problem.getMessage(), request.getRequestURI());
    }

    /** A stream too many: 503 with the wait in {@code Retry-After}, and the connection closed behind the answer. */
    @ExceptionHandler(TooManyStreams.class)
    ResponseEntity<Problem> tooManyStreams(TooManyStreams refused, HttpServletRequest request) {
        return ProblemResponses.retryAfter(ProblemCode.TOO_MANY_STREAMS, refused.getMessage(), request.getRequestURI(),
                refused.retryAfter(), HttpHeaders.CONNECTION, "close");
    }

    /** Past the rate limit: 429 with the wait in {@code Retry-After}. */
    @ExceptionHandler(ClientRateLimit.RateLimited.class)
    ResponseEntity<Problem> rateLimited(ClientRateLimit.RateLimited refused, HttpServletRequest request) {
        return ProblemResponses.retryAfter(ProblemCode.TOO_MANY_REQUESTS, refused.getMessage(),
                request.getRequestURI(), refused.retryAfter());
    }

    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Problem> tooLarge(BodyTooLargeException e, HttpServletRequest request) {
        return ProblemResponses.of(ProblemCode.PAYLOAD_TOO_LARGE, e.getMessage(), request.getRequestURI());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Problem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return tooLarge(tooLarge, request);
            }
        }
        return ProblemResponses.of(ProblemCode.MALFORMED_REQUEST,
                "the body is not the JSON this resource expects", request.getRequestURI());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Problem> unsupportedType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return ProblemResponses.of(ProblemCode.UNSUPPORTED_MEDIA_TYPE,
                "send the body as application/json, not " + e.getContentType(), request.getRequestURI());
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<Problem> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        return ProblemResponses.of(ProblemCode.NOT_ACCEPTABLE, "supported: " + e.getSupportedMediaTypes(),
                request.getRequestURI());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Problem> wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        ResponseEntity<Problem> problem = ProblemResponses.of(ProblemCode.METHOD_NOT_ALLOWED,
                request.getMethod() + " is not supported here", request.getRequestURI());
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(problem.getHeaders());
        if (e.getSupportedHttpMethods() != null) {
            headers.setAllow(e.getSupportedHttpMethods());
        }
        return new ResponseEntity<>(problem.getBody(), headers, problem.getStatusCode());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<Problem> noSuchResource(Exception e, HttpServletRequest request) {
        return ProblemResponses.of(ProblemCode.NOT_FOUND, "no resource at " + request.getRequestURI(),
                request.getRequestURI());
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HandlerMethodValidationException.class, MethodArgumentNotValidException.class,
            ServletRequestBindingException.class})
    ResponseEntity<Problem> badParameter(Exception e, HttpServletRequest request) {
        String detail = e instanceof MethodArgumentTypeMismatchException mismatch
                ? "parameter '" + mismatch.getName() + "' has an unreadable value"
                : "a parameter is missing or out of range";
        return ProblemResponses.of(ProblemCode.MALFORMED_REQUEST, detail, request.getRequestURI());
    }

    @ExceptionHandler(AsyncRequestTimeoutException.class)
    void streamTimedOut() {
        // An event stream reached its timeout; the client reconnects. The response is already committed.
    }

    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void clientWentAway(AsyncRequestNotUsableException e) {
        // The client closed an event stream (or any response) while it was written: nobody to answer.
        log.debug("client went away: {}", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Problem> fault(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        if (response.isCommitted()) {
            return null;
        }
        return ProblemResponses.of(ProblemCode.INTERNAL_ERROR, "an unexpected error occurred; it has been logged",
                request.getRequestURI());
    }
}
