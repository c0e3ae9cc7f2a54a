package dev.eschess.web.api;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the request headers the API understands: {@code Authorization: Bearer} and {@code If-Match}. */
final class Headers {

    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+(\\S+)\\s*");
    private static final Pattern VERSION_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");

    private Headers() {
    }

    /** The bearer token, if the header carries one; anything else counts as no token (and gets 401). */
    static Optional<String> bearer(String authorization) {
        if (authorization == null) {
            return Optional.empty();
        }
        Matcher matcher = BEARER.matcher(authorization.trim());
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The version pinned by {@code If-Match: "<version>"}; {@code *} or no header pins nothing. */
    static Optional<Long> ifMatch(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return Optional.empty();
        }
        Matcher matcher = VERSION_TAG.matcher(header.trim());
        if (!matcher.matches()) {
            throw new ApiProblem(ProblemCode.MALFORMED_REQUEST,
                    "If-Match must be one entity tag such as \"7\", the version of the game the command is for");
        }
        return Optional.of(Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2)));
    }

    /** The entity tag of a game version. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
