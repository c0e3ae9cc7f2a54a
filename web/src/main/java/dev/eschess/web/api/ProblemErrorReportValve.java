package dev.eschess.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

/**
 * Answers what Tomcat refuses before any servlet runs (an encoded slash or NUL in the path, headers over the size
 * limit, a CONNECT) with a problem instead of Tomcat's HTML page. It never shows Tomcat's message or a stack trace.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    // Jackson's defaults suffice for a record of strings and an int, and this valve exists before Spring's mapper.
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        // The same guards as Tomcat's page: only an error nobody answered yet, on a connection that can still write.
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemCode code = ProblemCode.forStatus(response.getStatus());
        // No instance: the path of such a request is what could not be read, and is not echoed back.
        String body = json(Problem.of(code, detail(code), null));
        try {
            response.setStatus(code.status().value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
            SecurityHeadersFilter.addTo(response, SecurityHeadersFilter.UI_POLICY);
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the answer was committed after all: there is nobody left to tell.
        }
    }

    private static String detail(ProblemCode code) {
        return code == ProblemCode.MALFORMED_REQUEST
                ? "the request line, path or headers could not be read, or are too large"
                : "the request was refused before it reached the application";
    }

    private static String json(Problem problem) {
        try {
            return JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
