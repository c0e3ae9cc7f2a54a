package dev.eschess.cyclewitness.ping;

import dev.eschess.cyclewitness.pong.Pong;

/** One half of a deliberate package cycle (test code only) that shows the cycle rule can fail. */
public final class Ping {

    Pong answer;
}
