-- Moving an existing single-node clean room into a Citus cluster (docs/scale-out.md, route (a)):
-- the server becomes the coordinator and every published dataset version becomes a distributed
-- table of the same name in the anchor's co-location group.
--
-- NOT RUN HERE: Citus cannot be installed on this machine. Checked against the Citus documentation
-- (create_distributed_table copies the rows of a non-empty table to the shards;
-- truncate_local_data_after_distributing_table removes the coordinator's local copy), not executed.
--
-- Order: stop the service; install Citus and run 01-cluster.sql and Part 1 of
-- 02-dataset-version.sql on this server; run this file; restart the service with
-- CLEANROOM_DATA_PARTITIONS=1. (To move to a new coordinator instead, restore a pg_dump of the old
-- database there first.) Dataset ids and versions do not change, so current_datasets, cached
-- releases and privacy ledgers stay valid as they are.
--
--   psql "$DATABASE_URL" -f docs/citus/04-migrating.sql

\set ON_ERROR_STOP on

-- One version: copy into a plain table, distribute it (Citus copies the rows to the shards), drop
-- the coordinator's local copy, then take the original's place and name. Works whether the original
-- is hash-partitioned (CLEANROOM_DATA_PARTITIONS > 1) or plain.
CREATE OR REPLACE FUNCTION public.cleanroom_migrate_dataset(dataset_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  old regclass;
  tmp text := format('cleanroom_data.%I', dataset_id || '_citus');
BEGIN
  IF dataset_id !~ '^ds_[0-9a-z]{26}$' THEN
    RAISE EXCEPTION 'not a dataset id: %', dataset_id;
  END IF;
  old := format('cleanroom_data.%I', dataset_id)::regclass;
  IF EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = old) THEN
    RETURN; -- already distributed
  END IF;
  EXECUTE format('CREATE TABLE %s AS SELECT * FROM %s', tmp, old);
  EXECUTE format('ALTER TABLE %s ALTER COLUMN token SET NOT NULL', tmp);
  PERFORM create_distributed_table(tmp::regclass, 'token', colocate_with => 'cleanroom_data.colocation_anchor');
  PERFORM truncate_local_data_after_distributing_table(tmp::regclass);
  EXECUTE format('DROP TABLE %s', old);
  EXECUTE format('ALTER TABLE %s RENAME TO %I', tmp, dataset_id);
  EXECUTE format('ALTER TABLE cleanroom_data.%I ADD CONSTRAINT %I PRIMARY KEY (token)', dataset_id, dataset_id || '_pkey');
  EXECUTE format('ANALYZE cleanroom_data.%I', dataset_id);
  UPDATE datasets SET partitions = 1 WHERE id = dataset_id;
END $$;

-- Every published version, one transaction each (psql runs each generated statement on its own).
SELECT format('SELECT public.cleanroom_migrate_dataset(%L)', id)
  FROM datasets
 WHERE status = 'published'
 ORDER BY created_at
\gexec

-- Check: every published version is in the anchor's co-location group.
SELECT d.id, p.colocationid = a.colocationid AS colocated
  FROM datasets d
  LEFT JOIN pg_dist_partition p ON p.logicalrelid = format('cleanroom_data.%I', d.id)::regclass
  CROSS JOIN (SELECT colocationid FROM pg_dist_partition WHERE logicalrelid = 'cleanroom_data.colocation_anchor'::regclass) a
 WHERE d.status = 'published'
 ORDER BY d.id;
