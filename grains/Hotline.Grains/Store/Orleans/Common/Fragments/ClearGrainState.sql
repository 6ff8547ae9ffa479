-- Clears a grain's state when the grain holds the stored version: the payload goes, the row and its version stay.
-- Returns the new version as NewGrainStateVersion, or no row when the versions differ.
UPDATE orleans_grain_state
SET payload = NULL, version = version + 1, modified_at = CURRENT_TIMESTAMP
WHERE {{GrainKeyMatches}}
  AND version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion
