-- Orleans reads the first column: the new version, or NULL when the grain's version is not the stored one.
WITH cleared AS (
{{ClearGrainState}}
)
SELECT (SELECT NewGrainStateVersion FROM cleared) AS NewGrainStateVersion;
