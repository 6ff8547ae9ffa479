-- Orleans reads the first column: the new version, or NULL when the grain's version is not the stored one.
{{ClearGrainState}};

SELECT NULL AS NewGrainStateVersion WHERE changes() = 0;
