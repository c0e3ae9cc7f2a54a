-- The lobby read model kept by GameSummaryProjection.
CREATE TABLE game_summary (
    game_id     VARCHAR(255) NOT NULL PRIMARY KEY,
    status      VARCHAR(16)  NOT NULL,
    white_name  VARCHAR(255),
    black_name  VARCHAR(255),
    move_count  INTEGER      NOT NULL,
    result      VARCHAR(16),
    reason      VARCHAR(64),
    version     BIGINT       NOT NULL,
    last_change TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_game_summary_status_last_change ON game_summary (status, last_change);
