-- One reminder row's columns, named as Orleans reads them (a select list).
grain_id      AS GrainId,
reminder_name AS ReminderName,
start_time    AS StartTime,
period_ms     AS Period,
version       AS Version
