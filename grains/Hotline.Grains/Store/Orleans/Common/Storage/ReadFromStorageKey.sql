-- The state of one grain: no row when it was never written; PayloadBinary is NULL after a clear.
SELECT payload AS PayloadBinary, version AS Version
FROM orleans_grain_state
WHERE {{GrainKeyMatches}};
