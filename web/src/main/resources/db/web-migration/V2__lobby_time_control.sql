-- Issue 13: the lobby shows each game's time control; both null for a game without clocks.
ALTER TABLE web_lobby_games ADD COLUMN clock_limit INTEGER;
ALTER TABLE web_lobby_games ADD COLUMN clock_increment INTEGER;
