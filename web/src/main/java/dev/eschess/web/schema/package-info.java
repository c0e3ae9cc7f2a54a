/** The web module's tables and their Flyway migrations (ADR 0033). */
package dev.eschess.web.schema;
