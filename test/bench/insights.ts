// npm run bench:insights -- [--ids 10000000] [--overlap 0.3] [--rounds 3]
// Overlap + one context breakdown through the service's HTTP API, beside the same plain SQL joins on
// the same PostgreSQL, measured in one run; then the cached repeat. The datasets are generated
// directly in PostgreSQL (tokens from md5 of a sequence, 3 context attributes) and registered as
// published versions, to spend the time on what is measured rather than on uploading.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../services/cleanroom/src/config.js';
import { createLogger, startService } from '../../services/cleanroom/src/service.js';
import { benchPolicy, generateDataset, plainJoins, syntheticRows } from './synthetic.js';

const { values } = parseArgs({ options: { ids: { type: 'string', default: '10000000' }, overlap: { type: 'string', default: '0.3' }, rounds: { type: 'string', default: '3' } } });
const ids = Number(values.ids);
const overlapFraction = Number(values.overlap);
const rounds = Number(values.rounds);

const dataDir = await mkdtemp(join(tmpdir(), 'cleanroom-bench-'));
const admin = { clientId: 'bench-admin', clientSecret: randomBytes(24).toString('base64url') };
const env: Record<string, string> = { CLEANROOM_DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', CLEANROOM_ADMIN_CLIENT_ID: admin.clientId, CLEANROOM_ADMIN_CLIENT_SECRET: admin.clientSecret };
if (process.env.DATABASE_URL) Object.assign(env, { DATABASE_URL: process.env.DATABASE_URL, CLEANROOM_MASTER_KEY: randomBytes(32).toString('hex') });
const config = loadConfig(env);
const service = await startService(config, createLogger(config));
const pool = service.ctx.pool;
const url = service.url;

async function api<T>(path: string, token: string | null, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url + path, { ...init, headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.headers as Record<string, string> | undefined) } });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}
async function token(clientId: string, clientSecret: string): Promise<string> {
  const res = await fetch(`${url}/v1/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }) });
  return ((await res.json()) as { access_token: string }).access_token;
}

try {
  const adminToken = await token(admin.clientId, admin.clientSecret);
  const org = async (kind: string) => {
    const o = await api<{ id: string; clientId: string; clientSecret: string }>('/v1/organizations', adminToken, { method: 'POST', body: JSON.stringify({ kind, name: `bench ${kind}` }) });
    return { ...o, token: await token(o.clientId, o.clientSecret) };
  };
  const brand = await org('brand');
  const partner = await org('media_partner');
  const policy = benchPolicy(brand.id, partner.id);
  const proposed = await api<{ id: string; pendingVersionHash: string }>('/v1/agreements', brand.token, { method: 'POST', body: JSON.stringify(policy) });
  await api(`/v1/agreements/${proposed.id}/approve`, partner.token, { method: 'POST', body: JSON.stringify({ versionHash: proposed.pendingVersionHash }) });
  const agreementId = proposed.id;

  const start = Math.round(ids * (1 - overlapFraction));
  const generate = async (side: 'brand' | 'partner', createdBy: string, first: number): Promise<string> => {
    const d = await generateDataset(pool, { agreementId, side, createdBy, partitions: config.dataPartitions, rows: syntheticRows(side, first, ids) });
    console.log(`generated ${side} dataset: ${ids.toLocaleString()} ids in ${d.seconds.toFixed(1)} s`);
    return d.table;
  };
  const brandTable = await generate('brand', brand.id, 1);
  const partnerTable = await generate('partner', partner.id, start + 1);

  const plain = async (): Promise<number> => {
    const t0 = performance.now();
    for (const sql of plainJoins(brandTable, partnerTable, null)) await pool.query(sql);
    return (performance.now() - t0) / 1000;
  };
  const insight = async (): Promise<number> => {
    await pool.query('DELETE FROM releases WHERE agreement_id = $1', [agreementId]);
    const t0 = performance.now();
    await api(`/v1/agreements/${agreementId}/insights/overlap`, brand.token, { method: 'POST', body: '{}' });
    await api(`/v1/agreements/${agreementId}/insights/context`, brand.token, { method: 'POST', body: JSON.stringify({ partnerAttribute: 'content_category' }) });
    return (performance.now() - t0) / 1000;
  };

  await plain(); // warm the buffer cache for both sides alike
  const plainTimes: number[] = [];
  const insightTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    plainTimes.push(await plain());
    insightTimes.push(await insight());
    console.log(`round ${r + 1}: plain SQL ${plainTimes.at(-1)!.toFixed(2)} s, insights ${insightTimes.at(-1)!.toFixed(2)} s`);
  }
  const cachedTimes: number[] = [];
  for (let r = 0; r < 20; r++) {
    const t0 = performance.now();
    await api(`/v1/agreements/${agreementId}/insights/overlap`, brand.token, { method: 'POST', body: '{}' });
    cachedTimes.push(performance.now() - t0);
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const insightSec = median(insightTimes);
  const plainSqlSec = median(plainTimes);
  const cachedMs = median(cachedTimes);
  console.log(`overlap + context (content_category) via the API: ${insightSec.toFixed(2)} s; plain SQL joins: ${plainSqlSec.toFixed(2)} s; ratio ${(insightSec / plainSqlSec).toFixed(2)}; cached repeat ${cachedMs.toFixed(1)} ms (median of 20)`);
  console.log(JSON.stringify({ ids, insightSec: +insightSec.toFixed(3), plainSqlSec: +plainSqlSec.toFixed(3), ratio: +(insightSec / plainSqlSec).toFixed(3), cachedMs: +cachedMs.toFixed(2) }));
} finally {
  await service.stop();
  await rm(dataDir, { recursive: true, force: true });
}
