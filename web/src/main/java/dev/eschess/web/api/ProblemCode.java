package dev.eschess.web.api;

import org.springframework.http.HttpStatus;

/**
 * Every error the API answers with: its HTTP status, a short title and the stable {@code code} member of the
 * problem details (RFC 9457). Clients switch on {@link #code()}; titles are for people.
 */
public enum ProblemCode {
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "The request is malformed"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "A valid player token for this game is required"),
    GAME_NOT_FOUND(HttpStatus.NOT_FOUND, "game-not-found", "There is no such game"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "There is no such resource"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "The resource does not support this method"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "The resource cannot produce an accepted media type"),
    NOT_YOUR_TURN(HttpStatus.CONFLICT, "not-your-turn", "It is not your turn"),
    GAME_NOT_ACTIVE(HttpStatus.CONFLICT, "game-not-active", "The game is not in a state that allows this"),
    GAME_FULL(HttpStatus.CONFLICT, "game-full", "Both seats are taken"),
    ALREADY_SEATED(HttpStatus.CONFLICT, "already-seated", "You already have a seat in this game"),
    NO_DRAW_OFFER(HttpStatus.CONFLICT, "no-draw-offer", "No draw offer is pending"),
    DRAW_ALREADY_OFFERED(HttpStatus.CONFLICT, "draw-already-offered", "A draw offer is already pending"),
    OWN_DRAW_OFFER(HttpStatus.CONFLICT, "own-draw-offer", "You cannot answer your own draw offer"),
    DRAW_OFFER_NEEDS_A_MOVE(HttpStatus.CONFLICT, "draw-offer-needs-a-move",
            "You have offered a draw since your last move"),
    GAME_TOO_LONG(HttpStatus.CONFLICT, "game-too-long", "The game has reached its limit of events"),
    OUT_OF_TIME(HttpStatus.CONFLICT, "out-of-time", "Your time ran out before the move: the game is over"),
    TIME_REMAINS(HttpStatus.CONFLICT, "time-remains", "The side to move still has time"),
    VERSION_CONFLICT(HttpStatus.CONFLICT, "version-conflict", "The game changed concurrently; try again"),
    VERSION_MISMATCH(HttpStatus.PRECONDITION_FAILED, "version-mismatch", "The game is not at the version in If-Match"),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The request body is too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Request bodies must be JSON"),
    ILLEGAL_MOVE(HttpStatus.UNPROCESSABLE_ENTITY, "illegal-move", "The move is not legal in this position"),
    INVALID_POSITION(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-position", "The position breaks the rules of chess"),
    DRAW_CLAIM_NOT_AVAILABLE(HttpStatus.UNPROCESSABLE_ENTITY, "draw-claim-not-available", "No draw can be claimed now"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The server failed unexpectedly"),
    NOT_IMPLEMENTED(HttpStatus.NOT_IMPLEMENTED, "not-implemented", "The server does not support this request"),
    SERVICE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "The server cannot take requests now"),
    TOO_MANY_STREAMS(HttpStatus.SERVICE_UNAVAILABLE, "too-many-streams", "Too many live streams are open"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
            "Too many games created or joined from this address"),
    TOO_MANY_COMPUTER_GAMES(HttpStatus.TOO_MANY_REQUESTS, "too-many-computer-games",
            "Too many unfinished games against the computer from this address");

    /** The prefix of every problem {@code type}: a URN, since the problem types have no web page. */
    public static final String TYPE_PREFIX = "urn:eschess:problem:";

    private final HttpStatus status;
    private final String code;
    private final String title;

    ProblemCode(HttpStatus status, String code, String title) {
        this.status = status;
        this.code = code;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    /** The stable code, e.g. {@code not-your-turn}. */
    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    /** The problem type URI, e.g. {@code urn:eschess:problem:not-your-turn}. */
    public String type() {
        return TYPE_PREFIX + code;
    }

    /**
     * The code for an HTTP error status that reached the servlet container's error page or its error report valve
     * (requests Tomcat refused before Spring saw them: a CONNECT or an unknown HTTP version is 501, a paused
     * connector 503, and every malformed request line, path or header 400).
     */
    public static ProblemCode forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 501, 505 -> NOT_IMPLEMENTED;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? MALFORMED_REQUEST : INTERNAL_ERROR;
        };
    }
}
