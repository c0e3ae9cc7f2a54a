/** Seats and their secret player tokens, stored only as hashes (ADR 0032). */
package dev.eschess.web.seat;
