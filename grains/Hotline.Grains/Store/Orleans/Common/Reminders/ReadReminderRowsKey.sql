-- Every reminder of one grain.
SELECT {{ReminderColumns}}
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId;
