package dev.eschess.web.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * One entry of {@code GET /api/games/{id}/events}.
 *
 * @param version    its version in the stream
 * @param type       the stable type name ({@code GameEventType#typeName()}), e.g. {@code MovePlayed}
 * @param occurredAt when it happened, ISO-8601 in UTC
 * @param data       the event's fields in API spelling; never a secret (events hold none)
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EventView(long version, String type, String occurredAt, Map<String, Object> data) {
}
