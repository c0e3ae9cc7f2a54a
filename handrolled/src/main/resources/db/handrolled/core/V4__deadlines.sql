-- Deadlines (ADR 0062): what must happen to a stream at an instant unless its events make it moot first, at most
-- one of each kind per stream. A projection of the log writes them; each instance's runner claims the due ones with
-- SELECT ... FOR UPDATE SKIP LOCKED, acts on one and deletes it in the same transaction.
CREATE TABLE deadlines (
    stream_id   VARCHAR(200) NOT NULL,
    kind        VARCHAR(100) NOT NULL,
    -- New on every (re)scheduling; the command id of what the deadline causes, which no client can guess.
    deadline_id UUID         NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- due_at at first; later after each failed attempt.
    attempt_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts    INT          NOT NULL,
    CONSTRAINT deadlines_key PRIMARY KEY (stream_id, kind)
);

-- The runner's two questions: which deadline is due now, and when is the next one.
CREATE INDEX deadlines_attempt_at ON deadlines (attempt_at);
