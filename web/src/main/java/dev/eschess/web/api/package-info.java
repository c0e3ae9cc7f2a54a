/** The HTTP resources, their request and response bodies, and the mapping of every failure to a problem. */
package dev.eschess.web.api;
