-- Cluster membership on PostgreSQL: several silos find each other and agree who is alive. Applied at every start:
-- every statement is idempotent. Orleans' "deployment id" is the cluster id (Hotline:Silo:ClusterId).

-- One row per cluster: the membership table's version. Every change to a member row also moves this version on,
-- in the same statement, and only from the version the silo read: that is how Orleans' membership protocol keeps
-- concurrent silos from overwriting each other's view.
CREATE TABLE IF NOT EXISTS orleans_membership_version
(
    deployment_id text        NOT NULL PRIMARY KEY,
    version       integer     NOT NULL DEFAULT 0,
    changed_at    timestamptz NOT NULL DEFAULT now()
);

-- One row per silo start (address, port and generation identify it).
CREATE TABLE IF NOT EXISTS orleans_membership
(
    deployment_id   text        NOT NULL,
    address         text        NOT NULL,
    port            integer     NOT NULL,
    generation      integer     NOT NULL,
    silo_name       text        NOT NULL,
    host_name       text        NOT NULL,
    -- Orleans' SiloStatus as a number (3 = Active, 6 = Dead).
    status          integer     NOT NULL,
    -- The client gateway port; 0 when the silo has none.
    proxy_port      integer     NOT NULL DEFAULT 0,
    -- Votes of other silos that suspect this one: "address,time|address,time", as Orleans formats them.
    suspect_times   text,
    start_time      timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    PRIMARY KEY (deployment_id, address, port, generation)
);
