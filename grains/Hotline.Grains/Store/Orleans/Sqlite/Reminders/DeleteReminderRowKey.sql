-- Orleans reads one boolean: whether the row went. A newer version (another silo re-registered it) keeps the row.
{{DeleteReminderRow}};

-- SQLite cannot wrap DELETE in a sub-query; changes() is per connection and counts the statement above.
SELECT changes() > 0 AS Deleted;
