// Issue 8 (part): PostgreSQL's own sharding, the scale-out route testable on one machine. Two
// throwaway worker clusters (initdb + postgres from the embedded binaries, on loopback ports, removed
// afterwards) hold the hash partitions of the brand and partner tables as postgres_fdw foreign
// tables of a coordinator. The service's own aggregate SQL runs on the coordinator; the result must
// equal the single-node one and the plan must push each partition pair's join down to its worker.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRelease } from '@cleanroom/policies';
import { exactCounts } from '../../services/cleanroom/src/store/aggregates.js';
import type { CurrentDataset } from '../../services/cleanroom/src/store/datasets.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../services/cleanroom/src/store/embedded-postgres.js';
import { BRAND, policy } from '../../policies/test/fixtures.js';

const PARTITIONS = 4;
const BRAND_IDS = 20_000;
const PARTNER_IDS = 30_000;
const OVERLAP_START = 12_000; // partner ids start here: 8,000 shared

describe('sharding across postgres_fdw workers', () => {
  const root = join(tmpdir(), `cleanroom-shards-${randomBytes(4).toString('hex')}`);
  const clusters: EmbeddedDatabase[] = [];
  let coordinator: pg.Pool;

  const dataset = (table: string, attributes: CurrentDataset['attributes'], rows: number): CurrentDataset => ({ id: table, version: 1, table, rows, saltCheck: 'x', attributes, segmentChanges: null });
  const brandAttrs = [{ name: 'value_tier', column: 'a_value_tier', multi: false }];
  const partnerAttrs = [{ name: 'content_category', column: 'a_content_category', multi: true }];
  const brandRows = `SELECT ('x' || substr(md5(i::text), 1, 16))::bit(64)::bigint, (ARRAY['high','mid','low'])[1 + i % 3] FROM generate_series(1, ${BRAND_IDS}) i`;
  const partnerRows = `SELECT ('x' || substr(md5(i::text), 1, 16))::bit(64)::bigint, (ARRAY['news','sports','cooking','travel','tech'])[1 + i % 5 : 2 + i % 5] FROM generate_series(${OVERLAP_START + 1}, ${OVERLAP_START + PARTNER_IDS}) i`;

  beforeAll(async () => {
    for (const name of ['coordinator', 'worker1', 'worker2']) clusters.push(await startEmbeddedPostgres({ dir: join(root, name), ephemeral: true }));
    const [coord, ...workers] = clusters as [EmbeddedDatabase, EmbeddedDatabase, EmbeddedDatabase];
    coordinator = new pg.Pool({ connectionString: coord.url, max: 2 });
    await coordinator.query('CREATE EXTENSION postgres_fdw');
    for (const [w, worker] of workers.entries()) {
      const url = new URL(worker.url);
      const server = `worker${w + 1}`;
      await coordinator.query(`CREATE SERVER ${server} FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '${url.port}', dbname 'postgres', async_capable 'true', use_remote_estimate 'true', fetch_size '10000')`);
      await coordinator.query(`CREATE USER MAPPING FOR CURRENT_USER SERVER ${server} OPTIONS (user 'postgres', password '${decodeURIComponent(url.password)}')`);
    }
    // Partitions 0,1 on worker1 and 2,3 on worker2: brand and partner partitions of the same bucket
    // side by side, so every partition pair joins on one worker.
    await coordinator.query(`CREATE TABLE brand (token bigint NOT NULL, a_value_tier text) PARTITION BY HASH (token)`);
    await coordinator.query(`CREATE TABLE partner (token bigint NOT NULL, a_content_category text[]) PARTITION BY HASH (token)`);
    for (let i = 0; i < PARTITIONS; i++) {
      const worker = i < PARTITIONS / 2 ? 1 : 2;
      const w = new pg.Client({ connectionString: clusters[worker]!.url });
      await w.connect();
      await w.query(`CREATE TABLE brand_p${i} (token bigint PRIMARY KEY, a_value_tier text)`);
      await w.query(`CREATE TABLE partner_p${i} (token bigint PRIMARY KEY, a_content_category text[])`);
      await w.end();
      for (const t of ['brand', 'partner']) {
        await coordinator.query(`CREATE FOREIGN TABLE ${t}_p${i} PARTITION OF ${t} FOR VALUES WITH (MODULUS ${PARTITIONS}, REMAINDER ${i}) SERVER worker${worker} OPTIONS (table_name '${t}_p${i}')`);
      }
    }
    await coordinator.query(`INSERT INTO brand ${brandRows}`);
    await coordinator.query(`INSERT INTO partner ${partnerRows}`);
    // The single-node reference: the same rows in ordinary local tables.
    await coordinator.query(`CREATE TABLE brand_local AS ${brandRows}`);
    await coordinator.query(`CREATE TABLE partner_local AS ${partnerRows}`);
    await coordinator.query('ALTER TABLE brand_local RENAME COLUMN int8 TO token');
    await coordinator.query('ALTER TABLE brand_local RENAME COLUMN "array" TO a_value_tier');
    await coordinator.query('ALTER TABLE partner_local RENAME COLUMN int8 TO token');
    await coordinator.query('ALTER TABLE partner_local RENAME COLUMN "array" TO a_content_category');
    for (let w = 1; w <= 2; w++) {
      const c = new pg.Client({ connectionString: clusters[w]!.url });
      await c.connect();
      await c.query('ANALYZE');
      await c.end();
    }
    await coordinator.query('ANALYZE brand, partner, brand_local, partner_local');
  }, 120_000);

  afterAll(async () => {
    await coordinator?.end();
    for (const c of clusters) await c.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('the insight aggregate across two workers equals the single-node one, with the joins pushed down', async () => {
    const client = await coordinator.connect();
    try {
      await client.query('SET enable_partitionwise_join = on');
      await client.query('SET enable_partitionwise_aggregate = on');
      for (const request of [
        { kind: 'overlap' as const, requester: BRAND, brandAttribute: 'value_tier' },
        { kind: 'context' as const, requester: BRAND, partnerAttribute: 'content_category' },
      ]) {
        const plan = planRelease(request, policy(), { minCohortFloor: 50, maxEpsilonPerRelease: 1 });
        const sharded = await exactCounts(client, plan, dataset('brand', brandAttrs, BRAND_IDS), dataset('partner', partnerAttrs, PARTNER_IDS));
        const local = await exactCounts(client, plan, dataset('brand_local', brandAttrs, BRAND_IDS), dataset('partner_local', partnerAttrs, PARTNER_IDS));
        expect(sharded).toEqual(local);
        const overlapTotal = [...sharded.overlap.values()].reduce((a, b) => a + b, 0n);
        if (request.kind === 'overlap') expect(overlapTotal).toBe(BigInt(BRAND_IDS - OVERLAP_START));
      }
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(
        'EXPLAIN (VERBOSE, COSTS OFF) SELECT b.a_value_tier::text AS seg, NULL::text AS ctx, count(*) AS n FROM brand b JOIN partner p ON p.token = b.token GROUP BY 1',
      );
      const text = rows.map((r) => r['QUERY PLAN']).join('\n');
      // One remote join per partition pair, each sent to its worker as a single query.
      for (let i = 0; i < PARTITIONS; i++) {
        expect(text).toMatch(new RegExp(`Relations: \\(public\\.brand_p${i} b(_\\d+)?\\) INNER JOIN \\(public\\.partner_p${i} p(_\\d+)?\\)`));
      }
      expect(text).not.toMatch(/Merge Join|Hash Join|Nested Loop/);
    } finally {
      client.release();
    }
  }, 120_000);
});
