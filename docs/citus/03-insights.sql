-- The insight aggregates under Citus: the service's SQL, unchanged, and the plan to expect
-- (docs/scale-out.md, route (a)). Read-only; run with psql on the coordinator.
--
-- NOT RUN HERE: Citus cannot be installed on this machine. The plans below are the shape the Citus
-- documentation describes for co-located multi-shard joins, not captured output.
--
-- The statements are those of services/cleanroom/src/store/aggregates.ts (exactCounts) for an
-- agreement whose brand allows value_tier and whose partner allows content_category (multi-valued).
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

-- 1. Overlap by a brand attribute: brand-driven outer join; the base and the overlap come from one
--    pass. (Without a brand attribute the first column is NULL::text.)
EXPLAIN (VERBOSE, COSTS OFF)
SELECT b."a_value_tier"::text AS seg, count(*) AS base, count(p.token) AS overlap
  FROM cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2" b
  LEFT JOIN cleanroom_data."ds_ppppppppppppppppppppppppp1" p ON p.token = b.token
 GROUP BY 1;

-- 2. Context affinity: partner-driven outer join, each partner id counted in at most $1 values of
--    the multi-valued attribute (the contribution bound); grouped by brand segment, value, and
--    whether the id is in the brand's data. $1 is a bind parameter, as the service sends it.
PREPARE context_insight(int) AS
SELECT b."a_value_tier"::text AS seg, v AS ctx, b.token IS NOT NULL AS inb, count(*) AS n
  FROM cleanroom_data."ds_ppppppppppppppppppppppppp1" p
  LEFT JOIN cleanroom_data."ds_bbbbbbbbbbbbbbbbbbbbbbbbb2" b ON b.token = p.token
 CROSS JOIN LATERAL unnest(p."a_content_category"[1:$1]) AS v
 GROUP BY 1, 2, 3;
EXPLAIN (VERBOSE, COSTS OFF) EXECUTE context_insight(3);
DEALLOCATE context_insight;

-- What Citus does with them. Both join two distributed tables of one co-location group on their
-- distribution column, with no filter on token: each is a multi-shard query (not a router query,
-- which a filter on one token value would make), planned by pushdown. The coordinator sends one
-- task per shard group - shard i of the brand table with shard i of the partner table, on the
-- worker holding both - each task runs the whole join and a partial GROUP BY, and the coordinator
-- adds up the partial counts per group. No data moves between workers; what reaches the
-- coordinator is one row per group and shard, not per id. Expected shape (citus.shard_count = 32;
-- shard names are <table>_<shardid>):
--
--   HashAggregate
--     Output: remote_scan.seg, sum(remote_scan.base), sum(remote_scan.overlap)
--     Group Key: remote_scan.seg
--     ->  Custom Scan (Citus Adaptive)
--           Output: remote_scan.seg, remote_scan.base, remote_scan.overlap
--           Task Count: 32
--           Tasks Shown: One of 32
--           ->  Task
--                 Query: SELECT (b.a_value_tier)::text AS seg, count(*) AS base, count(p.token) AS overlap
--                          FROM (cleanroom_data.ds_bbbbbbbbbbbbbbbbbbbbbbbbb2_102040 b
--                          LEFT JOIN cleanroom_data.ds_ppppppppppppppppppppppppp1_102072 p
--                            ON ((p.token OPERATOR(pg_catalog.=) b.token))) WHERE true GROUP BY ...
--                 Node: host=w1.internal port=5432 dbname=cleanroom
--                 ->  HashAggregate
--                       Group Key: (b.a_value_tier)::text
--                       ->  Hash Left Join            (or Merge Left Join on the two primary keys)
--                             Hash Cond: (b.token = p.token)
--                             ->  Seq Scan on ds_bbbbbbbbbbbbbbbbbbbbbbbbb2_102040 b
--                             ->  Hash
--                                   ->  Seq Scan on ds_ppppppppppppppppppppppppp1_102072 p
--
-- The context query has the same outline: the task adds a Nested Loop over
-- "Function Scan on unnest v" above the join, and the coordinator groups by remote_scan.seg,
-- remote_scan.ctx, remote_scan.inb. SET citus.explain_all_tasks = on shows all 32 tasks.
--
-- If co-location does not hold (a different colocationid in step 0: a version distributed without
-- colocate_with), the plan is no longer one task per shard pair: Citus refuses the outer join or
-- plans a step that moves rows between workers. Move the table into the group with
-- alter_distributed_table('<table>', colocate_with => 'cleanroom_data.colocation_anchor'), which
-- rewrites it; update_distributed_table_colocation only changes metadata and moves no data.
