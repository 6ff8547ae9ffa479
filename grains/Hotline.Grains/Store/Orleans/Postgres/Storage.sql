-- Grain storage on PostgreSQL (scale-out). Applied at every start: every statement is idempotent.

-- One row per persisted grain state. Orleans identifies a state by service, state name and grain key; it also hands
-- over 32-bit hashes of the name and the key, which lead the key so look-ups compare integers first.
CREATE TABLE IF NOT EXISTS orleans_grain_state
(
    grain_id_hash      integer     NOT NULL,
    grain_type_hash    integer     NOT NULL,
    service_id         text        NOT NULL,
    grain_type         text        NOT NULL,
    grain_id_n0        bigint      NOT NULL,
    grain_id_n1        bigint      NOT NULL,
    -- The string part of the key; '' when the key has none (a key column cannot hold NULL).
    grain_id_extension text        NOT NULL,
    -- NULL after the grain cleared its state; the row stays so the version keeps counting.
    payload            bytea,
    version            integer     NOT NULL,
    modified_at        timestamptz NOT NULL,
    PRIMARY KEY (grain_id_hash, grain_type_hash, service_id, grain_type, grain_id_n0, grain_id_n1, grain_id_extension)
);
