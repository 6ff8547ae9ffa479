-- A silo's periodic "I am alive"; it does not change the membership version (Orleans ignores the outcome).
UPDATE orleans_membership
SET i_am_alive_time = @IAmAliveTime
WHERE deployment_id = @DeploymentId AND address = @Address AND port = @Port AND generation = @Generation;
