-- Orleans' ADO.NET providers load their SQL from this table at start-up; its name and columns are fixed by Orleans
-- (unquoted, so PostgreSQL folds them to lower case, as Orleans' own unquoted query does). The schema installer
-- writes one row per query file (file name = QueryKey) at every start, so changed queries replace the old ones.
CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  text NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);
