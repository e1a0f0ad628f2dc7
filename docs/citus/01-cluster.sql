-- Citus coordinator setup for the clean room (docs/scale-out.md, route (a)). Run once, with psql,
-- on the coordinator, in the service's database.
--
-- NOT RUN HERE: Citus cannot be installed on this machine. The functions and settings used below
-- (citus_set_coordinator_host, citus_add_node, create_distributed_table, citus.shard_count) were
-- checked against the Citus documentation, not executed.
--
-- Before this file, on every node (coordinator and workers):
--   * postgresql.conf: shared_preload_libraries = 'citus', and max_prepared_transactions > 0
--     (Citus commits transactions that touch several nodes with two-phase commit);
--   * a database of the same name as the service's, in which CREATE EXTENSION citus has been run;
--   * pg_hba.conf lets the coordinator reach the workers and the workers reach the coordinator.
-- Then start the service once against the coordinator (DATABASE_URL = the coordinator, and
-- CLEANROOM_DATA_PARTITIONS=1 so that dataset tables are plain tables, see 02): its migrations
-- create the control tables, which stay plain local tables here, and the schema cleanroom_data.
--
--   psql "$DATABASE_URL" -v coordinator=coord.internal -v worker1=w1.internal -v worker2=w2.internal \
--        -f docs/citus/01-cluster.sql

\set ON_ERROR_STOP on

CREATE EXTENSION IF NOT EXISTS citus;

DO $$
BEGIN
  IF to_regnamespace('cleanroom_data') IS NULL THEN
    RAISE EXCEPTION 'schema cleanroom_data is missing: start the service once against this database first';
  END IF;
END $$;

-- How the workers reach the coordinator (otherwise Citus uses citus.local_hostname, 'localhost').
SELECT citus_set_coordinator_host(:'coordinator', 5432);

-- The workers. More can be added later with citus_add_node; rebalance_table_shards() then moves
-- shard groups onto them (all tables of a co-location group move together).
SELECT citus_add_node(:'worker1', 5432);
SELECT citus_add_node(:'worker2', 5432);
SELECT * FROM citus_get_active_worker_nodes();

-- Shard count: 32 (also Citus's default), written down so that it is a decision, not an accident.
-- * It is fixed per co-location group once the first table is distributed (changing it means
--   alter_distributed_table(..., shard_count => n, cascade_to_colocated => true), which rewrites
--   every table of the group), so it is chosen for the cluster the data will grow into.
-- * A multi-shard query runs one task per shard (here: per brand/partner shard pair). Citus's
--   guidance for analytical workloads is at least one shard per worker CPU core, 2-4x the cores
--   present for room to grow: 32 suits 2-4 workers of 4-8 cores; use 64 or 128 beyond that.
-- * Each concurrent insight query may open up to one connection per shard on the workers (bounded
--   by citus.max_adaptive_executor_pool_size per session and citus.max_shared_pool_size per
--   worker): concurrent queries x shard count must fit in the workers' max_connections.
-- * Every dataset version is shard_count tables on the workers: about 2 x agreements x 32 in all.
SELECT current_database() AS db \gset
ALTER DATABASE :"db" SET citus.shard_count = 32;
SET citus.shard_count = 32;

-- The co-location anchor: an empty table that is never dropped. Every dataset version is
-- distributed with colocate_with => this table (02-dataset-version.sql), so brand and partner
-- versions of every agreement share one co-location group: same shard count, same distribution
-- column type (bigint), shard i of each on the same worker. Dataset tables themselves come and go
-- (a new version drops the one it supersedes), so none of them can serve as the anchor.
-- cleanroom_data must stay an ordinary schema: leave citus.enable_schema_based_sharding off
-- (Citus >= 12), which would otherwise turn tables created in a new schema into single-shard tables.
CREATE TABLE IF NOT EXISTS cleanroom_data.colocation_anchor (token bigint NOT NULL);
SELECT create_distributed_table('cleanroom_data.colocation_anchor', 'token', colocate_with => 'none')
 WHERE NOT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = 'cleanroom_data.colocation_anchor'::regclass);

-- The control tables (organizations, agreements, agreement_versions, agreement_members,
-- agreement_keys, datasets, current_datasets, releases, privacy_ledgers, audit_events,
-- cleanroom_migrations) are deliberately left as plain local tables of the coordinator: see
-- docs/scale-out.md, "What must hold". Nothing here distributes or replicates them.
