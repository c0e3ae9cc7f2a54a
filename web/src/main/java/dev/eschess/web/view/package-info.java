/** How games and events look over HTTP: rendered here once from shared-domain types, for both variants. */
package dev.eschess.web.view;
