-- Changes a silo's status, suspicions and liveness and moves the cluster version on from @Version, both or neither.
-- Orleans reads 1 on success, 0 when the version moved meanwhile or the silo has no row.
WITH moved AS (
    UPDATE orleans_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId
      AND version = @Version
      AND EXISTS (SELECT 1 FROM orleans_membership
                  WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING deployment_id
),
changed AS (
    UPDATE orleans_membership AS member
    SET status = @Status, suspect_times = @SuspectTimes, i_am_alive_time = @IAmAliveTime
    FROM moved
    WHERE member.deployment_id = moved.deployment_id
      AND member.address = @Address AND member.port = @Port AND member.generation = @Generation
    RETURNING 1
)
SELECT count(*)::integer FROM changed;
