-- One row per game for listings (the lobby): filled by GameSummaryProjection from the global log.
CREATE TABLE game_summaries (
    game_id     VARCHAR(200) NOT NULL PRIMARY KEY,
    status      VARCHAR(20)  NOT NULL,
    white_name  VARCHAR(200),
    black_name  VARCHAR(200),
    move_count  INT          NOT NULL,
    result      VARCHAR(10),
    reason      VARCHAR(40),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    last_change TIMESTAMP WITH TIME ZONE NOT NULL,
    last_position BIGINT     NOT NULL
);
CREATE INDEX game_summaries_status_change ON game_summaries (status, last_change);
