/**
 * The generic event-sourcing core, written from scratch and knowing nothing of chess: what Axon Framework provides
 * to the other variant. The packages beside {@code core} wire the chess game into it, named as in {@code axon}.
 */
package dev.eschess.handrolled.core;
