// npm run bench:load -- [--duration 10] [--connections 16] [--token-duration 5] [--token-connections 4]
//                        [--flood-duration 20] [--flood-connections 200] [--flood-addresses 65536] [--profile DIR]
//
// HTTP load on loopback (issue 8, "Load"): (a) cached insight requests — the answer every repeat of a
// question gets, which must stay cheap because it is what a dashboard polls — and (b) token issuance
// (client secrets checked by HMAC under the server pepper), and (c) issue 14's flood: for
// --flood-duration seconds --flood-connections connections send wrong secrets for random client ids
// from random loopback addresses (test/bench/flood.ts, its own process; X-Forwarded-For, believed
// with CLEANROOM_TRUST_PROXY=1) while cached insights are measured beside it. The service runs as a child process (its
// own CPU and event loop; autocannon runs here) on an embedded PostgreSQL, or on a fresh database of the
// server in DATABASE_URL (dropped afterwards). Setup goes through the public API: organisations, an
// agreement, NDJSON uploads for both sides, and one overlap and one context insight so that both are
// cached. Each phase is bounded by --duration; the whole run by a watchdog. The last line printed is
// one JSON object with every figure. Targets: (issue 8) ≥ 1,000 cached insights/s, p99 < 50 ms, 0
// errors; (issue 14) during the flood cached insights p99 < 100 ms and 0 errors, valid token issuance
// ≥ 500 req/s. The exit code is 1 when one is missed.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import { testPolicy } from '../support/policy.js';

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '16' },
    'token-duration': { type: 'string', default: '5' },
    'token-connections': { type: 'string', default: '4' },
    'flood-duration': { type: 'string', default: '20' },
    'flood-connections': { type: 'string', default: '200' },
    'flood-addresses': { type: 'string', default: '65536' },
    'brand-ids': { type: 'string', default: '20000' },
    'partner-ids': { type: 'string', default: '30000' },
    // Writes a V8 CPU profile of the service (a .cpuprofile file in this folder) for the hot path.
    profile: { type: 'string' },
  },
});
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const TOKEN_DURATION = Number(values['token-duration']);
const TOKEN_CONNECTIONS = Number(values['token-connections']);
const BRAND_IDS = Number(values['brand-ids']);
const PARTNER_IDS = Number(values['partner-ids']);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FLOOD_DURATION = Number(values['flood-duration']);
const FLOOD_CONNECTIONS = Number(values['flood-connections']);
const FLOOD_ADDRESSES = Number(values['flood-addresses']);
const TARGET = { rps: 1000, p99Ms: 50 };
const FLOOD_TARGET = { insightP99Ms: 100, insightErrors: 0, tokenRps: 500 };

// The whole run is bounded: setup + both phases + stop, with room to spare. On expiry the service
// gets SIGTERM (it stops its embedded PostgreSQL) and this process leaves soon after.
let service: ChildProcess | undefined;
const watchdog = setTimeout(
  () => {
    console.error('load benchmark: watchdog expired, giving up');
    service?.kill('SIGTERM');
    setTimeout(() => process.exit(1), 5000).unref();
    process.exitCode = 1;
  },
  (150 + DURATION + TOKEN_DURATION + FLOOD_DURATION) * 1000,
);
watchdog.unref();

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => (typeof a === 'object' && a ? resolve(a.port) : reject(new Error('no free port'))));
    });
  });
}

const hex = (n: number): string => randomBytes(n).toString('hex');

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'cleanroom-load-'));
  const admin = { clientId: 'load-admin', clientSecret: randomBytes(24).toString('base64url') };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    PORT: String(port),
    HOST: '127.0.0.1',
    // Request logging off for the run (warn and above only): the figures are the service's, not pino's.
    LOG_LEVEL: 'warn',
    CLEANROOM_DATA_DIR: join(work, 'data'),
    CLEANROOM_ADMIN_CLIENT_ID: admin.clientId,
    CLEANROOM_ADMIN_CLIENT_SECRET: admin.clientSecret,
    // Token issuance is limited per client address; the load comes from one address.
    CLEANROOM_TOKEN_RATE_LIMIT: '1000000',
    CLEANROOM_CHECKPOINT_INTERVAL_SECONDS: '0',
    // The flood's senders are told apart by X-Forwarded-For, as behind one proxy hop.
    CLEANROOM_TRUST_PROXY: '1',
  };
  let dropDatabase: (() => Promise<void>) | undefined;
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `cleanroom_load_${hex(5)}`;
    const adminDb = new pg.Client({ connectionString: serverUrl });
    await adminDb.connect();
    await adminDb.query(`CREATE DATABASE ${name}`);
    await adminDb.end();
    const dbUrl = new URL(serverUrl);
    dbUrl.pathname = `/${name}`;
    Object.assign(env, { DATABASE_URL: dbUrl.toString(), CLEANROOM_MASTER_KEY: hex(32) });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }

  const profile = values.profile === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${values.profile}`];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', 'services/cleanroom/src/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  service = child;
  const output: string[] = [];
  child.stdout.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr.on('data', (d: Buffer) => output.push(d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await waitReady(url, child, output);
    console.log(`service ready at ${url} (${serverUrl ? 'PostgreSQL from DATABASE_URL, fresh database' : 'embedded PostgreSQL'})`);
    const setup = await prepare(url, admin);
    console.log(`prepared: agreement ${setup.agreementId}, ${BRAND_IDS.toLocaleString()} brand ids and ${PARTNER_IDS.toLocaleString()} partner ids uploaded, overlap and context insights cached`);

    const insights = await run('cached insights', {
      url,
      connections: CONNECTIONS,
      duration: DURATION,
      requests: [
        { method: 'POST', path: `/v1/agreements/${setup.agreementId}/insights/overlap`, headers: setup.jsonHeaders, body: '{}' },
        { method: 'POST', path: `/v1/agreements/${setup.agreementId}/insights/context`, headers: setup.jsonHeaders, body: JSON.stringify({ partnerAttribute: 'content_category' }) },
      ],
    }, child.pid);
    // A cached answer must still be a cached answer after the run (nothing spent, same release).
    const after = (await (await fetch(`${url}/v1/agreements/${setup.agreementId}/insights/overlap`, { method: 'POST', headers: setup.jsonHeaders, body: '{}' })).json()) as { cached: boolean; releaseId: string; privacy: { epsilonCharged: number } };
    if (!after.cached || after.releaseId !== setup.overlapReleaseId || after.privacy.epsilonCharged !== 0) throw new Error('the cached release changed under load');

    const flood = await floodPhase(url, setup, child.pid);

    const tokens = await run('token issuance', {
      url,
      connections: TOKEN_CONNECTIONS,
      duration: TOKEN_DURATION,
      requests: [
        {
          method: 'POST',
          path: '/v1/oauth/token',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            authorization: `Basic ${Buffer.from(`${encodeURIComponent(setup.brand.clientId)}:${encodeURIComponent(setup.brand.clientSecret)}`).toString('base64')}`,
          },
          body: 'grant_type=client_credentials',
        },
      ],
    }, child.pid);

    const met = insights.rps >= TARGET.rps && insights.p99Ms < TARGET.p99Ms && insights.errors === 0;
    console.log(`cached insights: target ≥ ${TARGET.rps} req/s, p99 < ${TARGET.p99Ms} ms, 0 errors — ${met ? 'met' : 'NOT met'}`);
    const floodMet = flood.insights.p99Ms < FLOOD_TARGET.insightP99Ms && flood.insights.errors === FLOOD_TARGET.insightErrors && tokens.rps >= FLOOD_TARGET.tokenRps && tokens.errors === 0;
    console.log(
      `flood: cached insights p99 < ${FLOOD_TARGET.insightP99Ms} ms and 0 errors during it, valid token issuance ≥ ${FLOOD_TARGET.tokenRps} req/s — ${floodMet ? 'met' : 'NOT met'}`,
    );
    console.log(JSON.stringify({ cachedInsights: insights, flood, tokenIssuance: tokens, target: { ...TARGET, met }, floodTarget: { ...FLOOD_TARGET, met: floodMet } }));
    process.exitCode = met && floodMet ? 0 : 1;
  } catch (err) {
    console.error(output.join('').slice(-4000));
    throw err;
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    await dropDatabase?.();
    await rm(work, { recursive: true, force: true });
  }
}

interface FloodFigures {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly transportErrors: number;
  readonly timeouts: number;
  /** Answers by status: 401 (checked and refused) and 429 (held back by a back-off). */
  readonly statuses: Record<string, number>;
}

/** The wrong-secret flood (its own process) with cached insights measured beside it, over the same seconds. */
async function floodPhase(url: string, setup: Prepared, pid: number | undefined): Promise<{ flood: FloodFigures; insights: Figures; connections: number; addresses: number }> {
  const floodProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/bench/flood.ts', '--url', url, '--duration', String(FLOOD_DURATION), '--connections', String(FLOOD_CONNECTIONS), '--addresses', String(FLOOD_ADDRESSES)],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let floodOut = '';
  floodProcess.stdout.on('data', (d: Buffer) => (floodOut += d.toString()));
  const floodDone = new Promise<FloodFigures>((resolve, reject) =>
    floodProcess.once('exit', (code) => {
      const line = floodOut.trim().split('\n').at(-1) ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as FloodFigures);
      else reject(new Error(`the flood process failed (${String(code)}): ${floodOut}`));
    }),
  );
  // The flood's connections are up before the measurement starts (tsx start-up, autocannon's ramp).
  await new Promise((r) => setTimeout(r, 2000));
  const insights = await run(
    'cached insights during the flood',
    {
      url,
      connections: CONNECTIONS,
      duration: Math.max(1, FLOOD_DURATION - 5),
      requests: [
        { method: 'POST', path: `/v1/agreements/${setup.agreementId}/insights/overlap`, headers: setup.jsonHeaders, body: '{}' },
        { method: 'POST', path: `/v1/agreements/${setup.agreementId}/insights/context`, headers: setup.jsonHeaders, body: JSON.stringify({ partnerAttribute: 'content_category' }) },
      ],
    },
    pid,
    { warmUp: false },
  );
  const flood = await floodDone;
  console.log(
    `flood: ${flood.requests.toLocaleString()} wrong-secret requests in ${flood.seconds} s over ${FLOOD_CONNECTIONS} connections from up to ${FLOOD_ADDRESSES} addresses = ${flood.rps} req/s; ` +
      `answers ${JSON.stringify(flood.statuses)}; transport errors ${flood.transportErrors}, timeouts ${flood.timeouts}; flood latency p99 ${flood.p99Ms} ms`,
  );
  return { flood, insights, connections: FLOOD_CONNECTIONS, addresses: FLOOD_ADDRESSES };
}

async function waitReady(url: string, child: ReturnType<typeof spawn>, output: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the service exited (${child.exitCode}):\n${output.join('')}`);
    const ready = await fetch(`${url}/readyz`)
      .then(async (r) => r.ok && ((await r.json()) as { status?: string }).status === 'ready')
      .catch(() => false);
    if (ready) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the service was not ready within 60 s:\n${output.join('')}`);
}

interface Prepared {
  readonly agreementId: string;
  readonly overlapReleaseId: string;
  readonly brand: { clientId: string; clientSecret: string };
  readonly jsonHeaders: Record<string, string>;
}

async function prepare(url: string, admin: { clientId: string; clientSecret: string }): Promise<Prepared> {
  const call = async <T>(path: string, init: { method?: string; token?: string; body?: string; headers?: Record<string, string> }): Promise<T> => {
    const res = await fetch(url + path, {
      method: init.method ?? 'GET',
      headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `Bearer ${init.token}` } : {}), ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
    });
    if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${res.status} ${await res.text()}`);
    return (await res.json()) as T;
  };
  const token = async (clientId: string, clientSecret: string): Promise<string> =>
    (
      await call<{ access_token: string }>('/v1/oauth/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }).toString(),
      })
    ).access_token;
  const adminToken = await token(admin.clientId, admin.clientSecret);
  const org = async (kind: string) => {
    const o = await call<{ id: string; clientId: string; clientSecret: string }>('/v1/organizations', { method: 'POST', token: adminToken, body: JSON.stringify({ kind, name: `load ${kind}` }) });
    return { ...o, token: await token(o.clientId, o.clientSecret) };
  };
  const brand = await org('brand');
  const partner = await org('media_partner');
  const auditor = await org('auditor');
  const tiers = ['high', 'mid', 'low'];
  const categories = ['news', 'sports', 'cooking', 'travel', 'tech'];
  const devices = ['mobile', 'desktop', 'tv'];
  const policy = testPolicy(
    { brand: brand.id, partner: partner.id, auditors: [auditor.id] },
    {
      purpose: 'Load test: cached insights',
      partnerAttributes: { content_category: { maxValuesPerId: 2 }, device: {} },
      attributeValues: { value_tier: tiers, content_category: categories, device: devices },
    },
  );
  const proposed = await call<{ id: string; pendingVersionHash: string }>('/v1/agreements', { method: 'POST', token: brand.token, body: JSON.stringify(policy) });
  await call(`/v1/agreements/${proposed.id}/approve`, { method: 'POST', token: partner.token, body: JSON.stringify({ versionHash: proposed.pendingVersionHash }) });
  const agreementId = proposed.id;

  // Id digests as the SDK sends them (64 hex digits); a third of the brand's ids are partner ids too.
  const shared = Array.from({ length: Math.floor(BRAND_IDS / 3) }, () => hex(32));
  const brandRows = [...shared, ...Array.from({ length: BRAND_IDS - shared.length }, () => hex(32))].map((id, i) => JSON.stringify({ id, value_tier: tiers[i % 3] }));
  const partnerRows = [...shared, ...Array.from({ length: PARTNER_IDS - shared.length }, () => hex(32))].map((id, i) =>
    JSON.stringify({ id, content_category: [categories[i % 5], categories[(i + 2) % 5]], device: devices[i % 3] }),
  );
  const saltCheck = hex(32);
  for (const [side, rows, t] of [
    ['brand', brandRows, brand.token],
    ['partner', partnerRows, partner.token],
  ] as const) {
    await call(`/v1/agreements/${agreementId}/datasets/${side}`, {
      method: 'PUT',
      token: t,
      body: rows.join('\n') + '\n',
      headers: { 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': saltCheck, 'Idempotency-Key': `load-${side}` },
    });
  }
  const overlap = await call<{ releaseId: string; cached: boolean }>(`/v1/agreements/${agreementId}/insights/overlap`, { method: 'POST', token: brand.token, body: '{}' });
  await call(`/v1/agreements/${agreementId}/insights/context`, { method: 'POST', token: brand.token, body: JSON.stringify({ partnerAttribute: 'content_category' }) });
  return {
    agreementId,
    overlapReleaseId: overlap.releaseId,
    brand: { clientId: brand.clientId, clientSecret: brand.clientSecret },
    jsonHeaders: { 'content-type': 'application/json', authorization: `Bearer ${brand.token}` },
  };
}

interface Figures {
  readonly requests: number;
  readonly seconds: number;
  readonly rps: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly timeouts: number;
  /** CPU time of the service process (user + system) per request, from /proc. */
  readonly serviceCpuMsPerRequest: number;
  /** CPU time of this process (autocannon) per request. */
  readonly clientCpuMsPerRequest: number;
  /** Busy CPU time of the whole machine (every core: service, PostgreSQL, autocannon, the rest) per request. */
  readonly machineCpuMsPerRequest: number;
}

/** Busy (non-idle) CPU seconds of the whole machine so far, over all cores (Linux /proc/stat). */
async function machineBusySeconds(): Promise<number> {
  const line = (await readFile('/proc/stat', 'utf8').catch(() => '')).split('\n')[0] ?? '';
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return [user, nice, system, irq, softirq, steal].reduce<number>((sum, v) => sum + (v ?? 0), 0) / 100;
}

/** User + system CPU seconds of a process so far (Linux /proc; 0 elsewhere). */
async function cpuSeconds(pid: number | undefined): Promise<number> {
  const stat = pid === undefined ? undefined : await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields ? (Number(fields[11]) + Number(fields[12])) / 100 : 0;
}

async function run(label: string, options: autocannon.Options, pid: number | undefined, { warmUp = true } = {}): Promise<Figures> {
  // A short warm-up (JIT, pool connections), then the measured run.
  if (warmUp) await autocannon({ ...options, duration: 1 });
  const cpu0 = await cpuSeconds(pid);
  const busy0 = await machineBusySeconds();
  const client0 = process.cpuUsage();
  const r: Result = await autocannon(options);
  const serviceCpu = (await cpuSeconds(pid)) - cpu0;
  const machineCpu = (await machineBusySeconds()) - busy0;
  const client = process.cpuUsage(client0);
  const seconds = r.duration;
  const figures: Figures = {
    requests: r.requests.total,
    seconds: +seconds.toFixed(2),
    rps: Math.round(r.requests.total / seconds),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    // Transport errors, timeouts and any answer that is not a 2xx all count as errors.
    errors: r.errors + r.timeouts + r.non2xx,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    serviceCpuMsPerRequest: +((serviceCpu * 1000) / Math.max(1, r.requests.total)).toFixed(3),
    clientCpuMsPerRequest: +((client.user + client.system) / 1000 / Math.max(1, r.requests.total)).toFixed(3),
    machineCpuMsPerRequest: +((machineCpu * 1000) / Math.max(1, r.requests.total)).toFixed(3),
  };
  console.log(
    `${label}: ${figures.requests.toLocaleString()} requests in ${figures.seconds} s over ${String(options.connections)} connections = ${figures.rps} req/s; ` +
      `latency p50 ${figures.p50Ms} ms, p99 ${figures.p99Ms} ms, max ${figures.maxMs} ms; errors ${figures.errors} (non-2xx ${figures.non2xx}, timeouts ${figures.timeouts}); ` +
      `CPU per request: service ${figures.serviceCpuMsPerRequest} ms, autocannon ${figures.clientCpuMsPerRequest} ms, whole machine ${figures.machineCpuMsPerRequest} ms`,
  );
  return figures;
}

await main();
