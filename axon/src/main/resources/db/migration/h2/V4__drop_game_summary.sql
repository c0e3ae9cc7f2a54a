-- The game_summary read model (V3) duplicated web's lobby (web_lobby_games, fed by LobbyFeed) and nothing read it:
-- dropped with its projection, and the tokens of its processor with it. V3 stays, as applied history.
DROP TABLE game_summary;
DELETE FROM token_entry WHERE processor_name = 'game-summaries';
