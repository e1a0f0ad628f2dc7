-- One dataset version under Citus: its table created, distributed, loaded through the coordinator,
-- de-duplicated and indexed, analysed, published, and the superseded version dropped
-- (docs/scale-out.md, route (a)).
--
-- NOT RUN HERE: Citus cannot be installed on this machine. Checked against the Citus documentation,
-- not executed.
--
-- Part 1 (run once, after 01-cluster.sql) defines two functions the loader calls. Part 2 is the
-- loading transaction as the loader would send it under Citus, with example ids; psql skips it
-- (\if false), since the rows arrive by binary COPY from the service and the publish step writes
-- the service's own control tables.
--
--   psql "$DATABASE_URL" -f docs/citus/02-dataset-version.sql

\set ON_ERROR_STOP on

-- Part 1 ----------------------------------------------------------------------------------------

-- Citus shards ARE the hash partitions: under Citus a version's table is a plain table (no
-- PARTITION BY; CLEANROOM_DATA_PARTITIONS=1), hash-distributed by token into the anchor's
-- co-location group. Brand and partner versions of an agreement then have the same shard count and
-- the same distribution column type, shard i of each on the same worker: the insight joins, and the
-- new-versus-previous comparison at upload, need no repartitioning.
CREATE OR REPLACE FUNCTION public.cleanroom_distribute_dataset(dataset regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_class c
                  WHERE c.oid = dataset AND c.relkind = 'r'
                    AND c.relnamespace = 'cleanroom_data'::regnamespace
                    AND c.relname ~ '^ds_[0-9a-z]{26}$') THEN
    RAISE EXCEPTION '% is not a plain dataset table in cleanroom_data', dataset;
  END IF;
  PERFORM create_distributed_table(dataset, 'token', colocate_with => 'cleanroom_data.colocation_anchor');
END $$;

-- After the COPY: remove repeated tokens (the first row of each is kept), add the primary key,
-- analyse; returns the rows removed. The DELETE joins on token, the distribution column, so it runs
-- shard by shard, and a ctid is compared only with ctids of the same shard (a ctid is unique only
-- within one table). The primary key contains the distribution column, as Citus requires of every
-- unique constraint. ANALYZE on the coordinator is propagated to every shard.
CREATE OR REPLACE FUNCTION public.cleanroom_index_dataset(dataset regclass) RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
  removed bigint;
  name text;
BEGIN
  SELECT c.relname INTO name FROM pg_class c
   WHERE c.oid = dataset AND c.relnamespace = 'cleanroom_data'::regnamespace AND c.relname ~ '^ds_[0-9a-z]{26}$';
  IF name IS NULL THEN
    RAISE EXCEPTION '% is not a dataset table in cleanroom_data', dataset;
  END IF;
  EXECUTE format(
    'DELETE FROM %1$s t USING (
       SELECT token, ctid FROM (SELECT token, ctid, row_number() OVER (PARTITION BY token ORDER BY ctid) AS n FROM %1$s) r
        WHERE n > 1) d
      WHERE t.token = d.token AND t.ctid = d.ctid', dataset);
  GET DIAGNOSTICS removed = ROW_COUNT;
  EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I PRIMARY KEY (token)', dataset, name || '_pkey');
  EXECUTE format('ANALYZE %s', dataset);
  RETURN removed;
END $$;

-- Part 2 ----------------------------------------------------------------------------------------
\if false

BEGIN;

-- 1. The version's table, no index yet: token plus one column per attribute the agreement allows
--    the side (text, or text[] when multi-valued), exactly as on a single node.
CREATE TABLE cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2" (token bigint NOT NULL, a_value_tier text, a_lifecycle text);
SELECT cleanroom_distribute_dataset('cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2"');

-- 2. Load through the coordinator. Citus parses the COPY stream with PostgreSQL's COPY code and
--    sends each row to the shard that owns its token, over connections to the workers in parallel.
--    Binary format as on a single node; without FREEZE, whose effect on shards is not documented.
COPY cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2" (token, a_value_tier, a_lifecycle) FROM STDIN (FORMAT binary);

-- 3. Repeated tokens out, primary key, ANALYZE (Part 1).
SELECT cleanroom_index_dataset('cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2"');

-- 4. The upload rules compare the new version with the current one: the same co-located join on
--    token, pushed down shard pair by shard pair (services/cleanroom/src/store/datasets.ts,
--    compareVersions and segmentChanges), unchanged.

-- 5. Publish, as on a single node, in this transaction: the datasets row and the current_datasets
--    pointer (local tables of the coordinator) move to the new version, the audit event is appended,
--    and the superseded version's table is dropped, which drops its shards on the workers.
--    Citus makes the commit atomic across coordinator and workers (two-phase commit).
DROP TABLE cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb1";

COMMIT;

\endif
