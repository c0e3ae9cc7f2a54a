/** Subscriptions to the global log: projections with durable checkpoints, a catch-up-then-follow runner, rebuilds. */
package dev.eschess.handrolled.core.subscription;
