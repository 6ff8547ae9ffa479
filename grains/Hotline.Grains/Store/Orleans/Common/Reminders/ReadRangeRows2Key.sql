-- The reminders of a silo's ring range that wraps past the largest hash: above @BeginHash or up to @EndHash.
SELECT {{ReminderColumns}}
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND (grain_hash > @BeginHash OR grain_hash <= @EndHash);
