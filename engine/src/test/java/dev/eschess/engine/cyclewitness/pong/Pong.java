package dev.eschess.engine.cyclewitness.pong;

import dev.eschess.engine.cyclewitness.ping.Ping;

/** The other half of the deliberate package cycle. */
public final class Pong {
    Ping ping;
}
