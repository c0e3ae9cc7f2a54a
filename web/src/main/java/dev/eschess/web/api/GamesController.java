package dev.eschess.web.api;

import dev.eschess.web.api.GameCommandService.Action;
import dev.eschess.web.live.GameStreams;
import dev.eschess.web.port.FoldedGame;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.view.EventRenderer;
import dev.eschess.web.view.EventView;
import dev.eschess.web.view.GameRenderer;
import dev.eschess.web.view.GameView;
import dev.eschess.web.view.PgnExport;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The game resources under {@code /api/games/{gameId}} and game creation (issue 6). */
@RestController
@RequestMapping("/api/games")
public class GamesController {

    /** The media type of PGN downloads. */
    public static final String PGN = "application/x-chess-pgn";
    /** The largest page of {@code /events} one request may ask for with {@code limit}. */
    static final int MAX_EVENTS_PAGE = 1000;

    private final GameCommandService commands;
    private final GameEngine engine;
    private final GameRenderer renderer;
    private final PgnExport pgn;
    private final GameStreams streams;
    private final ClientRateLimit creations;

    public GamesController(GameCommandService commands, GameEngine engine, GameRenderer renderer, PgnExport pgn,
                           GameStreams streams, ClientRateLimit creations) {
        this.commands = commands;
        this.engine = engine;
        this.renderer = renderer;
        this.pgn = pgn;
        this.streams = streams;
        this.creations = creations;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeatResponse> create(@RequestBody(required = false) Requests.CreateGame body,
                                        HttpServletRequest request) {
        // The rate limit first, so that a request the computer-game quota refuses takes a token too: each such check
        // reads the client's games, and the limit bounds how often one client can make the server read them.
        creations.take(request.getRemoteAddr());
        SeatResponse seat = commands.create(body == null ? Requests.CreateGame.empty() : body,
                request.getRemoteAddr());
        return seated(seat);
    }

    @PostMapping(path = "/{gameId}/players", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SeatResponse> join(@PathVariable String gameId,
                                      @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                      @RequestBody(required = false) Requests.JoinGame body,
                                      HttpServletRequest request) {
        creations.take(request.getRemoteAddr());
        return seated(commands.join(gameId, Headers.bearer(authorization),
                body == null ? new Requests.JoinGame(null) : body));
    }

    // tag::tour-if-match[]
    @PostMapping(path = "/{gameId}/moves", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> move(@PathVariable String gameId,
                                  @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                  @RequestBody(required = false) Requests.MakeMove body) {
        Requests.MakeMove move = body == null ? new Requests.MakeMove(null, null) : body;
        return viewed(commands.move(gameId, Headers.bearer(authorization), Headers.ifMatch(ifMatch), move));
    }
    // end::tour-if-match[]

    @PostMapping(path = "/{gameId}/resign", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> resign(@PathVariable String gameId,
                                    @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                    @RequestBody(required = false) Requests.Action body) {
        return act(gameId, Action.RESIGN, authorization, ifMatch, body);
    }

    @PostMapping(path = "/{gameId}/draw-offer", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> offerDraw(@PathVariable String gameId,
                                       @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) Requests.Action body) {
        return act(gameId, Action.OFFER_DRAW, authorization, ifMatch, body);
    }

    @PostMapping(path = "/{gameId}/draw-accept", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> acceptDraw(@PathVariable String gameId,
                                        @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @RequestBody(required = false) Requests.Action body) {
        return act(gameId, Action.ACCEPT_DRAW, authorization, ifMatch, body);
    }

    @PostMapping(path = "/{gameId}/draw-decline", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> declineDraw(@PathVariable String gameId,
                                         @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                         @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                         @RequestBody(required = false) Requests.Action body) {
        return act(gameId, Action.DECLINE_DRAW, authorization, ifMatch, body);
    }

    @PostMapping(path = "/{gameId}/draw-claim", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> claimDraw(@PathVariable String gameId,
                                       @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @RequestBody(required = false) Requests.Action body) {
        return act(gameId, Action.CLAIM_DRAW, authorization, ifMatch, body);
    }

    @PostMapping(path = "/{gameId}/abort", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> abort(@PathVariable String gameId,
                                   @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                   @RequestBody(required = false) Requests.Action body) {
        return act(gameId, Action.ABORT, authorization, ifMatch, body);
    }

    @GetMapping(path = "/{gameId}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<GameView> game(@PathVariable String gameId,
                                  @RequestParam(required = false) @Min(1) Long atVersion) {
        FoldedGame current = existing(gameId);
        if (atVersion == null || atVersion == current.version()) {
            return viewed(renderer.view(current.state(), current.version()));
        }
        if (atVersion > current.version()) {
            throw new ApiProblem(ProblemCode.MALFORMED_REQUEST,
                    "game " + gameId + " has only " + current.version() + " events, not " + atVersion);
        }
        // The variant's own time travel: nearest snapshot plus the events after it.
        FoldedGame past = engine.at(gameId, atVersion).orElseThrow(() -> new IllegalStateException(
                "game " + gameId + " is at version " + current.version() + " but has no version " + atVersion));
        return viewed(renderer.view(past.state(), past.version()));
    }

    /**
     * The game's events in version order: all of them, or with {@code after} and {@code limit} one page, so that
     * a client that holds the first N events fetches only the ones after them.
     */
    @GetMapping(path = "/{gameId}/events", produces = MediaType.APPLICATION_JSON_VALUE)
    List<EventView> events(@PathVariable String gameId,
                           @RequestParam(required = false) @Min(0) Long after,
                           @RequestParam(required = false) @Min(1) @Max(MAX_EVENTS_PAGE) Integer limit) {
        long from = after == null ? 0 : after;
        List<RecordedGameEvent> events = engine.events(gameId, from, limit == null ? Integer.MAX_VALUE : limit);
        if (events.isEmpty()) {
            existing(gameId);
        }
        return events.stream().map(EventRenderer::render).toList();
    }

    @GetMapping(path = "/{gameId}/pgn", produces = PGN)
    ResponseEntity<String> pgn(@PathVariable String gameId) {
        FoldedGame current = existing(gameId);
        RecordedGameEvent first = engine.events(gameId, 0, 1).getFirst();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(PGN))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + gameId + ".pgn\"")
                .body(pgn.pgn(current.state(), first));
    }

    @GetMapping(path = "/{gameId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@PathVariable String gameId, HttpServletRequest request) {
        existing(gameId);
        // The connection's peer; behind a reverse proxy, server.forward-headers-strategy=native makes it the client.
        return streams.open(gameId, request.getRemoteAddr());
    }

    private ResponseEntity<GameView> act(String gameId, Action action, String authorization, String ifMatch,
                                         Requests.Action body) {
        return viewed(commands.act(gameId, action, Headers.bearer(authorization), Headers.ifMatch(ifMatch),
                body == null ? new Requests.Action(null) : body));
    }

    /** The answer that carries the seat's token: no browser or proxy may keep a copy of it. */
    private static ResponseEntity<SeatResponse> seated(SeatResponse seat) {
        return ResponseEntity.created(URI.create("/api/games/" + seat.gameId()))
                .cacheControl(CacheControl.noStore())
                .eTag(Headers.etag(seat.game().version()))
                .body(seat);
    }

    private static ResponseEntity<GameView> viewed(GameView view) {
        return ResponseEntity.ok().eTag(Headers.etag(view.version())).body(view);
    }

    private FoldedGame existing(String gameId) {
        return engine.current(gameId)
                .orElseThrow(() -> new ApiProblem(ProblemCode.GAME_NOT_FOUND, "there is no game " + gameId));
    }
}
