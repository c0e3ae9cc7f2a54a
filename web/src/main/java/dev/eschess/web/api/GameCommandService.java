package dev.eschess.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.eschess.chess.Color;
import dev.eschess.engine.level.Level;
import dev.eschess.engine.opponent.ComputerSeat;
import dev.eschess.game.RejectionReason;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import dev.eschess.web.live.GameStreams;
import dev.eschess.web.port.CommandOptions;
import dev.eschess.web.port.CommandOutcome;
import dev.eschess.web.port.GameEngine;
import dev.eschess.web.port.RecordedGameEvent;
import dev.eschess.web.seat.PlayerTokens;
import dev.eschess.web.seat.SeatStore;
import dev.eschess.web.seat.SeatedPlayer;
import dev.eschess.web.view.GameRenderer;
import dev.eschess.web.view.GameView;
import dev.eschess.web.view.WireNames;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the API does for each command: mint ids and tokens, authenticate the seat, build the shared command with
 * the request time, run it through the {@link GameEngine} and turn the outcome into a view or a problem.
 */
public final class GameCommandService {

    /** The name of a player who gave none. */
    public static final String DEFAULT_NAME = "Anonymous";
    /** The command id of the computer's join, followed by the game id: a game is joined by its computer once. */
    public static final String COMPUTER_JOIN_PREFIX = "computer-join-";
    private static final Logger log = LoggerFactory.getLogger(GameCommandService.class);
    private static final int MAX_COMMAND_ID_LENGTH = 100;

    /** The game commands a seated player sends, one per resource under {@code /api/games/{id}/}. */
    public enum Action { RESIGN, OFFER_DRAW, ACCEPT_DRAW, DECLINE_DRAW, CLAIM_DRAW, ABORT }

    private final GameEngine engine;
    private final SeatStore seats;
    private final PlayerTokens tokens;
    private final GameRenderer renderer;
    private final GameStreams streams;
    private final ComputerGameQuota computerGames;
    private final Clock clock;

    public GameCommandService(GameEngine engine, SeatStore seats, PlayerTokens tokens, GameRenderer renderer,
                              GameStreams streams, ComputerGameQuota computerGames, Clock clock) {
        this.engine = engine;
        this.seats = seats;
        this.tokens = tokens;
        this.renderer = renderer;
        this.streams = streams;
        this.computerGames = computerGames;
        this.clock = clock;
    }

    /**
     * Creates a game and seats its creator; the seat is stored in the transaction of the game's first event. With a
     * computer opponent, the computer then takes the other seat before the answer (issue 16), if {@code client} has
     * fewer unfinished games against the computer than its {@link ComputerGameQuota} allows.
     */
    public SeatResponse create(Requests.CreateGame body, String client) {
        String name = playerName(body.playerName());
        Color color = creatorColor(body.color());
        Optional<ComputerSeat> computer = computerOpponent(body.opponent());
        String gameId = tokens.newId();
        String playerId = tokens.newId();
        String token = tokens.newToken();
        Instant now = clock.instant();
        CreateGame command = new CreateGame(gameId, playerId, name, color, Optional.ofNullable(body.fen()),
                timeControl(body.clock()), now);
        // Only the computer's thinking threads need a cap; games between people are bounded by the rate limit alone.
        if (computer.isEmpty()) {
            return seat(command, token, stored(command, token));
        }
        return computerGames.admit(client, gameId,
                () -> seat(command, token, seatComputer(gameId, computer.get(), stored(command, token))));
    }

    /** Stores the new game with its creator's seat, and answers the view of it, waiting for an opponent. */
    private GameView stored(CreateGame command, String token) {
        String gameId = command.gameId();
        return view(gameId, engine.execute(command, CommandOptions.none(), (connection, appended) -> seats.add(
                connection, gameId, command.color(), command.playerId(), token, command.requestedAt())));
    }

    private static SeatResponse seat(CreateGame command, String token, GameView view) {
        return new SeatResponse(command.gameId(), WireNames.color(command.color()), token, view);
    }

    /**
     * The computer joins the created game with an ordinary {@code JoinGame} under its own player id. No seat row is
     * written for it, so no token opens its seat: only the variant's process manager plays it, reacting to the events.
     *
     * <p>If the join fails (refused, or a fault of the store), the game has been created and the creator's token is in
     * this answer; refusing the whole request would strand that game with no one able to play or abort it. So the
     * failure is logged and the answer shows the game as it is, waiting, and the expiry of waiting games ends it.
     */
    private GameView seatComputer(String gameId, ComputerSeat computer, GameView created) {
        JoinGame join = new JoinGame(gameId, computer.playerId(), computer.playerName(), clock.instant());
        CommandOptions once = new CommandOptions(Optional.empty(), Optional.of(COMPUTER_JOIN_PREFIX + gameId));
        CommandOutcome outcome;
        try {
            outcome = engine.execute(join, once);
        } catch (RuntimeException fault) {
            log.warn("the computer could not join game {}; it waits for a person until it expires", gameId, fault);
            return created;
        }
        return switch (outcome) {
            case CommandOutcome.Applied applied -> {
                GameView joined = renderer.view(applied.state(), applied.version());
                streams.changed(gameId, joined.version());
                yield joined;
            }
            case CommandOutcome.AlreadyApplied already -> renderer.view(already.state(), already.version());
            case CommandOutcome.Rejected rejected -> notJoined(gameId, created, rejected.reason() + ": "
                    + rejected.message());
            case CommandOutcome.VersionMismatch mismatch -> notJoined(gameId, created, "version mismatch");
            case CommandOutcome.VersionConflict conflict -> notJoined(gameId, created, "version conflict");
        };
    }

    private static GameView notJoined(String gameId, GameView created, String why) {
        log.warn("the computer could not join game {} ({}); it waits for a person until it expires", gameId, why);
        return created;
    }

    /**
     * Seats a second player at the free colour, storing the seat in the transaction of the {@code PlayerJoined}
     * event. A caller who sends a valid token of this game already sits in it and gets {@code already-seated}; any
     * other bearer token is ignored, since joining needs none.
     */
    public SeatResponse join(String gameId, Optional<String> bearer, Requests.JoinGame body) {
        requireGame(gameId);
        if (bearer.flatMap(token -> seats.authenticate(gameId, token)).isPresent()) {
            throw RejectionProblems.problem(RejectionReason.ALREADY_SEATED,
                    "you already play in this game");
        }
        String name = playerName(body.playerName());
        String playerId = tokens.newId();
        String token = tokens.newToken();
        Instant now = clock.instant();
        CommandOutcome outcome = engine.execute(new JoinGame(gameId, playerId, name, now), CommandOptions.none(),
                (connection, appended) -> seats.add(connection, gameId, joinedColor(appended), playerId, token, now));
        GameView view = view(gameId, outcome);
        Color color = joinedColor(((CommandOutcome.Applied) outcome).appended());
        streams.changed(gameId, view.version());
        return new SeatResponse(gameId, WireNames.color(color), token, view);
    }

    /** The event decides the colour: whatever seat the join took in the stream is the seat we hand out. */
    private static Color joinedColor(List<RecordedGameEvent> appended) {
        return appended.stream()
                .map(RecordedGameEvent::event)
                .filter(PlayerJoined.class::isInstance)
                .map(event -> ((PlayerJoined) event).color())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("a join was applied without PlayerJoined"));
    }

    /** Makes a move for the seat the token opens. */
    public GameView move(String gameId, Optional<String> bearer, Optional<Long> ifMatch, Requests.MakeMove body) {
        if (body.move() == null || body.move().isBlank()) {
            throw new ApiProblem(ProblemCode.MALFORMED_REQUEST, "the body needs a move, such as \"e2e4\" or \"e4\"");
        }
        SeatedPlayer player = authenticate(gameId, bearer);
        GameCommand command = new MakeMove(gameId, player.playerId(), body.move().trim(), clock.instant());
        CommandOutcome outcome = engine.execute(command, options(ifMatch, body.commandId()));
        GameView view = view(gameId, outcome);
        if (outcome instanceof CommandOutcome.Applied applied) {
            streams.changed(gameId, view.version());
            if (applied.appended().stream().noneMatch(recorded -> recorded.event() instanceof MovePlayed)) {
                // The decider ended the game on time instead of playing the move (it came too late).
                throw new ApiProblem(ProblemCode.OUT_OF_TIME, "your time ran out before this move arrived; "
                        + "the game ended " + view.result() + " (" + view.reason() + ")");
            }
        }
        return view;
    }

    /** Runs one of the other game commands for the seat the token opens. */
    public GameView act(String gameId, Action action, Optional<String> bearer, Optional<Long> ifMatch,
                        Requests.Action body) {
        SeatedPlayer player = authenticate(gameId, bearer);
        String playerId = player.playerId();
        Instant now = clock.instant();
        GameCommand command = switch (action) {
            case RESIGN -> new Resign(gameId, playerId, now);
            case OFFER_DRAW -> new OfferDraw(gameId, playerId, now);
            case ACCEPT_DRAW -> new AcceptDraw(gameId, playerId, now);
            case DECLINE_DRAW -> new DeclineDraw(gameId, playerId, now);
            case CLAIM_DRAW -> new ClaimDraw(gameId, playerId, now);
            case ABORT -> new AbortGame(gameId, playerId, now);
        };
        return run(command, options(ifMatch, body.commandId()));
    }

    private GameView run(GameCommand command, CommandOptions options) {
        String gameId = command.gameId();
        CommandOutcome outcome = engine.execute(command, options);
        GameView view = view(gameId, outcome);
        if (outcome instanceof CommandOutcome.Applied) {
            streams.changed(gameId, view.version());
        }
        return view;
    }

    /**
     * The view after a successful outcome, rendered from the state the engine reached while deciding (so the
     * answer shows the command's own events without reading the game again); every other outcome becomes its
     * problem.
     */
    private GameView view(String gameId, CommandOutcome outcome) {
        return switch (outcome) {
            case CommandOutcome.Applied applied -> renderer.view(applied.state(), applied.version());
            case CommandOutcome.AlreadyApplied already -> renderer.view(already.state(), already.version());
            case CommandOutcome.Rejected rejected -> throw RejectionProblems.problem(rejected.reason(), rejected.message());
            // tag::tour-version-problems[]
            case CommandOutcome.VersionMismatch mismatch -> throw new ApiProblem(ProblemCode.VERSION_MISMATCH,
                    "If-Match names version " + mismatch.expectedVersion() + " but game " + gameId + " is at version "
                            + mismatch.actualVersion());
            case CommandOutcome.VersionConflict conflict -> throw new ApiProblem(ProblemCode.VERSION_CONFLICT,
                    "game " + gameId + " kept changing concurrently; send the command again");
            // end::tour-version-problems[]
        };
    }

    private SeatedPlayer authenticate(String gameId, Optional<String> bearer) {
        Optional<SeatedPlayer> seat = bearer.flatMap(token -> seats.authenticate(gameId, token));
        if (seat.isPresent()) {
            return seat.get();
        }
        requireGame(gameId);
        throw new ApiProblem(ProblemCode.UNAUTHORIZED,
                "send the seat's player token as 'Authorization: Bearer <playerToken>'");
    }

    private void requireGame(String gameId) {
        if (engine.current(gameId).isEmpty()) {
            throw new ApiProblem(ProblemCode.GAME_NOT_FOUND, "there is no game " + gameId);
        }
    }

    private Color creatorColor(String text) {
        if (text == null) {
            return Color.WHITE;
        }
        if (text.equalsIgnoreCase("random")) {
            return tokens.coin() ? Color.WHITE : Color.BLACK;
        }
        Color color = WireNames.parseColorOrNull(text);
        if (color == null) {
            throw new ApiProblem(ProblemCode.MALFORMED_REQUEST, "color is white, black or random, not '"
                    + printable(text) + "'");
        }
        return color;
    }

    /**
     * The name as it will be stored: NFC-composed, so that "Zoë" typed with a combining diaeresis is the same name,
     * the same length and the same text in every view as "Zoë" typed as one character. The decider then applies the
     * name rule (blank, length, control and format characters).
     */
    private static String playerName(String given) {
        return given == null ? DEFAULT_NAME : Normalizer.normalize(given, Normalizer.Form.NFC);
    }

    /** The request's time control; its ranges are the decider's to check (a rejection names them). */
    private static Optional<TimeControl> timeControl(Requests.Clock clock) {
        if (clock == null) {
            return Optional.empty();
        }
        if (clock.limit() == null) {
            throw new ApiProblem(ProblemCode.MALFORMED_REQUEST,
                    "a clock needs a limit in seconds, such as {\"limit\": 300, \"increment\": 2}");
        }
        return Optional.of(new TimeControl(clock.limit(), clock.increment() == null ? 0 : clock.increment()));
    }

    /**
     * The computer the request asks for: nothing without {@code opponent}, else exactly {@code {"computer": LEVEL}}
     * with an integer level in range. Anything else is refused before a game exists.
     */
    private static Optional<ComputerSeat> computerOpponent(JsonNode opponent) {
        if (opponent == null || opponent.isNull()) {
            return Optional.empty();
        }
        JsonNode level = opponent.isObject() && opponent.size() == 1 ? opponent.get("computer") : null;
        if (level == null || !level.isIntegralNumber() || !level.canConvertToInt()
                || level.intValue() < Level.LOWEST || level.intValue() > Level.HIGHEST) {
            throw new ApiProblem(ProblemCode.MALFORMED_REQUEST, "opponent is {\"computer\": LEVEL} with a whole "
                    + "number from " + Level.LOWEST + " to " + Level.HIGHEST + " as the level, or absent to play "
                    + "a person");
        }
        return Optional.of(ComputerSeat.atLevel(level.intValue()));
    }

    private static CommandOptions options(Optional<Long> ifMatch, String commandId) {
        if (commandId != null && (commandId.isBlank() || commandId.length() > MAX_COMMAND_ID_LENGTH
                || commandId.codePoints().anyMatch(Character::isISOControl))) {
            throw new ApiProblem(ProblemCode.MALFORMED_REQUEST,
                    "commandId has 1 to " + MAX_COMMAND_ID_LENGTH + " printable characters");
        }
        return new CommandOptions(ifMatch, Optional.ofNullable(commandId));
    }

    private static String printable(String text) {
        String cut = text.length() > 20 ? text.substring(0, 20) + "..." : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
