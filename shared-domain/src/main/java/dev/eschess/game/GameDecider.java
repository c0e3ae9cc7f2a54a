package dev.eschess.game;

import static dev.eschess.game.RejectionReason.ALREADY_SEATED;
import static dev.eschess.game.RejectionReason.DRAW_ALREADY_OFFERED;
import static dev.eschess.game.RejectionReason.DRAW_CLAIM_NOT_AVAILABLE;
import static dev.eschess.game.RejectionReason.DRAW_OFFER_NEEDS_A_MOVE;
import static dev.eschess.game.RejectionReason.GAME_ALREADY_EXISTS;
import static dev.eschess.game.RejectionReason.GAME_ALREADY_STARTED;
import static dev.eschess.game.RejectionReason.GAME_FINISHED;
import static dev.eschess.game.RejectionReason.GAME_FULL;
import static dev.eschess.game.RejectionReason.GAME_NOT_FOUND;
import static dev.eschess.game.RejectionReason.GAME_NOT_STARTED;
import static dev.eschess.game.RejectionReason.GAME_TOO_LONG;
import static dev.eschess.game.RejectionReason.INVALID_PLAYER_NAME;
import static dev.eschess.game.RejectionReason.INVALID_START_POSITION;
import static dev.eschess.game.RejectionReason.INVALID_TIME_CONTROL;
import static dev.eschess.game.RejectionReason.MALFORMED_START_POSITION;
import static dev.eschess.game.RejectionReason.NOT_A_PLAYER;
import static dev.eschess.game.RejectionReason.NOT_YOUR_TURN;
import static dev.eschess.game.RejectionReason.NO_CLOCK;
import static dev.eschess.game.RejectionReason.NO_DRAW_OFFER;
import static dev.eschess.game.RejectionReason.ONLY_CREATOR_CAN_ABORT;
import static dev.eschess.game.RejectionReason.OWN_DRAW_OFFER;
import static dev.eschess.game.RejectionReason.TIME_REMAINS;

import dev.eschess.chess.Color;
import dev.eschess.chess.FenError;
import dev.eschess.chess.FenException;
import dev.eschess.chess.Move;
import dev.eschess.chess.Position;
import dev.eschess.chess.notation.MoveNotationException;
import dev.eschess.chess.notation.MoveText;
import dev.eschess.chess.notation.San;
import dev.eschess.chess.notation.Uci;
import dev.eschess.chess.outcome.AutomaticEnding;
import dev.eschess.chess.outcome.DrawClaim;
import dev.eschess.chess.outcome.PositionHistory;
import dev.eschess.game.command.AbortGame;
import dev.eschess.game.command.AcceptDraw;
import dev.eschess.game.command.ClaimDraw;
import dev.eschess.game.command.CreateGame;
import dev.eschess.game.clock.GameClock;
import dev.eschess.game.clock.TimeControl;
import dev.eschess.game.command.DeclineDraw;
import dev.eschess.game.command.ExpireWaitingGame;
import dev.eschess.game.command.FlagFall;
import dev.eschess.game.command.GameCommand;
import dev.eschess.game.command.JoinGame;
import dev.eschess.game.command.MakeMove;
import dev.eschess.game.command.OfferDraw;
import dev.eschess.game.command.Resign;
import dev.eschess.game.event.DrawOfferDeclined;
import dev.eschess.game.event.DrawOfferLapsed;
import dev.eschess.game.event.DrawOffered;
import dev.eschess.game.event.EndReason;
import dev.eschess.game.event.GameCreated;
import dev.eschess.game.event.GameEnded;
import dev.eschess.game.event.GameEvent;
import dev.eschess.game.event.GameResult;
import dev.eschess.game.event.MovePlayed;
import dev.eschess.game.event.PlayerJoined;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The chess game as a decider: {@link #decide} turns a command and the current state into new events or a
 * {@link GameRejection}; {@link #evolve} folds one event into the state. Both are pure functions: no clock,
 * no random source, no I/O, no mutable state (ADR 0001). Stateless and thread-safe; one instance serves all.
 */
public final class GameDecider {

    /**
     * The most events one game records. Chess ends every game long before (the 75-move rule and fivefold repetition
     * end it automatically, and a player offers a draw at most once per own move); the limit stops a history that
     * grew under older rules, or through a bug, from growing on. The last events are kept for a resignation.
     */
    public static final int MAX_EVENTS_PER_GAME = 10_000;

    /** The most events one command records: a move, the opponent's lapsed draw offer and the game's end. */
    private static final int MOST_EVENTS_PER_COMMAND = 3;

    /** The state of a game without events. */
    public GameState initialState() {
        return GameState.initial();
    }

    // tag::tour-decide[]
    /**
     * The events that the command causes in the given state, in order; never empty.
     *
     * @throws GameRejection if the command is refused; then nothing happened
     */
    public List<GameEvent> decide(GameCommand command, GameState state) {
        requireRoomForMoreEvents(command, state);
        return switch (command) {
            case CreateGame create -> create(create, state);
            case JoinGame join -> join(join, state);
            case MakeMove move -> move(move, state);
            case Resign resign -> resign(resign, state);
            case OfferDraw offer -> offerDraw(offer, state);
            case AcceptDraw accept -> acceptDraw(accept, state);
            case DeclineDraw decline -> declineDraw(decline, state);
            case ClaimDraw claim -> claimDraw(claim, state);
            case AbortGame abort -> abort(abort, state);
            case FlagFall flagFall -> flagFall(flagFall, state);
            case ExpireWaitingGame expire -> expire(expire, state);
        };
    }
    // end::tour-decide[]

    // tag::tour-evolve[]
    /** The state after one event. Never validates: the event is a fact that {@link #decide} produced. */
    public GameState evolve(GameState state, GameEvent event) {
        return applied(state, event).counted();
    }

    private static GameState applied(GameState state, GameEvent event) {
        return switch (event) {
            case GameCreated created -> state.created(created.gameId(),
                    new Seat(created.creatorId(), created.creatorName()), created.creatorColor(),
                    Position.fromFen(created.startFen()), created.timeControl());
            case PlayerJoined joined -> state.joined(new Seat(joined.playerId(), joined.playerName()), joined.color());
            case MovePlayed moved -> {
                Move move = Uci.parse(moved.uci());
                yield state.moved(new PlayedMove(move, moved.san()), moved.color(), state.history().play(move),
                        moved.occurredAt());
            }
            case DrawOffered offered -> state.drawOfferedBy(offered.offeredBy());
            case DrawOfferDeclined declined -> state.withoutDrawOffer();
            case DrawOfferLapsed lapsed -> state.withoutDrawOffer();
            case GameEnded ended -> state.ended(new GameOutcome(ended.result(), ended.reason()), ended.occurredAt());
        };
    }
    // end::tour-evolve[]

    /** The state after the events, folded from the initial state: the whole history, or the first N of it. */
    public GameState replay(Iterable<? extends GameEvent> events) {
        GameState state = initialState();
        for (GameEvent event : events) {
            state = evolve(state, event);
        }
        return state;
    }

    /** Every command but one that only ends the game needs room for its events and for a resignation after them. */
    private static void requireRoomForMoreEvents(GameCommand command, GameState state) {
        boolean onlyEnds = command instanceof Resign || command instanceof FlagFall
                || command instanceof ExpireWaitingGame;
        if (!onlyEnds && state.status() != GameStatus.FINISHED
                && state.eventCount() + MOST_EVENTS_PER_COMMAND + 1 > MAX_EVENTS_PER_GAME) {
            throw new GameRejection(GAME_TOO_LONG, "this game has recorded " + state.eventCount()
                    + " events, close to the limit of " + MAX_EVENTS_PER_GAME + ": only a resignation is possible");
        }
    }

    // ------------------------------------------------------------------ seats

    private List<GameEvent> create(CreateGame command, GameState state) {
        if (state.status() != GameStatus.NOT_CREATED) {
            throw new GameRejection(GAME_ALREADY_EXISTS, "game " + command.gameId() + " already exists");
        }
        requireValidName(command.playerName());
        command.timeControl().flatMap(TimeControl::problem).ifPresent(problem -> {
            throw new GameRejection(INVALID_TIME_CONTROL, problem);
        });
        Position start = command.startFen().map(GameDecider::startPosition).orElseGet(Position::initial);
        PositionHistory.startingAt(start).automaticEnding().ifPresent(ending -> {
            throw new GameRejection(INVALID_START_POSITION,
                    "the start position is already over (" + words(ending) + ")");
        });
        return List.of(new GameCreated(command.gameId(), command.playerId(), command.playerName(), command.color(),
                start.fen(), command.timeControl(), command.requestedAt()));
    }

    private List<GameEvent> join(JoinGame command, GameState state) {
        requireExisting(command, state);
        if (state.colorOf(command.playerId()).isPresent()) {
            throw new GameRejection(ALREADY_SEATED, "you already play in this game");
        }
        switch (state.status()) {
            case FINISHED -> throw new GameRejection(GAME_FINISHED, "the game is over");
            case ACTIVE -> throw new GameRejection(GAME_FULL, "both seats are taken");
            case WAITING, NOT_CREATED -> { }
        }
        requireValidName(command.playerName());
        Color free = state.creatorColor().orElseThrow().opposite();
        return List.of(new PlayerJoined(command.gameId(), command.playerId(), command.playerName(), free,
                command.requestedAt()));
    }

    private List<GameEvent> abort(AbortGame command, GameState state) {
        Color color = requireSeated(command, state);
        if (state.status() == GameStatus.FINISHED) {
            throw new GameRejection(GAME_FINISHED, "the game is over");
        }
        if (state.creatorColor().filter(color::equals).isEmpty()) {
            throw new GameRejection(ONLY_CREATOR_CAN_ABORT, "only the player who created the game can abort it");
        }
        if (state.status() == GameStatus.ACTIVE) {
            throw new GameRejection(GAME_ALREADY_STARTED, "a game cannot be aborted once the opponent has joined");
        }
        return List.of(ended(command, GameResult.NO_RESULT, EndReason.ABORTED));
    }

    private List<GameEvent> expire(ExpireWaitingGame command, GameState state) {
        requireExisting(command, state);
        switch (state.status()) {
            case FINISHED -> throw new GameRejection(GAME_FINISHED, "the game is over");
            case ACTIVE -> throw new GameRejection(GAME_ALREADY_STARTED, "an opponent has joined: the game goes on");
            case WAITING, NOT_CREATED -> { }
        }
        return List.of(ended(command, GameResult.NO_RESULT, EndReason.NO_OPPONENT));
    }

    // ------------------------------------------------------------------ play

    // tag::tour-move[]
    private List<GameEvent> move(MakeMove command, GameState state) {
        Color mover = requireActivePlayer(command, state);
        requireTurn(mover, state);
        if (state.isOutOfTime(mover, command.requestedAt())) {
            // Too late: the move is not played, and the game is over on time, exactly as if the flag had fallen first.
            return List.of(outOfTime(command, mover, state));
        }
        Position before = state.position();
        Move move = parseMove(before, command.move());
        PositionHistory after = state.history().play(move);
        List<GameEvent> events = new ArrayList<>(3);
        events.add(new MovePlayed(command.gameId(), state.ply() + 1, mover, move.uci(), San.format(before, move),
                after.current().fen(), command.requestedAt()));
        state.drawOffer().filter(offerer -> offerer != mover).ifPresent(offerer ->
                events.add(new DrawOfferLapsed(command.gameId(), offerer, command.requestedAt())));
        after.automaticEnding().ifPresent(ending ->
                events.add(ended(command, resultOf(ending, mover), reasonOf(ending))));
        return List.copyOf(events);
    }
    // end::tour-move[]

    private List<GameEvent> resign(Resign command, GameState state) {
        Color color = requireActivePlayer(command, state);
        return List.of(ended(command, GameResult.winFor(color.opposite()), EndReason.RESIGNATION));
    }

    private List<GameEvent> claimDraw(ClaimDraw command, GameState state) {
        Color color = requireActivePlayer(command, state);
        requireTurn(color, state);
        DrawClaim claim = state.claimableDraw().orElseThrow(() -> new GameRejection(DRAW_CLAIM_NOT_AVAILABLE,
                "neither threefold repetition nor the fifty-move rule applies to the current position"));
        return List.of(ended(command, GameResult.DRAW, EndReason.claimed(claim)));
    }

    // ------------------------------------------------------------------ clocks

    private List<GameEvent> flagFall(FlagFall command, GameState state) {
        requireExisting(command, state);
        switch (state.status()) {
            case WAITING -> throw new GameRejection(GAME_NOT_STARTED, "the game has not started: no opponent yet");
            case FINISHED -> throw new GameRejection(GAME_FINISHED, "the game is over");
            case ACTIVE, NOT_CREATED -> { }
        }
        GameClock clock = state.clock()
                .orElseThrow(() -> new GameRejection(NO_CLOCK, "this game is played without clocks"));
        Color toMove = state.sideToMove();
        if (!clock.isOutOfTime(toMove, command.requestedAt())) {
            throw new GameRejection(TIME_REMAINS, name(toMove) + " has "
                    + clock.remaining(toMove, command.requestedAt()).toMillis() + " ms left");
        }
        return List.of(outOfTime(command, toMove, state));
    }

    /** The end of a game whose {@code flagged} side ran out of time: a loss, or a draw if the opponent cannot mate. */
    private static GameEnded outOfTime(GameCommand command, Color flagged, GameState state) {
        Color opponent = flagged.opposite();
        return state.position().canMate(opponent)
                ? ended(command, GameResult.winFor(opponent), EndReason.TIMEOUT)
                : ended(command, GameResult.DRAW, EndReason.TIMEOUT_VS_INSUFFICIENT_MATERIAL);
    }

    // ------------------------------------------------------------------ draw offers

    private List<GameEvent> offerDraw(OfferDraw command, GameState state) {
        Color color = requireActivePlayer(command, state);
        state.drawOffer().ifPresent(offerer -> {
            throw new GameRejection(DRAW_ALREADY_OFFERED, offerer == color
                    ? "your draw offer is still pending"
                    : "your opponent's draw offer is pending: accept or decline it");
        });
        if (!state.mayOfferDraw(color)) {
            throw new GameRejection(DRAW_OFFER_NEEDS_A_MOVE,
                    "you have offered a draw since your last move: make a move before offering again");
        }
        return List.of(new DrawOffered(command.gameId(), color, command.requestedAt()));
    }

    private List<GameEvent> acceptDraw(AcceptDraw command, GameState state) {
        Color color = requireActivePlayer(command, state);
        requireOpponentsOffer(color, state);
        return List.of(ended(command, GameResult.DRAW, EndReason.DRAW_AGREEMENT));
    }

    private List<GameEvent> declineDraw(DeclineDraw command, GameState state) {
        Color color = requireActivePlayer(command, state);
        requireOpponentsOffer(color, state);
        return List.of(new DrawOfferDeclined(command.gameId(), color, command.requestedAt()));
    }

    private static void requireOpponentsOffer(Color color, GameState state) {
        Color offerer = state.drawOffer()
                .orElseThrow(() -> new GameRejection(NO_DRAW_OFFER, "no draw offer is pending"));
        if (offerer == color) {
            throw new GameRejection(OWN_DRAW_OFFER, "only your opponent can answer your draw offer");
        }
    }

    // ------------------------------------------------------------------ guards

    private static void requireExisting(GameCommand command, GameState state) {
        if (state.status() == GameStatus.NOT_CREATED) {
            throw new GameRejection(GAME_NOT_FOUND, "there is no game " + command.gameId());
        }
    }

    private static Color requireSeated(GameCommand command, GameState state) {
        requireExisting(command, state);
        return state.colorOf(command.playerId())
                .orElseThrow(() -> new GameRejection(NOT_A_PLAYER, "you do not play in this game"));
    }

    /** The acting player's colour in an active game. */
    private static Color requireActivePlayer(GameCommand command, GameState state) {
        Color color = requireSeated(command, state);
        switch (state.status()) {
            case WAITING -> throw new GameRejection(GAME_NOT_STARTED, "the game has not started: no opponent yet");
            case FINISHED -> throw new GameRejection(GAME_FINISHED, "the game is over");
            case ACTIVE, NOT_CREATED -> { }
        }
        return color;
    }

    private static void requireTurn(Color color, GameState state) {
        if (state.sideToMove() != color) {
            throw new GameRejection(NOT_YOUR_TURN, "it is " + name(state.sideToMove()) + "'s turn");
        }
    }

    private static void requireValidName(String name) {
        PlayerNames.problem(name).ifPresent(problem -> {
            throw new GameRejection(INVALID_PLAYER_NAME, problem);
        });
    }

    private static Move parseMove(Position position, String text) {
        try {
            return MoveText.parse(position, text);
        } catch (MoveNotationException e) {
            RejectionReason reason = switch (e.kind()) {
                case MALFORMED -> RejectionReason.INVALID_NOTATION;
                case ILLEGAL -> RejectionReason.ILLEGAL_MOVE;
                case AMBIGUOUS -> RejectionReason.AMBIGUOUS_MOVE;
            };
            throw new GameRejection(reason, e.getMessage());
        }
    }

    private static Position startPosition(String fen) {
        try {
            return Position.fromFen(fen);
        } catch (FenException e) {
            throw new GameRejection(isSyntax(e.error()) ? MALFORMED_START_POSITION : INVALID_START_POSITION,
                    e.getMessage());
        }
    }

    /** Whether the FEN cannot be read at all, as opposed to reading as a position that breaks the rules. */
    private static boolean isSyntax(FenError error) {
        return switch (error) {
            case EMPTY, FIELD_COUNT, RANK_COUNT, RANK_LENGTH, UNKNOWN_PIECE, CONSECUTIVE_DIGITS, SIDE_TO_MOVE,
                 CASTLING_SYNTAX, EN_PASSANT_SYNTAX, HALFMOVE_CLOCK, FULLMOVE_NUMBER -> true;
            case MISSING_KING, TOO_MANY_KINGS, PAWN_ON_BACK_RANK, TOO_MANY_PAWNS, TOO_MANY_PIECES,
                 CASTLING_WITHOUT_KING, CASTLING_WITHOUT_ROOK, EN_PASSANT_IMPOSSIBLE, SIDE_NOT_TO_MOVE_IN_CHECK -> false;
        };
    }

    // ------------------------------------------------------------------ endings

    private static GameEnded ended(GameCommand command, GameResult result, EndReason reason) {
        return new GameEnded(command.gameId(), result, reason, command.requestedAt());
    }

    private static GameResult resultOf(AutomaticEnding ending, Color mover) {
        return switch (ending) {
            case CHECKMATE -> GameResult.winFor(mover);
            case STALEMATE, INSUFFICIENT_MATERIAL, FIVEFOLD_REPETITION, SEVENTY_FIVE_MOVE_RULE -> GameResult.DRAW;
        };
    }

    private static EndReason reasonOf(AutomaticEnding ending) {
        return switch (ending) {
            case CHECKMATE -> EndReason.CHECKMATE;
            case STALEMATE -> EndReason.STALEMATE;
            case INSUFFICIENT_MATERIAL -> EndReason.INSUFFICIENT_MATERIAL;
            case FIVEFOLD_REPETITION -> EndReason.FIVEFOLD_REPETITION;
            case SEVENTY_FIVE_MOVE_RULE -> EndReason.SEVENTY_FIVE_MOVE_RULE;
        };
    }

    private static String words(AutomaticEnding ending) {
        return reasonOf(ending).wireName().replace('-', ' ');
    }

    private static String name(Color color) {
        return color.name().toLowerCase(Locale.ROOT);
    }
}
