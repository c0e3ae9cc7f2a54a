-- db-scheduler's table, as its documentation gives it for PostgreSQL: the Axon variant's deadlines (flag fall, games
-- nobody joined), one row per scheduled deadline, in the same database and transaction as the events that set it
-- (ADR 0063). An instance runs a due row only after claiming it (picked, version + 1), so each runs once; a row
-- claimed by an instance that died is run again once its heartbeats stop. task_data is JSON (Axon's deadline name,
-- scope and metadata).
CREATE TABLE scheduled_tasks (
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);

-- Every poll reads the due rows by execution time; dead executions are found by their last heartbeat.
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
