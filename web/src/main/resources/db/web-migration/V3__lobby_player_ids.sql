-- Issue 16: the lobby shows when the computer sits at a seat, and at which level. Its player id says so
-- (computer:level-N, see ComputerSeat), so the ids are kept beside the names and the level is derived on read.
-- Player ids are not secret (events carry them). Null in rows projected before this column existed; a replay
-- of the events fills them.
ALTER TABLE web_lobby_games ADD COLUMN white_player_id VARCHAR(64);
ALTER TABLE web_lobby_games ADD COLUMN black_player_id VARCHAR(64);
