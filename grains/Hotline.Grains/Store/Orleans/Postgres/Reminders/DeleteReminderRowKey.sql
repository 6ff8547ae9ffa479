-- Orleans reads one boolean: whether the row went. A newer version (another silo re-registered it) keeps the row.
WITH deleted AS (
{{DeleteReminderRow}}
RETURNING 1
)
SELECT count(*) > 0 AS Deleted FROM deleted;
