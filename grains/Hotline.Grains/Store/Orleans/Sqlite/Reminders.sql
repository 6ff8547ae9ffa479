-- Reminders on SQLite (the embedded default): call-back lists, campaigns and the report schedule wake from these rows
-- after a restart. Applied at every start: every statement is idempotent.

-- One row per reminder. Orleans names a reminder by service, grain and reminder name; the grain's 32-bit uniform
-- hash (as a signed integer) decides which silo's ring range owns the row.
CREATE TABLE IF NOT EXISTS orleans_reminder
(
    service_id    TEXT    NOT NULL,
    grain_id      TEXT    NOT NULL,
    reminder_name TEXT    NOT NULL,
    grain_hash    INTEGER NOT NULL,
    -- UTC, as Microsoft.Data.Sqlite writes a DateTime: 'yyyy-MM-dd HH:mm:ss.FFFFFFF'.
    start_time    TEXT    NOT NULL,
    period_ms     INTEGER NOT NULL,
    -- The reminder's ETag: starts at 0 and moves on with every upsert, so a delete names the version it saw.
    version       INTEGER NOT NULL,
    PRIMARY KEY (service_id, grain_id, reminder_name)
);

-- A silo loads the reminders of its hash range at start and whenever the ring changes.
CREATE INDEX IF NOT EXISTS orleans_reminder_by_hash ON orleans_reminder (service_id, grain_hash);
