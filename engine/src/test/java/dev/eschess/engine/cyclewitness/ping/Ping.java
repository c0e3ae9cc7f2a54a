package dev.eschess.engine.cyclewitness.ping;

import dev.eschess.engine.cyclewitness.pong.Pong;

/** Half of a deliberate package cycle, so the architecture test can show that its cycle rule reports one. */
public final class Ping {
    Pong pong;
}
