-- Writes a grain's state if the version the grain holds (@GrainStateVersion, NULL for a state never written) is the
-- stored one; returns the new version as NewGrainStateVersion, or no row when the versions differ.
INSERT INTO orleans_grain_state AS stored
    (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension,
     payload, version, modified_at)
SELECT @GrainIdHash, @GrainTypeHash, @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''),
       @PayloadBinary, 1, CURRENT_TIMESTAMP
-- A grain that holds a version but finds no row lost its row: that is a conflict, not a first write.
WHERE @GrainStateVersion IS NULL
   OR EXISTS (SELECT 1 FROM orleans_grain_state WHERE {{GrainKeyMatches}})
ON CONFLICT (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
DO UPDATE SET payload = excluded.payload, version = stored.version + 1, modified_at = excluded.modified_at
    WHERE stored.version = @GrainStateVersion
RETURNING version AS NewGrainStateVersion
