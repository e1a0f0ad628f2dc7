// npm run bench -- --size <N|10M|100M> [--rounds R] [--out bench-results] [--overlap 0.3] [--partitions 8] [--ingest N]
//
// Issue 8, the scale benchmark: every figure beside plain PostgreSQL on the same data in the same run.
//  1. a throwaway database (a fresh one on DATABASE_URL's server, or on an ephemeral embedded cluster);
//  2. the service as a child process on it, so that its peak RSS (VmHWM) is its own;
//  3. ingest (at full size unless --ingest caps it): NDJSON of pre-salted digests streamed to the
//     upload endpoint, beside plain binary COPY of the very tokens it stored into a table of the
//     same shape (and into one plain table);
//  4. size × size ids generated directly in PostgreSQL (30% overlap), partitioned as the service's;
//  5. overlap (by value_tier) + context (content_category) through the API, fresh each round, beside
//     the plain SQL joins on the same tables (and on unpartitioned copies of them);
//  6. the cached repeat (50 requests);
//  7. the service's peak RSS over the run;
//  8. the same exactCounts() on a coordinator whose hash partitions are postgres_fdw tables on two
//     worker clusters, beside the single node; their counts must be equal.
// Progress lines as it goes; the last line is one JSON object, also written with an SVG chart to
// <out>/scale-<size>.json|svg. Every cluster, database and file it made is removed at the end, also
// on failure or SIGINT.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { planRelease, type ExactCounts } from '@cleanroom/policies';
import { exactCounts } from '../../services/cleanroom/src/store/aggregates.js';
import { listVersions } from '../../services/cleanroom/src/store/agreements.js';
import { analyzeTable, createDataTable, currentDatasets, DATA_SCHEMA, indexAndDeduplicate, type CurrentDataset, type DatasetSide } from '../../services/cleanroom/src/store/datasets.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../services/cleanroom/src/store/embedded-postgres.js';
import { createPool, inTransaction } from '../../services/cleanroom/src/store/pool.js';
import { spawnService } from '../support/process.js';
import { barChart } from './chart.js';
import { dumpDataset, plainCopy } from './plain-copy.js';
import { ATTRIBUTES, benchPolicy, generateDataset, plainJoins, syntheticRows } from './synthetic.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1M' },
    rounds: { type: 'string' },
    out: { type: 'string', default: 'bench-results' },
    overlap: { type: 'string', default: '0.3' },
    partitions: { type: 'string', default: '8' },
    ingest: { type: 'string' },
  },
});

/** 2500, 10K, 1.5M → an integer count. */
function count(text: string, option: string): number {
  const m = /^(\d+(?:\.\d+)?)([KkMm]?)$/.exec(text.trim());
  const n = m ? Number(m[1]) * (m[2] === '' ? 1 : /k/i.test(m[2]!) ? 1e3 : 1e6) : NaN;
  if (!Number.isSafeInteger(n) || n < 1000) throw new Error(`--${option} takes a whole number ≥ 1000, with an optional K or M suffix (not ${JSON.stringify(text)})`);
  return n;
}
const label = (n: number): string => (n % 1e6 === 0 ? `${n / 1e6}M` : n % 1e3 === 0 ? `${n / 1e3}K` : String(n));

const SIZE = count(values.size, 'size');
// At full size by default: 100M ids upload in minutes here (measured), and then the ingest figure and
// the service's peak RSS are those of the size asked for. --ingest caps it.
const INGEST_IDS = Math.min(SIZE, values.ingest === undefined ? SIZE : count(values.ingest, 'ingest'));
const ROUNDS = values.rounds === undefined ? (SIZE <= 10_000_000 ? 3 : 1) : Number(values.rounds);
const OVERLAP = Number(values.overlap);
const PARTITIONS = Number(values.partitions);
const CACHED_REPEATS = 50;
const TARGET_RATIO = 1.5;
const TARGET_RSS_MB = 512;
if (!Number.isInteger(ROUNDS) || ROUNDS < 1) throw new Error('--rounds takes an integer ≥ 1');
if (!(OVERLAP > 0 && OVERLAP <= 1)) throw new Error('--overlap takes a fraction in (0, 1]');
// Sharding moves partitions to workers: it needs at least one per worker.
if (!Number.isInteger(PARTITIONS) || PARTITIONS < 2 || PARTITIONS > 256) throw new Error('--partitions takes an integer 2–256');

const began = performance.now();
const since = (t0: number): number => (performance.now() - t0) / 1000;
const log = (line: string): void => {
  const s = Math.round(since(began));
  console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${line}`);
};
const fmt = (n: number): string => Math.round(n).toLocaleString('en');
const mb = (bytes: number | undefined): number => (bytes === undefined ? NaN : Math.round(bytes / 2 ** 20));
const loadAverage = async (): Promise<number> => Number((await readFile('/proc/loadavg', 'utf8')).split(' ')[0]);
const round = (n: number, digits = 3): number => Number(n.toFixed(digits));
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: readonly number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)]!;

async function step<T>(title: string, fn: () => Promise<T>): Promise<{ value: T; seconds: number }> {
  log(`${title} …`);
  const t0 = performance.now();
  const value = await fn();
  const seconds = since(t0);
  log(`${title}: ${seconds.toFixed(1)} s`);
  return { value, seconds };
}

// ---- clean-up: last made, first removed; once, whether the run ends, fails or is interrupted ----
const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | undefined;
const cleanUp = (): Promise<void> =>
  (cleaning ??= (async () => {
    for (const undo of cleanups.reverse()) await undo().catch((err: unknown) => console.error(`clean-up: ${String(err)}`));
  })());
// `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and a
// signal with no listener left would end it in the middle of its clean-up.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (cleaning) return;
    log(`${signal}: removing what the run made`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const work = await mkdtemp(join(tmpdir(), 'cleanroom-bench-scale-'));
cleanups.push(() => rm(work, { recursive: true, force: true }));

try {
  const result = await run();
  const outDir = values.out;
  await mkdir(outDir, { recursive: true });
  const base = join(outDir, `scale-${label(SIZE)}`);
  await writeAtomically(`${base}.json`, JSON.stringify(result, null, 2) + '\n');
  await writeAtomically(`${base}.svg`, chart(result));
  log(`wrote ${base}.json and ${base}.svg`);
  console.log(JSON.stringify(result));
} finally {
  await cleanUp();
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

async function run() {
  const loadAtStart = await loadAverage();
  log(`scale benchmark: ${fmt(SIZE)} × ${fmt(SIZE)} ids (${OVERLAP * 100}% overlap), ${PARTITIONS} partitions, ${ROUNDS} round(s); ingest of ${fmt(INGEST_IDS)} ids`);

  // ---- 1. the database ----
  const external = process.env.DATABASE_URL;
  const embedded = external ? undefined : (await step('starting an embedded PostgreSQL', () => startEmbeddedPostgres({ dir: join(work, 'pg'), ephemeral: true }))).value;
  if (embedded) cleanups.push(() => embedded.stop());
  const serverUrl = external ?? embedded!.url;
  const admin = new pg.Client({ connectionString: serverUrl });
  // A server stopped by the same Ctrl-C must not crash the clean-up.
  admin.on('error', () => undefined);
  await admin.connect();
  cleanups.push(() => admin.end());
  const dbName = `cleanroom_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  cleanups.push(() => admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`));
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  const postgresVersion = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  log(`database ${dbName} on ${external ? 'the DATABASE_URL server' : 'the embedded cluster'} (PostgreSQL ${postgresVersion})`);

  // ---- 2. the service, a child process ----
  const operator = { clientId: 'bench-admin', clientSecret: randomBytes(24).toString('base64url') };
  let ingestPhasesMs: unknown = null;
  const service = await spawnService(
    {
      DATABASE_URL: dbUrl.toString(),
      CLEANROOM_MASTER_KEY: randomBytes(32).toString('hex'),
      CLEANROOM_DATA_DIR: join(work, 'svc'),
      CLEANROOM_ADMIN_CLIENT_ID: operator.clientId,
      CLEANROOM_ADMIN_CLIENT_SECRET: operator.clientSecret,
      CLEANROOM_DATA_PARTITIONS: String(PARTITIONS),
    },
    {
      onLine: (line) => {
        if (line.includes('"dataset published"')) ingestPhasesMs = (JSON.parse(line) as { ms: unknown }).ms;
      },
    },
  );
  cleanups.push(() => service.stop());
  log(`service listening on ${service.url} (pid ${service.child.pid})`);
  const pool = createPool(dbUrl.toString(), 6);
  cleanups.push(() => pool.end());

  // node:http rather than fetch: fetch gives up on an answer that takes over 300 s (100M insights can).
  const agent = new http.Agent({ keepAlive: true });
  cleanups.push(() => Promise.resolve(agent.destroy()));
  const call = async <T>(method: string, path: string, o: { token?: string; json?: unknown; form?: Record<string, string>; stream?: Readable; headers?: Record<string, string> } = {}): Promise<T> => {
    const headers: Record<string, string> = { ...o.headers };
    if (o.token) headers.Authorization = `Bearer ${o.token}`;
    let payload: Buffer | undefined;
    if (o.json !== undefined) {
      payload = Buffer.from(JSON.stringify(o.json));
      headers['Content-Type'] = 'application/json';
    } else if (o.form) {
      payload = Buffer.from(new URLSearchParams(o.form).toString());
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
    }
    if (payload) headers['Content-Length'] = String(payload.length);
    const res = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.request(new URL(path, service.url), { method, headers, agent }, resolve);
      req.on('error', reject);
      if (o.stream) pipeline(o.stream, req).catch(reject);
      else req.end(payload);
    });
    res.setEncoding('utf8');
    let text = '';
    for await (const chunk of res) text += chunk as string;
    if ((res.statusCode ?? 500) >= 300) throw new Error(`${method} ${path}: ${res.statusCode} ${text}`);
    return JSON.parse(text) as T;
  };
  // Tokens live 15 minutes and a 100M run takes longer: each is fetched again after 5, so that one
  // taken before a timed pair of requests outlives both.
  const credentials = (clientId: string, clientSecret: string): (() => Promise<string>) => {
    let cached: { token: string; at: number } | undefined;
    return async () => {
      if (!cached || performance.now() - cached.at > 300_000) {
        const { access_token } = await call<{ access_token: string }>('POST', '/v1/oauth/token', { form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } });
        cached = { token: access_token, at: performance.now() };
      }
      return cached.token;
    };
  };
  const operatorToken = credentials(operator.clientId, operator.clientSecret);
  const org = async (kind: 'brand' | 'media_partner') => {
    const o = await call<{ id: string; clientId: string; clientSecret: string }>('POST', '/v1/organizations', { token: await operatorToken(), json: { kind, name: `bench ${kind}` } });
    return { id: o.id, token: credentials(o.clientId, o.clientSecret) };
  };
  const brand = await org('brand');
  const partner = await org('media_partner');
  const agreement = async (): Promise<string> => {
    const proposed = await call<{ id: string; pendingVersionHash: string }>('POST', '/v1/agreements', { token: await brand.token(), json: benchPolicy(brand.id, partner.id) });
    await call('POST', `/v1/agreements/${proposed.id}/approve`, { token: await partner.token(), json: { versionHash: proposed.pendingVersionHash } });
    return proposed.id;
  };
  const insightAgreement = await agreement();
  const ingestAgreement = await agreement();
  log(`organisations and agreements ready (insights ${insightAgreement}, ingest ${ingestAgreement})`);

  // ---- 3. ingest through the upload endpoint, then plain COPY of the same tokens ----
  const uploadToken = await brand.token();
  const uploaded = await step(`ingest: ${fmt(INGEST_IDS)} ids streamed as NDJSON to the upload endpoint`, () =>
    call<{ id: string; rows: number }>('PUT', `/v1/agreements/${ingestAgreement}/datasets/brand`, {
      token: uploadToken,
      headers: { 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': 'c'.repeat(64) },
      stream: Readable.from(ndjson(INGEST_IDS)),
    }),
  );
  const ingestRows = uploaded.value.rows;
  const ingestIdsPerSec = ingestRows / uploaded.seconds;
  const rssAfterIngest = await service.peakRss();
  log(`ingest: ${fmt(ingestRows)} ids = ${fmt(ingestIdsPerSec)} ids/s (service phases, ms: ${JSON.stringify(ingestPhasesMs)}); service peak RSS so far ${mb(rssAfterIngest)} MB`);
  const stored = await dumpDataset(pool, uploaded.value.id, join(work, 'tokens.bin'));
  const copySame = (await step('plain COPY of the same tokens into the same table shape, + primary key, ANALYZE', () => plainCopy(pool, stored))).value;
  const copyOne = (await step('plain COPY of the same tokens into one plain table (FREEZE), + primary key, ANALYZE', () => plainCopy(pool, stored, 1))).value;
  await rm(stored.file);
  const plainCopyIdsPerSec = ingestRows / (copySame.totalMs / 1000);
  const plainCopyOneTableIdsPerSec = ingestRows / (copyOne.totalMs / 1000);
  log(
    `plain COPY: same shape ${fmt(plainCopyIdsPerSec)} ids/s (COPY alone ${fmt(ingestRows / (copySame.copyMs / 1000))}), one table ${fmt(plainCopyOneTableIdsPerSec)} ids/s; ` +
      `plain COPY / service ingest = ${(plainCopyIdsPerSec / ingestIdsPerSec).toFixed(2)}×`,
  );
  const ingestNote =
    INGEST_IDS < SIZE
      ? `ingest was measured at ${label(INGEST_IDS)} ids, not ${label(SIZE)}; the ${label(SIZE)} × ${label(SIZE)} insight datasets were generated directly in PostgreSQL`
      : `ingest was measured at ${label(INGEST_IDS)} ids; the insight datasets were generated directly in PostgreSQL`;
  log(ingestNote);

  // ---- 4. the insight data, generated in PostgreSQL ----
  const partnerFirst = Math.round(SIZE * (1 - OVERLAP)) + 1;
  const generated = await step(`generating ${fmt(SIZE)} brand and ${fmt(SIZE)} partner ids in PostgreSQL (the two concurrently)`, () =>
    Promise.all([
      generateDataset(pool, { agreementId: insightAgreement, side: 'brand', createdBy: brand.id, partitions: PARTITIONS, rows: syntheticRows('brand', 1, SIZE) }),
      generateDataset(pool, { agreementId: insightAgreement, side: 'partner', createdBy: partner.id, partitions: PARTITIONS, rows: syntheticRows('partner', partnerFirst, SIZE) }),
    ]),
  );
  const [brandSet, partnerSet] = generated.value;
  const databaseGb = Number((await pool.query<{ b: string }>('SELECT pg_database_size(current_database()) AS b')).rows[0]!.b) / 2 ** 30;
  log(`brand ${fmt(brandSet.rows)} rows (${brandSet.seconds.toFixed(1)} s), partner ${fmt(partnerSet.rows)} rows (${partnerSet.seconds.toFixed(1)} s); database ${databaseGb.toFixed(1)} GB`);

  // ---- 5. overlap + context: the service (fresh releases) beside the plain SQL joins ----
  const timePlain = async (brandTable: string, partnerTable: string): Promise<number> => {
    const t0 = performance.now();
    for (const sql of plainJoins(brandTable, partnerTable, 'a_value_tier')) await pool.query(sql);
    return since(t0);
  };
  const insight = async (kind: 'overlap' | 'context', token: string): Promise<unknown> =>
    call('POST', `/v1/agreements/${insightAgreement}/insights/${kind}`, { token, json: kind === 'overlap' ? { brandAttribute: 'value_tier' } : { partnerAttribute: 'content_category' } });
  const timeInsights = async (): Promise<number> => {
    // Without its cached release, each request computes afresh.
    await pool.query('DELETE FROM releases WHERE agreement_id = $1', [insightAgreement]);
    const token = await brand.token();
    const t0 = performance.now();
    await insight('overlap', token);
    await insight('context', token);
    return since(t0);
  };
  // Once each first, so that both find the same warm cache (and hint bits set).
  const warm = await step('warming up: plain SQL joins and insights once each', async () => ({ plain: await timePlain(brandSet.table, partnerSet.table), insights: await timeInsights() }));
  log(`warm-up: plain SQL ${warm.value.plain.toFixed(2)} s, insights ${warm.value.insights.toFixed(2)} s`);
  const plainTimes: number[] = [];
  const insightTimes: number[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    plainTimes.push(await timePlain(brandSet.table, partnerSet.table));
    insightTimes.push(await timeInsights());
    log(`round ${r}/${ROUNDS}: plain SQL ${plainTimes.at(-1)!.toFixed(2)} s, service via HTTP ${insightTimes.at(-1)!.toFixed(2)} s`);
  }
  const plainSqlSec = median(plainTimes);
  const insightSec = median(insightTimes);
  log(`overlap + context: service ${insightSec.toFixed(2)} s, plain SQL ${plainSqlSec.toFixed(2)} s (medians of ${ROUNDS}): ${(insightSec / plainSqlSec).toFixed(2)}×`);

  // ---- 6. the cached repeat ----
  const cachedMs: number[] = [];
  const cachedToken = await brand.token();
  for (let i = 0; i < CACHED_REPEATS; i++) {
    const t0 = performance.now();
    await insight('overlap', cachedToken);
    cachedMs.push(performance.now() - t0);
  }
  log(`cached repeat: median ${median(cachedMs).toFixed(1)} ms, p99 ${percentile(cachedMs, 99).toFixed(1)} ms (${CACHED_REPEATS} requests)`);

  // The same plain joins on unpartitioned copies: what the partitioned layout costs or saves.
  const flat = await step('copying both datasets into unpartitioned tables, + primary key, ANALYZE (the two concurrently)', () =>
    Promise.all(
      [brandSet, partnerSet].map(async (set, i) => {
        const table = `flat_${i === 0 ? 'brand' : 'partner'}`;
        await pool.query(`CREATE TABLE ${table} AS SELECT * FROM ${set.table}`);
        await pool.query(`ALTER TABLE ${table} ADD PRIMARY KEY (token)`);
        await pool.query(`ANALYZE ${table}`);
      }),
    ),
  );
  await timePlain('flat_brand', 'flat_partner');
  const flatTimes: number[] = [];
  for (let r = 1; r <= ROUNDS; r++) {
    flatTimes.push(await timePlain('flat_brand', 'flat_partner'));
    log(`round ${r}/${ROUNDS}: plain SQL on unpartitioned tables ${flatTimes.at(-1)!.toFixed(2)} s`);
  }
  const plainSqlUnpartitionedSec = median(flatTimes);
  await pool.query('DROP TABLE flat_brand, flat_partner');
  log(`plain SQL: partitioned ${plainSqlSec.toFixed(2)} s, unpartitioned ${plainSqlUnpartitionedSec.toFixed(2)} s`);

  // ---- 8. sharded: a coordinator, and each worker holding its half of the partitions ----
  const clusters = [];
  for (const name of ['coordinator', 'worker1', 'worker2']) {
    const cluster = (await step(`starting the ${name} cluster`, () => startEmbeddedPostgres({ dir: join(work, name), ephemeral: true }))).value;
    cleanups.push(() => cluster.stop());
    clusters.push(cluster);
  }
  const [coordinator, ...workers] = clusters as [EmbeddedDatabase, EmbeddedDatabase, EmbeddedDatabase];
  // Same remainder, same worker, for brand and partner: every partition pair joins on one worker.
  const workerOf = (remainder: number): number => Math.floor((remainder * workers.length) / PARTITIONS);
  const sides = [
    { side: 'brand' as const, set: brandSet, first: 1 },
    { side: 'partner' as const, set: partnerSet, first: partnerFirst },
  ];
  const shards = await step(`generating each worker's partitions on the worker (both workers concurrently)`, () =>
    Promise.all(
      workers.map(async (worker, w) => {
        const mine = Array.from({ length: PARTITIONS }, (_, r) => r).filter((r) => workerOf(r) === w);
        const wpool = createPool(worker.url, 2);
        try {
          await wpool.query(`CREATE SCHEMA ${DATA_SCHEMA}`);
          for (const { side, set, first } of sides) {
            // The service's own DDL under the same name; the other worker's partitions stay empty here.
            const inMine = (token: string): string => mine.map((r) => `satisfies_hash_partition('${set.table}'::regclass, ${PARTITIONS}, ${r}, ${token})`).join(' OR ');
            await inTransaction(wpool, async (client) => {
              await createDataTable(client, set.id, ATTRIBUTES[side], PARTITIONS);
              await client.query(`INSERT INTO ${set.table} ${syntheticRows(side, first, SIZE, inMine)}`);
              await indexAndDeduplicate(client, set.id);
              await analyzeTable(client, set.id);
            });
          }
          log(`worker${w + 1}: partitions ${mine.join(', ')} filled`);
        } finally {
          await wpool.end();
        }
      }),
    ),
  );
  const cpool = createPool(coordinator.url, 2);
  cleanups.push(() => cpool.end());
  await cpool.query('CREATE EXTENSION postgres_fdw');
  for (const [w, worker] of workers.entries()) {
    const url = new URL(worker.url);
    await cpool.query(`CREATE SERVER worker${w} FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '127.0.0.1', port '${url.port}', dbname 'postgres', async_capable 'true', use_remote_estimate 'true', fetch_size '10000')`);
    await cpool.query(`CREATE USER MAPPING FOR CURRENT_USER SERVER worker${w} OPTIONS (user '${decodeURIComponent(url.username)}', password '${decodeURIComponent(url.password)}')`);
  }
  for (const { side, set } of sides) {
    const columns = ['token bigint NOT NULL', ...ATTRIBUTES[side].map((a) => `"${a.column}" ${a.multi ? 'text[]' : 'text'}`)];
    await cpool.query(`CREATE TABLE ${side} (${columns.join(', ')}) PARTITION BY HASH (token)`);
    for (let r = 0; r < PARTITIONS; r++) {
      await cpool.query(
        `CREATE FOREIGN TABLE ${side}_p${r} PARTITION OF ${side} FOR VALUES WITH (MODULUS ${PARTITIONS}, REMAINDER ${r})
           SERVER worker${workerOf(r)} OPTIONS (schema_name '${DATA_SCHEMA}', table_name '${set.id}_p${r}')`,
      );
    }
  }

  // The service's exactCounts() for the same plans, on the single node and on the coordinator.
  const policy = (await listVersions(pool, insightAgreement)).find((v) => v.status === 'approved')!.document;
  const limits = { minCohortFloor: 50, maxEpsilonPerRelease: 1 }; // the service's defaults
  const plans = [
    planRelease({ kind: 'overlap', requester: brand.id, brandAttribute: 'value_tier' }, policy, limits),
    planRelease({ kind: 'context', requester: brand.id, partnerAttribute: 'content_category' }, policy, limits),
  ];
  const single = await currentDatasets(pool, insightAgreement);
  if (!single.brand || !single.partner) throw new Error('the generated datasets are not current');
  // Another id: exactCounts caches base counts by dataset id.
  const onCoordinator = (d: CurrentDataset, side: DatasetSide): CurrentDataset => ({ ...d, id: `sharded_${d.id}`, table: `public.${side}` });
  const sets = {
    single: { brand: single.brand, partner: single.partner, db: pool },
    sharded: { brand: onCoordinator(single.brand, 'brand'), partner: onCoordinator(single.partner, 'partner'), db: cpool },
  };
  const exact = async (s: (typeof sets)['single']): Promise<{ seconds: number; counts: ExactCounts[] }> => {
    const t0 = performance.now();
    const counts: ExactCounts[] = [];
    for (const plan of plans) counts.push(await exactCounts(s.db, plan, s.brand, s.partner));
    return { seconds: since(t0), counts };
  };
  const compared = async (): Promise<{ single: number; sharded: number; counts: ExactCounts[] }> => {
    const a = await exact(sets.single);
    const b = await exact(sets.sharded);
    if (canonical(a.counts) !== canonical(b.counts)) throw new Error(`the sharded counts differ from the single node's:\nsingle:  ${canonical(a.counts)}\nsharded: ${canonical(b.counts)}`);
    return { single: a.seconds, sharded: b.seconds, counts: a.counts };
  };
  const warmExact = await compared();
  log(`warm-up exactCounts(): single node ${warmExact.single.toFixed(2)} s, sharded ${warmExact.sharded.toFixed(2)} s — counts equal`);
  const singleTimes: number[] = [];
  const shardedTimes: number[] = [];
  let counts = warmExact.counts;
  for (let r = 1; r <= ROUNDS; r++) {
    const t = await compared();
    counts = t.counts;
    singleTimes.push(t.single);
    shardedTimes.push(t.sharded);
    log(`round ${r}/${ROUNDS}: exactCounts() single node ${t.single.toFixed(2)} s, coordinator + 2 workers ${t.sharded.toFixed(2)} s — counts equal`);
  }
  const singleNodeExactSec = median(singleTimes);
  const shardedSec = median(shardedTimes);
  const overlapIds = Number([...counts[0]!.overlap.values()].reduce((a, b) => a + b, 0n));

  // ---- 7. the service's peak RSS over the whole run (it has no part in 8) ----
  const peakRss = await service.peakRss();
  const servicePeakRssMb = mb(peakRss);
  log(`service peak RSS (VmHWM) over the run: ${servicePeakRssMb} MB`);

  const insightRatio = insightSec / plainSqlSec;
  return {
    size: SIZE,
    sizeLabel: label(SIZE),
    rounds: ROUNDS,
    overlapFraction: OVERLAP,
    overlapIds,
    partitions: PARTITIONS,
    // The machine may be shared: the 1-minute load average says how busy it was besides this run.
    machine: { cores: availableParallelism(), memoryGb: round(totalmem() / 2 ** 30, 1), loadAverage: { start: loadAtStart, end: await loadAverage() } },
    postgresVersion,
    database: external ? 'DATABASE_URL' : 'embedded',
    ingestMeasuredAt: INGEST_IDS,
    ingestNote,
    ingestRows,
    ingestIdsPerSec: Math.round(ingestIdsPerSec),
    plainCopyIdsPerSec: Math.round(plainCopyIdsPerSec),
    ingestRatio: round(plainCopyIdsPerSec / ingestIdsPerSec, 2),
    plainCopyOneTableIdsPerSec: Math.round(plainCopyOneTableIdsPerSec),
    ingestPhasesMs,
    insightSec: round(insightSec),
    plainSqlSec: round(plainSqlSec),
    insightRatio: round(insightRatio, 2),
    plainSqlUnpartitionedSec: round(plainSqlUnpartitionedSec),
    insightRoundsSec: insightTimes.map((x) => round(x)),
    plainSqlRoundsSec: plainTimes.map((x) => round(x)),
    cachedMedianMs: round(median(cachedMs), 2),
    cachedP99Ms: round(percentile(cachedMs, 99), 2),
    servicePeakRssMb,
    servicePeakRssAfterIngestMb: mb(rssAfterIngest),
    singleNodeExactSec: round(singleNodeExactSec),
    shardedSec: round(shardedSec),
    shardedRatio: round(shardedSec / singleNodeExactSec, 2),
    generationSec: {
      insightData: round(generated.seconds, 1),
      brand: round(brandSet.seconds, 1),
      partner: round(partnerSet.seconds, 1),
      unpartitionedCopies: round(flat.seconds, 1),
      shards: round(shards.seconds, 1),
    },
    databaseGb: round(databaseGb, 2),
    targets: {
      insightRatio: { target: `overlap + context ≤ ${TARGET_RATIO}× plain PostgreSQL (set at 10M × 10M)`, value: round(insightRatio, 2), met: insightRatio <= TARGET_RATIO },
      servicePeakRss: { target: `completes with service peak RSS < ${TARGET_RSS_MB} MB (set at 100M × 100M)`, valueMb: servicePeakRssMb, met: servicePeakRssMb < TARGET_RSS_MB },
    },
    totalSec: round(since(began), 1),
  };
}

/** Exact counts as one comparable string (maps sorted, bigints as text). */
function canonical(counts: readonly ExactCounts[]): string {
  return JSON.stringify(counts.map((c) => Object.entries(c).map(([family, cells]) => [family, [...cells].map(([k, v]) => [k, String(v)]).sort()])));
}

type Result = Awaited<ReturnType<typeof run>>;

function chart(r: Result): string {
  const s = (x: number): string => `${x.toFixed(2)} s`;
  const rate = (x: number): string => `${fmt(x)} ids/s`;
  return barChart(
    `Clean room at ${r.sizeLabel} × ${r.sizeLabel} ids (${r.overlapFraction * 100}% overlap)`,
    [
      `PostgreSQL ${r.postgresVersion}, ${r.machine.cores} cores, ${r.partitions} hash partitions per dataset`,
      r.ingestNote,
      `cached repeat ${r.cachedMedianMs} ms median, ${r.cachedP99Ms} ms p99; service peak RSS ${r.servicePeakRssMb} MB (target < ${TARGET_RSS_MB} MB: ${r.targets.servicePeakRss.met ? 'met' : 'missed'})`,
    ],
    [
      {
        title: `Overlap + context, seconds (median of ${r.rounds}): service ${r.insightRatio}× plain SQL (target ≤ ${TARGET_RATIO}×: ${r.targets.insightRatio.met ? 'met' : 'missed'})`,
        bars: [
          { label: 'plain SQL, partitioned', value: r.plainSqlSec, text: s(r.plainSqlSec) },
          { label: 'plain SQL, unpartitioned', value: r.plainSqlUnpartitionedSec, text: s(r.plainSqlUnpartitionedSec) },
          { label: 'service via HTTP', value: r.insightSec, text: s(r.insightSec), ours: true },
        ],
      },
      {
        title: `exactCounts(), seconds: sharded ${r.shardedRatio}× single node`,
        bars: [
          { label: 'single node', value: r.singleNodeExactSec, text: s(r.singleNodeExactSec) },
          { label: 'coordinator + 2 workers', value: r.shardedSec, text: s(r.shardedSec), ours: true },
        ],
      },
      {
        title: `Ingest of ${label(r.ingestMeasuredAt)} ids, ids/s: plain COPY ${r.ingestRatio}× the service`,
        bars: [
          { label: 'plain COPY, same shape', value: r.plainCopyIdsPerSec, text: rate(r.plainCopyIdsPerSec) },
          { label: 'plain COPY, one table', value: r.plainCopyOneTableIdsPerSec, text: rate(r.plainCopyOneTableIdsPerSec) },
          { label: 'service upload (HTTP)', value: r.ingestIdsPerSec, text: rate(r.ingestIdsPerSec), ours: true },
        ],
      },
    ],
  );
}

/**
 * `n` NDJSON rows as a party's SDK would send them: already salted and hashed 32-byte digests (here
 * random bytes, drawn in bulk: HMAC outputs look like that, and the service refuses ids that do not,
 * rule ids_not_digests) with a value tier.
 */
function* ndjson(n: number): Generator<Buffer> {
  const tiers = ['high', 'mid', 'low'];
  const perBatch = 10_000;
  for (let start = 0; start < n; start += perBatch) {
    const rows = Math.min(perBatch, n - start);
    const hex = randomBytes(32 * rows).toString('hex');
    let batch = '';
    for (let i = 0; i < rows; i++) batch += `{"id":"${hex.slice(i * 64, i * 64 + 64)}","value_tier":"${tiers[(start + i) % 3]}"}\n`;
    yield Buffer.from(batch);
  }
}
