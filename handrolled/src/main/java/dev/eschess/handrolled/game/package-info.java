/**
 * The chess game wired into the hand-rolled core: the shared decider, stable event names, the GameCreated
 * upcaster and GameState snapshots via the shared GameSnapshot. No chess rule is written here.
 */
package dev.eschess.handrolled.game;
