package dev.eschess.game.command;

import java.time.Instant;

/**
 * A request from a player to one chess game. It names the acting player by id (never by secret token) and
 * carries the time of the request, so deciding never reads a clock. A client's command id for idempotency is
 * not part of the command but travels beside it as metadata (ADR 0004).
 */
public sealed interface GameCommand
        permits CreateGame, JoinGame, MakeMove, Resign, OfferDraw, AcceptDraw, DeclineDraw, ClaimDraw, AbortGame,
                FlagFall, ExpireWaitingGame {

    /** The acting "player" of the commands the server sends by itself (deadlines); no seat ever has this id. */
    String SERVER = "server";

    /** The game (and event stream) the command is for. */
    String gameId();

    /** The acting player's id, or {@link #SERVER} for a command the server sends by itself. */
    String playerId();

    /** When the request arrived; becomes the time of the events it causes. */
    Instant requestedAt();
}
