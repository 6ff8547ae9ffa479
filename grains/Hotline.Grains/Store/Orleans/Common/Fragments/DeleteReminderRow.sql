-- Removes one reminder if it still has the version (ETag) the caller read (a statement).
DELETE FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName
  AND version = @Version
