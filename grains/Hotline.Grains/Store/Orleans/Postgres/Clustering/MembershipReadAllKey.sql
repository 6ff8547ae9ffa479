-- The cluster's version with every silo row. The version row always comes back (member columns NULL when the
-- cluster has no silo yet): Orleans takes the table version from the first row.
SELECT {{MembershipColumns}}
FROM orleans_membership_version AS v
LEFT JOIN orleans_membership AS m ON m.deployment_id = v.deployment_id
WHERE v.deployment_id = @DeploymentId;
