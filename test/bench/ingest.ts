// npm run bench:ingest -- [--ids 10000000] [--workers N] [--keep]
// End to end, in one run: N synthetic emails (+ a segment) hashed by the SDK (worker threads) into
// NDJSON; that file streamed into the service (a child process, so its memory is its own) with the
// upload endpoint; then the very tokens the service stored loaded again by plain COPY into a table
// of the same shape (columns and primary key), the engine's own limit. Prints SDK hashing ids/s,
// service ingest ids/s, plain COPY ids/s and the ratio, and the service's peak RSS (VmHWM, sampled
// VmRSS too). The last line is one JSON object.
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createCleanroomClient } from '../../sdk/src/client.js';
import { prepareUpload, uploadDataset } from '../../sdk/src/datasets.js';
import { encodePublicKey, generateKeyPair } from '../../sdk/src/identity/index.js';
import { hashFile } from '../../sdk/src/node/hash-file.js';
import { startEmbeddedPostgres } from '../../services/cleanroom/src/store/embedded-postgres.js';
import { createPool } from '../../services/cleanroom/src/store/pool.js';
import { spawnService } from '../support/process.js';
import { dumpDataset, plainCopy } from './plain-copy.js';

const { values } = parseArgs({ options: { ids: { type: 'string', default: '1000000' }, workers: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const ids = Number(values.ids);
if (!Number.isInteger(ids) || ids < 1000) throw new Error('--ids takes an integer ≥ 1000');

const work = await mkdtemp(join(tmpdir(), 'cleanroom-bench-ingest-'));
const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dir: join(work, 'pg'), ephemeral: true });
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
const dbName = `cleanroom_bench_${randomBytes(4).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl });
await admin.connect();
await admin.query(`CREATE DATABASE ${dbName}`);
const dbUrl = new URL(serverUrl);
dbUrl.pathname = `/${dbName}`;

const log = (line: string): void => console.log(line);
/** user + system CPU seconds of a process (all its threads), from /proc/<pid>/stat. */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}
const rate = (n: number, ms: number): number => Math.round(n / (ms / 1000));
const fmt = (n: number): string => n.toLocaleString('en');

const operator = { id: 'bench-admin', secret: randomBytes(24).toString('base64url') };
let published = '';
const service = await spawnService({
  DATABASE_URL: dbUrl.toString(),
  CLEANROOM_MASTER_KEY: randomBytes(32).toString('hex'),
  CLEANROOM_DATA_DIR: join(work, 'svc'),
  CLEANROOM_ADMIN_CLIENT_ID: operator.id,
  CLEANROOM_ADMIN_CLIENT_SECRET: operator.secret,
}, {
  onLine: (line) => {
    if (line.includes('"dataset published"')) published = JSON.stringify((JSON.parse(line) as { ms: unknown }).ms);
  },
});

try {
  // ---- parties, keys, agreement ----
  const operatorClient = createCleanroomClient({ baseUrl: service.url, credentials: { clientId: operator.id, clientSecret: operator.secret } });
  const party = async (kind: 'brand' | 'media_partner') => {
    const { data } = await operatorClient.api.POST('/v1/organizations', { body: { kind, name: `bench ${kind}` } });
    if (!data) throw new Error('cannot create an organisation');
    const client = createCleanroomClient({ baseUrl: service.url, credentials: { clientId: data.clientId, clientSecret: data.clientSecret } });
    const keys = generateKeyPair();
    await client.api.PUT('/v1/organizations/{orgId}/public-key', { params: { path: { orgId: data.id } }, body: { publicKey: encodePublicKey(keys.publicKey) } });
    return { id: data.id, client, keys };
  };
  const brand = await party('brand');
  const partner = await party('media_partner');
  const proposed = await brand.client.api.POST('/v1/agreements', {
    body: {
      purpose: 'ingest benchmark',
      parties: { brand: brand.id, partner: partner.id },
      identity: { profile: 'email' },
      brandAttributes: ['value_tier'],
      partnerAttributes: {},
      insights: ['overlap'],
      minCohort: 50,
      privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
      attributeValues: { value_tier: ['high', 'mid', 'low'] },
      validUntil: '2099-01-01T00:00:00Z',
      retentionDays: 90,
    },
  });
  if (!proposed.data) throw new Error(`propose failed: ${JSON.stringify(proposed.error)}`);
  const agreementId = proposed.data.id;
  await partner.client.api.POST('/v1/agreements/{agreementId}/approve', { params: { path: { agreementId } }, body: { versionHash: proposed.data.pendingVersionHash! } });

  // ---- input: N raw emails (not timed) ----
  const csvPath = join(work, 'customers.csv');
  let t = performance.now();
  await pipeline(
    (function* () {
      yield 'email,value_tier\n';
      const tiers = ['high', 'mid', 'low'];
      let batch = '';
      for (let i = 0; i < ids; i++) {
        batch += `Customer.${i}@Example${i % 1009}.com,${tiers[i % 3]}\n`;
        if (batch.length > 1 << 20) {
          yield batch;
          batch = '';
        }
      }
      yield batch;
    })(),
    createWriteStream(csvPath),
  );
  log(`input: ${fmt(ids)} emails, ${fmt((await stat(csvPath)).size)} bytes (generated in ${((performance.now() - t) / 1000).toFixed(1)} s)`);

  // ---- SDK hashing ----
  const context = await prepareUpload(brand.client, agreementId, brand.keys.privateKey);
  const ndjsonPath = join(work, 'upload.ndjson');
  t = performance.now();
  const hashed = hashFile(csvPath, {
    salt: context.salt,
    profile: context.profile,
    idColumn: 'email',
    attributes: ['value_tier'],
    ...(values.workers ? { workers: Number(values.workers) } : {}),
  });
  await pipeline(hashed, createWriteStream(ndjsonPath));
  const hashMs = performance.now() - t;
  const sdkHashIdsPerSec = rate(hashed.stats.valid, hashMs);
  log(`SDK hashing: ${fmt(hashed.stats.valid)} ids in ${(hashMs / 1000).toFixed(2)} s = ${fmt(sdkHashIdsPerSec)} ids/s (${fmt((await stat(ndjsonPath)).size)} bytes of NDJSON)`);

  // ---- service ingest ----
  const idle = Number((await readFile(`/proc/${service.child.pid}/status`, 'utf8').catch(() => '')).match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024;
  let sampledRss = 0;
  const sampler = setInterval(() => {
    void readFile(`/proc/${service.child.pid}/status`, 'utf8')
      .then((s) => (sampledRss = Math.max(sampledRss, Number(s.match(/^VmRSS:\s+(\d+) kB/m)?.[1] ?? 0) * 1024)))
      .catch(() => undefined);
  }, 100);
  const cpuBefore = { service: await cpuSeconds(service.child.pid), client: process.cpuUsage() };
  t = performance.now();
  const uploaded = await uploadDataset(brand.client, { agreementId, side: 'brand', saltCheck: context.saltCheck, body: createReadStream(ndjsonPath, { highWaterMark: 1 << 20 }) });
  const ingestMs = performance.now() - t;
  clearInterval(sampler);
  if (!uploaded.data) throw new Error(`upload failed: ${uploaded.status} ${JSON.stringify(uploaded.error)}`);
  const ingestIdsPerSec = rate(uploaded.data.rows, ingestMs);
  const clientCpu = process.cpuUsage(cpuBefore.client);
  const serviceCpu = (await cpuSeconds(service.child.pid)) - cpuBefore.service;
  const peakRss = (await service.peakRss()) ?? sampledRss;
  log(`service ingest: ${fmt(uploaded.data.rows)} ids (version ${uploaded.data.version}, ${uploaded.data.duplicates} duplicates) in ${(ingestMs / 1000).toFixed(2)} s = ${fmt(ingestIdsPerSec)} ids/s`);
  log(`service memory: peak RSS (VmHWM) ${(peakRss / 2 ** 20).toFixed(0)} MB; highest sampled RSS during the upload ${(sampledRss / 2 ** 20).toFixed(0)} MB; before it ${(idle / 2 ** 20).toFixed(0)} MB`);
  if (published) log(`service phases (ms): ${published}`);
  log(
    `CPU during the upload: service ${serviceCpu.toFixed(1)} s (both threads), uploading client ${((clientCpu.user + clientCpu.system) / 1e6).toFixed(1)} s; ` +
      `load average ${(await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')} (2 cores, shared)`,
  );

  // ---- the same tokens by plain COPY into the same table shape ----
  const db = createPool(dbUrl.toString(), 2);
  const stored = await dumpDataset(db, uploaded.data.id, join(work, 'tokens.bin'));
  const { copyMs: copyOnlyMs, totalMs: plainMs } = await plainCopy(db, stored);
  await db.end();
  const plainCopyIdsPerSec = rate(uploaded.data.rows, plainMs);
  const ratio = Math.round((plainCopyIdsPerSec / ingestIdsPerSec) * 100) / 100;
  log(
    `plain COPY of the same tokens into the same table shape (the service's DDL and COPY binary, then primary key and ANALYZE): ${(plainMs / 1000).toFixed(2)} s = ${fmt(plainCopyIdsPerSec)} ids/s; ` +
      `COPY alone ${(copyOnlyMs / 1000).toFixed(2)} s = ${fmt(rate(uploaded.data.rows, copyOnlyMs))} ids/s`,
  );
  log(`ratio plain COPY / service ingest: ${ratio}×`);
  console.log(JSON.stringify({ ids, sdkHashIdsPerSec, ingestIdsPerSec, plainCopyIdsPerSec, ratio, peakRssMb: Math.round(peakRss / 2 ** 20) }));
  context.salt.fill(0);
} finally {
  await service.stop();
  await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
  await admin.end();
  await embedded?.stop();
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else log(`files kept in ${work}`);
}
