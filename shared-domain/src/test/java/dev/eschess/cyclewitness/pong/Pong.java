package dev.eschess.cyclewitness.pong;

import dev.eschess.cyclewitness.ping.Ping;

/** The other half of a deliberate package cycle (test code only) that shows the cycle rule can fail. */
public final class Pong {

    Ping answer;
}
