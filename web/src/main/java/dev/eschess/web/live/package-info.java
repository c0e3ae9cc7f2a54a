/** Live game updates to browsers over server-sent events (ADR 0034). */
package dev.eschess.web.live;
