/** The eight playing levels: how far a level searches, how noisy its judgement is, and how it resigns and draws. */
package dev.eschess.engine.level;
