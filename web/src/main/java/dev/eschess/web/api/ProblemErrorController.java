package dev.eschess.web.api;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replaces Boot's whitelabel and JSON error page: errors that happen outside Spring MVC (in filters, in the
 * servlet container) are answered with a problem as well. Its presence switches off Boot's error controller.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<Problem> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int code = status instanceof Integer number ? number : 500;
        ProblemCode problem = ProblemCode.forStatus(code);
        String path = uri instanceof String text ? text : request.getRequestURI();
        String detail = problem == ProblemCode.INTERNAL_ERROR
                ? "an unexpected error occurred; it has been logged"
                : "the request to " + path + " could not be handled";
        return ProblemResponses.of(problem, detail, path);
    }
}
