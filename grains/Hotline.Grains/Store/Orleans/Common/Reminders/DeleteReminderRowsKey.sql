-- Every reminder of the service (Orleans' test and reset path).
DELETE FROM orleans_reminder
WHERE service_id = @ServiceId;
