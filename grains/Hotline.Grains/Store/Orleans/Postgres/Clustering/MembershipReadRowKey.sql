-- The cluster's version with one silo's row (member columns NULL when that silo has none).
SELECT {{MembershipColumns}}
FROM orleans_membership_version AS v
LEFT JOIN orleans_membership AS m
       ON m.deployment_id = v.deployment_id AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deployment_id = @DeploymentId;
