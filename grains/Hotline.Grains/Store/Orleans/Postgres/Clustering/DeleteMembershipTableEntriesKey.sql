-- Forgets a whole cluster: its silo rows and its version row.
WITH members AS (
    DELETE FROM orleans_membership WHERE deployment_id = @DeploymentId
)
DELETE FROM orleans_membership_version WHERE deployment_id = @DeploymentId;
