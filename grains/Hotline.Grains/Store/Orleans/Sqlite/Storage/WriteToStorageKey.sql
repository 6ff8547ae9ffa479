-- Orleans reads NewGrainStateVersion: the new version, or NULL when the grain's version is not the stored one (another
-- activation wrote first), which it reports as an inconsistent state. Exactly one row comes back either way.
{{WriteGrainState}};

-- SQLite cannot wrap RETURNING in a sub-query, so the "nothing written" answer is a second statement;
-- changes() is per connection and counts the statement above.
SELECT NULL AS NewGrainStateVersion WHERE changes() = 0;
