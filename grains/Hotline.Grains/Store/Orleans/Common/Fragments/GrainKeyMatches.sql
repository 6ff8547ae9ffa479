-- The row of the grain state Orleans names by its parameters (a condition; used inside WHERE).
    grain_id_hash = @GrainIdHash
AND grain_type_hash = @GrainTypeHash
AND service_id = @ServiceId
AND grain_type = @GrainTypeString
AND grain_id_n0 = @GrainIdN0
AND grain_id_n1 = @GrainIdN1
AND grain_id_extension = COALESCE(@GrainIdExtensionString, '')
