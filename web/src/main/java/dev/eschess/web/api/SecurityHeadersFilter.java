package dev.eschess.web.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the browser security headers on every answer: a Content Security Policy, {@code nosniff} and no referrer.
 * They are set before the request is handled, so that error answers and streams carry them as well.
 */
public final class SecurityHeadersFilter extends OncePerRequestFilter {

    /**
     * The policy of the UI and of every other answer. Scripts, styles, images, the event stream and fetches come
     * from this origin only; nothing inline runs. The one concession is {@code style-src-attr}: cm-chessboard sizes
     * the board's coordinates and moves the dragged piece with {@code style} attributes, and a style attribute can
     * run no script. {@code <style>} elements stay forbidden.
     */
    public static final String UI_POLICY = "default-src 'self'; style-src-attr 'unsafe-inline'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The policy of Swagger UI (springdoc's {@code /swagger-ui.html} and {@code /swagger-ui/...}): its scripts are
     * files of this origin too, but its stylesheet draws icons from {@code data:} images and React sets inline
     * styles. It gets a policy of its own so that the game's UI does not have to allow the same.
     */
    public static final String SWAGGER_UI_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // The decoded, normalized path: "/swagger-ui/../game.html" is the game page and gets the game page's policy.
        String path = request.getServletPath() + Objects.toString(request.getPathInfo(), "");
        addTo(response, isSwaggerUi(path) ? SWAGGER_UI_POLICY : UI_POLICY);
        chain.doFilter(request, response);
    }

    // Errors are answered in an error dispatch that may follow a reset response; the headers must be there too.
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    /** Sets the headers on an answer, with {@code policy} as its Content Security Policy. */
    public static void addTo(HttpServletResponse response, String policy) {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
    }

    private static boolean isSwaggerUi(String path) {
        return path.equals("/swagger-ui.html") || path.startsWith("/swagger-ui/");
    }
}
