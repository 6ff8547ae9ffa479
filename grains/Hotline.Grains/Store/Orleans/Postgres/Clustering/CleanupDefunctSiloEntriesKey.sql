-- Removes rows of silos that stopped sending "I am alive" before @IAmAliveTime and are not active (3 = Active):
-- dead silos' rows would otherwise pile up with every restart.
DELETE FROM orleans_membership
WHERE deployment_id = @DeploymentId AND i_am_alive_time < @IAmAliveTime AND status <> 3;
