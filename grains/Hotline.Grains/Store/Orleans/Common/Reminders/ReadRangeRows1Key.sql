-- The reminders of a silo's ring range when it does not wrap: hashes in (@BeginHash, @EndHash], compared as signed
-- integers the way Orleans chose this query.
SELECT {{ReminderColumns}}
FROM orleans_reminder
WHERE service_id = @ServiceId
  AND grain_hash > @BeginHash
  AND grain_hash <= @EndHash;
