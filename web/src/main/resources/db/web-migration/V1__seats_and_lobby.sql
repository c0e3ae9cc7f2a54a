-- Tables of the web module, migrated by its own Flyway run with the history table web_schema_history
-- (ADR 0033). Plain SQL that H2 and PostgreSQL both read.

-- One row per taken seat. The token is never stored: only its SHA-256 in hex.
CREATE TABLE web_seats (
    game_id     VARCHAR(64) NOT NULL,
    color       VARCHAR(5)  NOT NULL,
    player_id   VARCHAR(64) NOT NULL,
    token_hash  CHAR(64)    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_web_seats PRIMARY KEY (game_id, color)
);

-- The lobby read model: one row per game, updated by LobbyProjection, idempotent by game_version.
CREATE TABLE web_lobby_games (
    game_id         VARCHAR(64)  NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    white_name      VARCHAR(200),
    black_name      VARCHAR(200),
    move_count      INTEGER      NOT NULL,
    result          VARCHAR(8),
    end_reason      VARCHAR(40),
    game_version    BIGINT       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_change_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_web_lobby_games PRIMARY KEY (game_id)
);

CREATE INDEX ix_web_lobby_status_change ON web_lobby_games (status, last_change_at);
CREATE INDEX ix_web_lobby_change ON web_lobby_games (last_change_at);
