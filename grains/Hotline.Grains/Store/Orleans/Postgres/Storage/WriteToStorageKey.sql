-- Orleans reads NewGrainStateVersion: the new version, or NULL when the grain's version is not the stored one (another
-- activation wrote first), which it reports as an inconsistent state. Exactly one row comes back either way.
WITH written AS (
{{WriteGrainState}}
)
SELECT (SELECT NewGrainStateVersion FROM written) AS NewGrainStateVersion;
