-- Registers a reminder or replaces its schedule; returns the row's new version (Orleans' ETag for it) as Version.
INSERT INTO orleans_reminder AS stored
    (service_id, grain_id, reminder_name, grain_hash, start_time, period_ms, version)
VALUES (@ServiceId, @GrainId, @ReminderName, @GrainHash, @StartTime, @Period, 0)
ON CONFLICT (service_id, grain_id, reminder_name)
DO UPDATE SET grain_hash = excluded.grain_hash, start_time = excluded.start_time, period_ms = excluded.period_ms,
              version = stored.version + 1
RETURNING version AS Version;
