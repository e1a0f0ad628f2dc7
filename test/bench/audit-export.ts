// Benchmark (issue 6, item 4): the service's peak RSS while it streams an audit export, at 100k and
// at 1M events, plus GET /v1/audit/verify and the offline verifier over the 1M-event file.
//
//   npx tsx test/bench/audit-export.ts [--events 1000000] [--keep]
//
// Uses the PostgreSQL server in DATABASE_URL (a fresh database, dropped after) or an embedded one.
// The service runs as a child process so its memory is its own; the events are inserted directly with
// COPY (chained by the same rule the service uses), all in one agreement that names the auditor.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { eventHash, type ChainedFields } from '@cleanroom/contracts';
import { verifyExportFile } from '../../sdk/src/audit/verify-export.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../services/cleanroom/src/store/embedded-postgres.js';
import { migrate } from '../../services/cleanroom/src/store/migrate.js';
import { createPool } from '../../services/cleanroom/src/store/pool.js';

const { values } = parseArgs({ options: { events: { type: 'string', default: '1000000' }, keep: { type: 'boolean', default: false } } });
const TOTAL = Number(values.events);
const FIRST = Math.min(100_000, TOTAL);
const root = new URL('../../', import.meta.url).pathname;
const mb = (kb: number): string => `${(kb / 1024).toFixed(0)} MB`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no port'))));
    });
  });
}

async function procStatus(pid: number): Promise<{ rssKb: number; hwmKb: number }> {
  const text = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
  return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
}

/** Resets the kernel's peak-RSS mark (VmHWM) of a process (Linux: clear_refs 5). */
async function resetPeak(pid: number): Promise<void> {
  await writeFile(`/proc/${pid}/clear_refs`, '5');
}

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  const work = await mkdtemp(join(tmpdir(), 'cleanroom-bench-'));
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({ dir: join(work, 'pg'), ephemeral: true });
    serverUrl = embedded.url;
  }
  const dbName = `cleanroom_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const dbUrl = new URL(serverUrl);
  dbUrl.pathname = `/${dbName}`;
  const pool = createPool(dbUrl.toString(), 2);
  await migrate(pool);

  const port = await freePort();
  const adminCreds = { id: 'bench-admin', secret: randomBytes(24).toString('base64url') };
  let child: ChildProcess | undefined;
  try {
    child = spawn(process.execPath, ['--import', 'tsx', join(root, 'services/cleanroom/src/main.ts')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: dbUrl.toString(),
        CLEANROOM_MASTER_KEY: randomBytes(32).toString('hex'),
        CLEANROOM_DATA_DIR: join(work, 'data'),
        CLEANROOM_ADMIN_CLIENT_ID: adminCreds.id,
        CLEANROOM_ADMIN_CLIENT_SECRET: adminCreds.secret,
        CLEANROOM_CHECKPOINT_INTERVAL_SECONDS: '0',
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; ; i++) {
      if (i > 100) throw new Error('the service did not start');
      const ok = await fetch(`${base}/readyz`).then((r) => r.ok).catch(() => false);
      if (ok) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const token = async (id: string, secret: string): Promise<string> => {
      const res = await fetch(`${base}/v1/oauth/token`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ grant_type: 'client_credentials', client_id: id, client_secret: secret }) });
      return ((await res.json()) as { access_token: string }).access_token;
    };
    const adminToken = await token(adminCreds.id, adminCreds.secret);
    const call = async (path: string, tok: string, body: unknown): Promise<Record<string, string>> => {
      const res = await fetch(base + path, { method: 'POST', headers: { Authorization: `Bearer ${tok}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as Record<string, string>;
    };
    const org = async (kind: string) => {
      const o = await call('/v1/organizations', adminToken, { kind, name: `bench ${kind}` });
      return { id: o.id!, token: await token(o.clientId!, o.clientSecret!) };
    };
    const [brand, partner, auditor] = [await org('brand'), await org('media_partner'), await org('auditor')];
    const proposed = await call('/v1/agreements', brand.token, {
      purpose: 'bench',
      parties: { brand: brand.id, partner: partner.id },
      auditors: [auditor.id],
      identity: { profile: 'email' },
      brandAttributes: ['value_tier'],
      partnerAttributes: { content_category: { maxValuesPerId: 3 } },
      insights: ['overlap', 'context'],
      minCohort: 50,
      privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
      attributeValues: { value_tier: ['high', 'mid', 'low'], content_category: ['news', 'sports', 'cooking', 'travel', 'tech'] },
      validUntil: '2099-01-01T00:00:00Z',
      retentionDays: 90,
    });
    await call(`/v1/agreements/${proposed.id}/approve`, partner.token, { versionHash: proposed.pendingVersionHash });
    const agreementId = proposed.id!;

    const insert = async (count: number): Promise<void> => {
      const started = performance.now();
      const client = await pool.connect();
      try {
        const head = await client.query<{ seq: string; hash: Buffer }>('SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1');
        let seq = Number(head.rows[0]!.seq);
        let prev = head.rows[0]!.hash.toString('hex');
        const t0 = Date.now();
        const rows = function* (): Generator<string> {
          let chunk = '';
          for (let i = 0; i < count; i++) {
            seq++;
            const denied = i % 10 === 0;
            const fields: ChainedFields = {
              seq,
              at: new Date(t0 + i).toISOString(),
              actorOrg: brand.id,
              actorRole: 'brand',
              action: denied ? 'insight.denied' : 'insight.allowed',
              agreementId,
              decision: denied ? 'deny' : 'allow',
              detail: denied
                ? { request: { kind: 'context', by: 'value_tier' }, reasons: [{ code: 'budget_exhausted', message: 'no privacy budget left' }] }
                : { releaseId: `rel_${seq}`, request: { kind: 'overlap', by: 'value_tier' }, epsilonCharged: 0.5, release: { suppressedCells: i % 7 } },
            };
            const hash = eventHash(prev, fields);
            chunk += [seq, fields.at, fields.actorOrg, fields.actorRole, fields.action, fields.agreementId, fields.decision, JSON.stringify(fields.detail).replace(/\\/g, '\\\\'), `\\\\x${prev}`, `\\\\x${hash}`].join('\t') + '\n';
            prev = hash;
            if (chunk.length > 1 << 20) {
              yield chunk;
              chunk = '';
            }
          }
          if (chunk) yield chunk;
        };
        await pipeline(Readable.from(rows()), client.query(copyFrom('COPY audit_events (seq, at, actor_org, actor_role, action, agreement_id, decision, detail, prev_hash, hash) FROM STDIN')));
      } finally {
        client.release();
      }
      console.log(`inserted ${count.toLocaleString('en')} chained events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    };

    const measure = async (label: string, path: string, out?: string): Promise<void> => {
      const pid = child!.pid!;
      const before = await procStatus(pid);
      await resetPeak(pid);
      let sampledMax = 0;
      const sampler = setInterval(() => {
        procStatus(pid).then((s) => (sampledMax = Math.max(sampledMax, s.rssKb)), () => undefined);
      }, 50);
      const started = performance.now();
      const res = await fetch(base + path, { headers: { Authorization: `Bearer ${auditor.token}` } });
      if (!res.ok || !res.body) throw new Error(`${path}: ${res.status}`);
      let bytes = 0;
      if (out) {
        await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(out));
        bytes = (await stat(out)).size;
      } else {
        const text = await res.text();
        bytes = text.length;
        const v = JSON.parse(text) as { ok: boolean; length: number };
        if (!v.ok) throw new Error('the chain did not verify');
      }
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const after = await procStatus(pid);
      console.log(
        `${label}: ${(bytes / 1e6).toFixed(0)} MB in ${seconds.toFixed(1)} s — service RSS before ${mb(before.rssKb)}, peak during ${mb(after.hwmKb)} (VmHWM; sampled max ${mb(sampledMax)}), after ${mb(after.rssKb)}`,
      );
    };

    await insert(FIRST - 2); // the agreement already holds 2 events (proposed, approved)
    const small = join(work, 'small.ndjson');
    await measure(`export ${FIRST.toLocaleString('en')} events (NDJSON)`, `/v1/audit/export?agreementId=${agreementId}`, small);
    if (TOTAL > FIRST) await insert(TOTAL - FIRST);
    const file = join(work, 'events.ndjson');
    const csv = join(work, 'events.csv');
    await measure(`export ${TOTAL.toLocaleString('en')} events (NDJSON)`, `/v1/audit/export?agreementId=${agreementId}`, file);
    await measure(`export ${TOTAL.toLocaleString('en')} events (CSV)`, `/v1/audit/export?agreementId=${agreementId}&format=csv`, csv);
    await measure(`verify ${TOTAL.toLocaleString('en')} events (GET /v1/audit/verify)`, '/v1/audit/verify');

    // Offline: a checkpoint now (nothing was appended since the export), the JWKS, the verifier.
    const v = (await (await fetch(`${base}/v1/audit/verify`, { headers: { Authorization: `Bearer ${auditor.token}` } })).json()) as { checkpoint: { jws: string } };
    await writeFile(join(work, 'cp.jws'), v.checkpoint.jws);
    await writeFile(join(work, 'jwks.json'), await (await fetch(`${base}/.well-known/jwks.json`)).text());
    const started = performance.now();
    const result = await verifyExportFile({ exportPath: file, checkpointPath: join(work, 'cp.jws'), jwksPath: join(work, 'jwks.json') });
    console.log(`offline verify (in-process, SDK): ${result.ok ? 'ok' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(1)} s — ${result.message.slice(0, 160)}`);
    if (values.keep) console.log(`files kept in ${work}`);
  } finally {
    child?.kill('SIGTERM');
    await new Promise((r) => child?.once('exit', r) ?? r(undefined));
    await pool.end();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
    if (!values.keep) await rm(work, { recursive: true, force: true });
  }
}

await main();
