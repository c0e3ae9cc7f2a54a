package dev.eschess.axon.command;

import dev.eschess.axon.support.H2AxonTest;

/** Idempotent commands on H2. */
@H2AxonTest
class H2IdempotencyTest extends IdempotencyContract {
}
