-- Reminders on PostgreSQL (scale-out): call-back lists, campaigns and the report schedule wake from these rows after
-- a restart, on whichever silo owns the grain's hash range. Applied at every start: every statement is idempotent.

-- One row per reminder. Orleans names a reminder by service, grain and reminder name; the grain's 32-bit uniform
-- hash (as a signed integer) decides which silo's ring range owns the row.
CREATE TABLE IF NOT EXISTS orleans_reminder
(
    service_id    text        NOT NULL,
    grain_id      text        NOT NULL,
    reminder_name text        NOT NULL,
    grain_hash    integer     NOT NULL,
    start_time    timestamptz NOT NULL,
    period_ms     bigint      NOT NULL,
    -- The reminder's ETag: starts at 0 and moves on with every upsert, so a delete names the version it saw.
    version       integer     NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- A silo loads the reminders of its hash range at start and whenever the ring changes.
CREATE INDEX IF NOT EXISTS orleans_reminder_by_hash ON orleans_reminder (service_id, grain_hash);
