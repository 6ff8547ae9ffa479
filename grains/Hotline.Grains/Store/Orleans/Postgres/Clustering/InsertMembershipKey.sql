-- Adds a silo's row and moves the cluster version on from @Version, both or neither. Orleans reads 1 on success,
-- 0 when the version moved meanwhile or the row already exists (it then reads the table again and retries).
WITH moved AS (
    UPDATE orleans_membership_version
    SET version = version + 1, changed_at = now()
    WHERE deployment_id = @DeploymentId
      AND version = @Version
      AND NOT EXISTS (SELECT 1 FROM orleans_membership
                      WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation)
    RETURNING deployment_id
),
added AS (
    INSERT INTO orleans_membership
        (deployment_id, address, port, generation, silo_name, host_name, status, proxy_port, start_time, i_am_alive_time)
    SELECT deployment_id, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort, @StartTime, @IAmAliveTime
    FROM moved
    ON CONFLICT (deployment_id, address, port, generation) DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer FROM added;
