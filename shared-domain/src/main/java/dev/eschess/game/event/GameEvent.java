package dev.eschess.game.event;

import java.time.Instant;

// tag::tour-game-event[]
/**
 * Something that happened to one chess game, named in the past tense and carrying plain values only
 * (strings, enums, numbers, instants, and small records of them) so that any store can serialize it and any projection can read it.
 */
public sealed interface GameEvent
        permits GameCreated, PlayerJoined, MovePlayed, DrawOffered, DrawOfferDeclined, DrawOfferLapsed, GameEnded {

    /** The game (and event stream) this event belongs to. */
    String gameId();

    /** When it happened: the request time of the command that caused it, never a clock read by the domain. */
    Instant occurredAt();
}
// end::tour-game-event[]
