package dev.eschess.web.lobby;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eschess.web.view.PlayerView;
import dev.eschess.web.view.TimeControlView;

/**
 * One game in the lobby.
 *
 * @param gameId     the game
 * @param status     {@code waiting}, {@code active} or {@code finished}
 * @param white      who plays white (with its level when the computer does), or null
 * @param black      who plays black (with its level when the computer does), or null
 * @param moveCount  halfmoves played
 * @param result     null until finished
 * @param reason     null until finished
 * @param version    the game version the row reflects
 * @param createdAt  when the game was created, ISO-8601
 * @param lastChange when its last event happened, ISO-8601
 * @param timeControl the game's time control, or null for a game without clocks
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LobbyEntry(String gameId, String status, PlayerView white, PlayerView black, int moveCount,
                         String result, String reason, long version, String createdAt, String lastChange,
                         TimeControlView timeControl) {
}
