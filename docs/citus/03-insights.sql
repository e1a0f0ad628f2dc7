-- The insight aggregates under Citus: the service's SQL, unchanged, and the plan to expect
-- (docs/scale-out.md, route (a)). Read-only; run with psql on the coordinator.
--
-- NOT RUN HERE: Citus cannot be installed on this machine. The plans below are the shape the Citus
-- documentation describes for co-located multi-shard joins, not captured output.
--
-- The statements are those of services/cleanroom/src/store/aggregates.ts (exactCounts and the base
-- counts it caches) for an agreement whose brand allows value_tier and whose partner allows
-- content_category (multi-valued).
-- Example tables: brand  cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2",
--                 partner cleanroom_data."ds_ppppppppppppppppppppppppp1";
-- replace them with the agreement's current versions (current_datasets).

\set ON_ERROR_STOP on

-- 0. Both versions must be in the anchor's co-location group (same colocationid on every row).
SELECT logicalrelid, colocationid, partmethod
  FROM pg_dist_partition
 WHERE logicalrelid IN ('cleanroom_data.colocation_anchor'::regclass,
                        'cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2"'::regclass,
                        'cleanroom_data."ds_ppppppppppppppppppppppppp1"'::regclass);

-- 1. Overlap by a brand attribute: an inner join of the two versions, the join plain SQL would run
--    for this count. (Without a brand attribute the first column is NULL::text.)
EXPLAIN (VERBOSE, COSTS OFF)
SELECT b."a_value_tier"::text AS seg, NULL::text AS ctx, count(*) AS n
  FROM cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2" b
  JOIN cleanroom_data."ds_ppppppppppppppppppppppppp1" p ON p.token = b.token
 GROUP BY 1;

-- 2. Context affinity: an inner join of the two versions, each partner id counted in at most $1
--    values of the multi-valued attribute (the contribution bound); grouped by brand segment and
--    value. $1 is a bind parameter, as the service sends it. (For a single-valued attribute the
--    service writes unnest(ARRAY[p."a_<name>"]) and sends no parameter.)
PREPARE context_insight(int) AS
SELECT b."a_value_tier"::text AS seg, v AS ctx, count(*) AS n
  FROM cleanroom_data."ds_ppppppppppppppppppppppppp1" p
  JOIN cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2" b ON b.token = p.token
 CROSS JOIN LATERAL unnest(p."a_content_category"[1:$1]) AS v
 GROUP BY 1, 2;
EXPLAIN (VERBOSE, COSTS OFF) EXECUTE context_insight(3);
DEALLOCATE context_insight;

-- 3. The bases, computed once per version: they read one version alone and a version's table never
--    changes, so the service caches them in memory (the first insight on a new version runs them,
--    later ones do not). Single-table multi-shard queries: one task per shard, no join.
--    Brand segment sizes per value of the brand attribute:
EXPLAIN (VERBOSE, COSTS OFF)
SELECT b."a_value_tier"::text AS seg, NULL::text AS ctx, count(*) AS n
  FROM cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2" b
 GROUP BY 1;
--    Partner ids per value of the context attribute, with the same contribution cap (cached per
--    version, attribute and cap):
PREPARE partner_base(int) AS
SELECT NULL::text AS seg, v AS ctx, count(*) AS n
  FROM cleanroom_data."ds_ppppppppppppppppppppppppp1" p
 CROSS JOIN LATERAL unnest(p."a_content_category"[1:$1]) AS v
 GROUP BY 2;
EXPLAIN (VERBOSE, COSTS OFF) EXECUTE partner_base(3);
DEALLOCATE partner_base;
--    (For an overlap whose policy reveals the partner base, the service also caches the partner
--    total: SELECT NULL::text AS seg, NULL::text AS ctx, count(*) AS n FROM <partner version>.)

-- What Citus does with the insight joins. Both join two distributed tables of one co-location group
-- on their distribution column (an inner join, the simplest co-located case), with no filter on
-- token: each is a multi-shard query (not a router query, which a filter on one token value would
-- make), planned by pushdown. The coordinator sends one task per shard group - shard i of the brand
-- table with shard i of the partner table, on the worker holding both - each task runs the whole
-- join and a partial GROUP BY, and the coordinator adds up the partial counts per group. No data
-- moves between workers; what reaches the coordinator is one row per group and shard, not per id.
-- Expected shape (citus.shard_count = 32; shard names are <table>_<shardid>):
--
--   HashAggregate
--     Output: remote_scan.seg, remote_scan.ctx, sum(remote_scan.n)
--     Group Key: remote_scan.seg
--     ->  Custom Scan (Citus Adaptive)
--           Output: remote_scan.seg, remote_scan.ctx, remote_scan.n
--           Task Count: 32
--           Tasks Shown: One of 32
--           ->  Task
--                 Query: SELECT (b.a_value_tier)::text AS seg, NULL::text AS ctx, count(*) AS n
--                          FROM (cleanroom_data.ds_bbbbbbbbbbbbbbbbbbbbbbbbb2_102040 b
--                          JOIN cleanroom_data.ds_ppppppppppppppppppppppppp1_102072 p
--                            ON ((p.token OPERATOR(pg_catalog.=) b.token))) WHERE true GROUP BY ...
--                 Node: host=w1.internal port=5432 dbname=cleanroom
--                 ->  HashAggregate
--                       Group Key: (b.a_value_tier)::text
--                       ->  Hash Join                 (or Merge Join on the two primary keys)
--                             Hash Cond: (b.token = p.token)
--                             ->  Seq Scan on ds_bbbbbbbbbbbbbbbbbbbbbbbbb2_102040 b
--                             ->  Hash
--                                   ->  Seq Scan on ds_ppppppppppppppppppppppppp1_102072 p
--
-- The context query has the same outline: in each task an inner Hash Join (or Merge Join) of the
-- shard pair, with a Nested Loop over "Function Scan on unnest v" above it, and the coordinator
-- groups by remote_scan.seg, remote_scan.ctx. The base statements have one task per shard of their
-- one table (a Seq Scan and a partial GROUP BY, no join). SET citus.explain_all_tasks = on shows all
-- 32 tasks.
--
-- If co-location does not hold (a different colocationid in step 0: a version distributed without
-- colocate_with), the plan is no longer one task per shard pair: Citus refuses the join, or with
-- citus.enable_repartition_joins = on plans a repartition join that moves rows between workers.
-- Move the table into the group with
-- alter_distributed_table('<table>', colocate_with => 'cleanroom_data.colocation_anchor'), which
-- rewrites it; update_distributed_table_colocation only changes metadata and moves no data.
