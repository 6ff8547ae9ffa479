-- Creates the cluster's version row if it is missing; Orleans reads 1 when this call created it, 0 otherwise.
WITH created AS (
    INSERT INTO orleans_membership_version (deployment_id)
    VALUES (@DeploymentId)
    ON CONFLICT (deployment_id) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer FROM created;
