-- One reminder of one grain; no row when the grain has none by that name.
SELECT {{ReminderColumns}}
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_id = @GrainId
  AND reminder_name = @ReminderName;
