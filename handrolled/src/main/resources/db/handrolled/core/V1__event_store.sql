-- The log head: one row holding the position of the last committed event. Every append locks this row
-- for the rest of its transaction, so positions are assigned and committed in the same order and a
-- rolled-back append gives its positions back (ADR 0011).
CREATE TABLE log_head (
    id            INT PRIMARY KEY,
    last_position BIGINT NOT NULL,
    CONSTRAINT log_head_single_row CHECK (id = 1)
);
INSERT INTO log_head (id, last_position) VALUES (1, 0);

CREATE TABLE events (
    global_position  BIGINT       NOT NULL PRIMARY KEY,
    event_id         UUID         NOT NULL,
    stream_id        VARCHAR(200) NOT NULL,
    stream_version   BIGINT       NOT NULL,
    event_type       VARCHAR(200) NOT NULL,
    schema_version   INT          NOT NULL,
    payload          ${json_type} NOT NULL,
    occurred_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    correlation_id   VARCHAR(200),
    causation_id     VARCHAR(200),
    command_id       VARCHAR(200),
    acting_player_id VARCHAR(200),
    CONSTRAINT events_event_id UNIQUE (event_id),
    -- The last line of defence against two writers at the same version; also the index for reading a
    -- stream and for finding its current version.
    CONSTRAINT events_stream_version UNIQUE (stream_id, stream_version),
    CONSTRAINT events_positive_version CHECK (stream_version >= 1),
    CONSTRAINT events_positive_position CHECK (global_position >= 1)
);

-- Idempotency: "did this command already change this stream?" without scanning the stream.
CREATE INDEX events_stream_command ON events (stream_id, command_id);
