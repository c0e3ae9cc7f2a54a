-- The latest snapshot of each stream (ADR 0013).
CREATE TABLE snapshots (
    stream_id      VARCHAR(200) NOT NULL PRIMARY KEY,
    stream_version BIGINT       NOT NULL,
    schema_version INT          NOT NULL,
    state          ${json_type} NOT NULL,
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

-- How far each projection has read the global log (ADR 0015). Updated in the same transaction as the
-- projection's read model.
CREATE TABLE projection_checkpoints (
    projection      VARCHAR(200) NOT NULL PRIMARY KEY,
    global_position BIGINT       NOT NULL
);
