/** Read models of chess games fed by the hand-rolled subscriptions. */
package dev.eschess.handrolled.game.projection;
