// Issue 8 (faults): the database restarted or its connections cut during an upload and during an
// insight, and the service killed with SIGKILL during each, on a throwaway PostgreSQL cluster this
// test starts itself (the embedded server binaries, a loopback port, removed afterwards; never the
// machine's shared server). The service runs as a child process so that it can be killed.
//
// After every fault the invariants are checked, not merely the absence of a crash:
// - no partial dataset: no `loading` version once the slot is used again, every data table belongs
//   to a published version and holds all its partitions, the previous version is intact;
// - the audit chain is gapless and verifies, and every answer the clients got has its event;
// - no ε spent without a release: each ledger equals the sum of its releases' charges, and every
//   release has exactly one charging `insight.allowed` event;
// - the service reconnects by itself: the same process answers /readyz and the retried request.
//
// Faults are placed deterministically: mid-upload once the COPY is running with half the body
// sent; mid-insight while the insight's transaction (ledger debited, release stored) waits for the
// audit log's lock, which the test holds.
import { randomBytes } from 'node:crypto';
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain, type ChainedEvent } from '@cleanroom/contracts';
import { allAuditEvents } from '../../services/cleanroom/src/store/audit.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../services/cleanroom/src/store/embedded-postgres.js';
import { digests, SALT_CHECK } from '../support/data.js';
import { testPolicy } from '../support/policy.js';
import { spawnService, type ServiceProcess } from '../support/process.js';

/** The audit log's append lock (services/cleanroom/src/store/audit.ts). */
const AUDIT_LOCK_ID = 0x61756474;
const SHARED = 1200;
/** application_name of the test's own sessions. */
const OWN = 'cleanroom-fault-test';

interface Org {
  id: string;
  clientId: string;
  clientSecret: string;
}

describe('faults: database restarts, cut connections and SIGKILL during uploads and insights', () => {
  const root = join(tmpdir(), `cleanroom-faults-${randomBytes(4).toString('hex')}`);
  let database: EmbeddedDatabase;
  let port: number;
  let db: pg.Pool;
  let svc: ServiceProcess;
  const env: Record<string, string> = {
    CLEANROOM_MASTER_KEY: randomBytes(32).toString('hex'),
    CLEANROOM_ADMIN_CLIENT_ID: 'faults-admin',
    CLEANROOM_ADMIN_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    CLEANROOM_MIN_DATASET_SIZE: '100',
    CLEANROOM_DATA_DIR: join(root, 'svc'),
  };
  let brand: Org, partner: Org, auditor: Org;
  let agreementId: string;
  const shared = digests(SHARED);
  /** What the clients were told succeeded: every one must be in the log and in the tables. */
  const answered = { datasets: [] as string[], releases: [] as string[] };

  // ---- the cluster and the service ----

  async function startDatabase(): Promise<void> {
    database = await startEmbeddedPostgres({ dir: join(root, 'pg'), ...(port ? { port } : {}) });
    port = Number(new URL(database.url).port);
  }
  async function restartDatabase(): Promise<void> {
    await database.stop();
    await startDatabase();
  }
  /** Ends every session of the service's database but the caller's (as a failover or a proxy would). */
  async function cutConnections(): Promise<number> {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*) FILTER (WHERE pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> '${OWN}'`,
    );
    return rows[0]!.n;
  }
  const startService = async (): Promise<void> => {
    svc = await spawnService({ ...env, DATABASE_URL: database.url });
  };

  // ---- HTTP ----

  const tokens = new Map<string, string>();
  async function token(org: { clientId: string; clientSecret: string }): Promise<string> {
    const cached = tokens.get(org.clientId);
    if (cached) return cached;
    const res = await fetch(`${svc.url}/v1/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: org.clientId, client_secret: org.clientSecret }),
    });
    expect(res.status).toBe(200);
    const t = ((await res.json()) as { access_token: string }).access_token;
    tokens.set(org.clientId, t);
    return t;
  }
  async function call(org: { clientId: string; clientSecret: string }, method: string, path: string, body?: unknown): Promise<Response> {
    return fetch(svc.url + path, {
      method,
      headers: { Authorization: `Bearer ${await token(org)}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
  async function json<T>(res: Response, status: number): Promise<T> {
    const text = await res.text();
    expect(res.status, text).toBe(status);
    return JSON.parse(text) as T;
  }

  const brandRows = (fresh: readonly string[]): string => [...shared, ...fresh].map((id, i) => JSON.stringify({ id, value_tier: i % 3 === 0 ? 'high' : 'low' })).join('\n') + '\n';
  const partnerRows = (fresh: readonly string[]): string => [...shared, ...fresh].map((id, i) => JSON.stringify({ id, device: i % 2 === 0 ? 'mobile' : 'tv' })).join('\n') + '\n';

  async function upload(side: 'brand' | 'partner', body: string): Promise<Response> {
    const res = await fetch(`${svc.url}/v1/agreements/${agreementId}/datasets/${side}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await token(side === 'brand' ? brand : partner)}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK },
      body,
    });
    if (res.status === 201) answered.datasets.push(((await res.clone().json()) as { id: string }).id);
    return res;
  }

  /** An upload whose first half is sent; the rest waits until `finish` (or never). */
  async function halfUpload(side: 'brand' | 'partner', body: string): Promise<{ req: ClientRequest; response: Promise<IncomingMessage & { text: string }>; finish: () => void }> {
    const half = body.indexOf('\n', body.length / 2) + 1;
    const req = request(`${svc.url}/v1/agreements/${agreementId}/datasets/${side}`, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${await token(side === 'brand' ? brand : partner)}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK },
    });
    const response = new Promise<IncomingMessage & { text: string }>((resolve, reject) => {
      req.on('response', (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => resolve(Object.assign(res, { text })));
        res.on('error', reject);
      });
      req.on('error', reject);
    });
    // Settled only when awaited (a killed service rejects it before the test looks).
    response.catch(() => undefined);
    req.write(body.slice(0, half));
    await until(async () => (await activity(`query LIKE 'COPY %' AND state = 'active'`)) > 0, 'the upload’s COPY to start');
    return { req, response, finish: () => req.end(body.slice(half)) };
  }

  async function insight(org: Org, kind: 'overlap' | 'context', body: Record<string, unknown>): Promise<Response> {
    const res = await call(org, 'POST', `/v1/agreements/${agreementId}/insights/${kind}`, body);
    if (res.status === 200) answered.releases.push(((await res.clone().json()) as { releaseId: string }).releaseId);
    return res;
  }

  // ---- what the test observes directly in the database ----

  async function activity(where: string): Promise<number> {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND application_name <> '${OWN}' AND ${where}`,
    );
    return rows[0]!.n;
  }
  async function until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await check().catch(() => false)) return;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  /** Holds the audit log's lock from a session of the test's own: appends queue behind it. */
  async function holdAuditLock(): Promise<pg.Client> {
    const holder = new pg.Client({ connectionString: database.url, application_name: OWN });
    holder.on('error', () => undefined);
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [AUDIT_LOCK_ID]);
    return holder;
  }
  const waitingForAuditLock = (): Promise<number> => activity(`wait_event_type = 'Lock' AND wait_event = 'advisory'`);

  // Both ledgers of the pair open when the agreement is approved; the brand's requests spend (partner's data → brand).
  async function ledgers(): Promise<{ recipient: string; rho: number; releases: number }[]> {
    const { rows } = await db.query<{ recipient: string; rho: number; releases: number }>(
      'SELECT recipient_org AS recipient, rho_spent AS rho, releases FROM privacy_ledgers ORDER BY protected_org, recipient_org',
    );
    return rows;
  }
  const brandLedger = (all: { recipient: string; releases: number }[]): { releases: number } => all.find((l) => l.recipient === brand.id)!;

  async function expectReady(): Promise<void> {
    await until(async () => (await fetch(`${svc.url}/readyz`)).status === 200, '/readyz to answer ready');
  }

  async function expectInvariants(): Promise<void> {
    // The audit chain: gapless, every hash verifies — and the service itself says so.
    const events: ChainedEvent[] = [];
    for await (const e of allAuditEvents(db)) events.push(e);
    expect(verifyChain(events)).toEqual({ ok: true, length: events.length, headHash: events.at(-1)!.hash });
    const verdict = await json<{ ok: boolean }>(await call(auditor, 'GET', '/v1/audit/verify'), 200);
    expect(verdict.ok).toBe(true);

    // No ε without a release, no release without its (one) charging event, no answer unlogged.
    const { rows: releases } = await db.query<{ id: string; protected_org: string; recipient_org: string; rho_charged: number }>('SELECT id, protected_org, recipient_org, rho_charged FROM releases');
    const charging = events.filter((e) => e.action === 'insight.allowed' && (e.detail as { cached?: boolean }).cached !== true);
    expect(charging.map((e) => (e.detail as { releaseId: string }).releaseId).sort()).toEqual(releases.map((r) => r.id).sort());
    const { rows: ledgerRows } = await db.query<{ protected_org: string; recipient_org: string; rho_spent: number; releases: number }>('SELECT protected_org, recipient_org, rho_spent, releases FROM privacy_ledgers');
    for (const l of ledgerRows) {
      const mine = releases.filter((r) => r.protected_org === l.protected_org && r.recipient_org === l.recipient_org);
      expect(l.releases).toBe(mine.length);
      expect(l.rho_spent).toBeCloseTo(mine.reduce((s, r) => s + r.rho_charged, 0), 12);
    }
    for (const id of answered.releases) expect(releases.map((r) => r.id)).toContain(id);

    // No partial dataset: every table is a whole published version, every published version was logged.
    const { rows: versions } = await db.query<{ id: string; status: string; partitions: number | null }>('SELECT id, status, partitions FROM datasets ORDER BY created_at');
    const published = versions.filter((v) => v.status === 'published');
    const { rows: tables } = await db.query<{ t: string; parts: number }>(
      `SELECT c.relname AS t, (SELECT count(*)::int FROM pg_inherits i WHERE i.inhparent = c.oid) AS parts
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'cleanroom_data' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
    );
    expect(tables.map((t) => t.t)).toEqual(published.map((v) => v.id).sort());
    for (const t of tables) expect(t.parts).toBe(published.find((v) => v.id === t.t)!.partitions);
    const accepted = events.filter((e) => e.action === 'upload.accepted').map((e) => (e.detail as { datasetId: string }).datasetId);
    expect(accepted.sort()).toEqual(versions.filter((v) => v.status === 'published' || v.status === 'superseded').map((v) => v.id).sort());
    for (const id of answered.datasets) expect(accepted).toContain(id);
    const { rows: current } = await db.query<{ dataset_id: string }>('SELECT dataset_id FROM current_datasets ORDER BY side');
    expect(current.map((c) => c.dataset_id).sort()).toEqual(published.map((v) => v.id).sort());
  }

  /** The rows of the current brand version: the previous version must survive a failed upload whole. */
  async function currentBrand(): Promise<{ id: string; rows: number }> {
    const { rows } = await db.query<{ id: string; rows: string }>(`SELECT d.id, d.rows FROM current_datasets c JOIN datasets d ON d.id = c.dataset_id WHERE c.side = 'brand'`);
    const { id } = rows[0]!;
    const { rows: counted } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM cleanroom_data."${id}"`);
    expect(counted[0]!.n).toBe(Number(rows[0]!.rows));
    return { id, rows: counted[0]!.n };
  }

  beforeAll(async () => {
    await startDatabase();
    // The test's own sessions are named, so that cuts and counts leave them out.
    db = new pg.Pool({ connectionString: database.url, max: 4, application_name: OWN });
    db.on('error', () => undefined);
    await startService();
    const admin = { clientId: env.CLEANROOM_ADMIN_CLIENT_ID!, clientSecret: env.CLEANROOM_ADMIN_CLIENT_SECRET! };
    const org = async (kind: string): Promise<Org> => json<Org>(await call(admin, 'POST', '/v1/organizations', { kind, name: `faults ${kind}` }), 201);
    brand = await org('brand');
    partner = await org('media_partner');
    auditor = await org('auditor');
    const policy = testPolicy({ brand: brand.id, partner: partner.id, auditors: [auditor.id] }, { privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 20, delta: 1e-9 } });
    const proposed = await json<{ id: string; pendingVersionHash: string }>(await call(brand, 'POST', '/v1/agreements', policy), 201);
    agreementId = proposed.id;
    await json(await call(partner, 'POST', `/v1/agreements/${agreementId}/approve`, { versionHash: proposed.pendingVersionHash }), 200);
    expect((await upload('brand', brandRows(digests(800)))).status).toBe(201);
    expect((await upload('partner', partnerRows(digests(1000)))).status).toBe(201);
    expect((await insight(brand, 'overlap', {})).status).toBe(200);
    await expectInvariants();
  }, 120_000);

  afterAll(async () => {
    await svc?.stop('SIGKILL');
    await db?.end();
    await database?.stop();
    await rm(root, { recursive: true, force: true });
  });

  for (const fault of ['restart', 'cut'] as const) {
    const act = (): Promise<unknown> => (fault === 'restart' ? restartDatabase() : cutConnections());
    const name = fault === 'restart' ? 'PostgreSQL restarted' : 'every connection cut';

    it(`${name} during an upload: a 503, no partial version, the previous one intact; the same process takes the retry`, async () => {
      const before = await currentBrand();
      const body = brandRows(digests(1100));
      const pid = svc.child.pid;
      const half = await halfUpload('brand', body);
      await act();
      const res = await half.response;
      half.req.destroy();
      expect(res.statusCode, res.text).toBe(503);
      expect(JSON.parse(res.text)).toMatchObject({ type: 'urn:cleanroom:problem:unavailable', rule: 'database_unavailable' });
      expect(res.headers['retry-after']).toBe('5');

      await expectReady();
      expect(svc.child.pid).toBe(pid);
      expect(await currentBrand()).toEqual(before);
      // The retry takes the slot, clears what the failed attempt left and publishes.
      const retry = await json<{ version: number; supersededVersion: number }>(await upload('brand', body), 201);
      const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM datasets WHERE status = 'loading'`);
      expect(rows[0]!.n).toBe(0);
      // The failed attempt is logged once: at once if the database was back in time to record it,
      // else as interrupted by the retry that found its row.
      const { rows: rejected } = await db.query<{ detail: { reason: string } }>(
        `SELECT detail FROM audit_events WHERE action = 'upload.rejected' AND agreement_id = $1 AND (detail->>'version')::int = $2`,
        [agreementId, retry.version],
      );
      expect(rejected).toHaveLength(1);
      expect(['interrupted', 'database_unavailable']).toContain(rejected[0]!.detail.reason);
      expect(retry.supersededVersion).toBe(retry.version - 1);
      await expectInvariants();
    }, 60_000);

    it(`${name} during an insight, after its debit: a 503, nothing charged, nothing released; the retry is charged once`, async () => {
      const request = fault === 'restart' ? { brandAttribute: 'value_tier' } : { partnerAttribute: 'device' };
      const kind = fault === 'restart' ? 'overlap' : 'context';
      const ledgerBefore = await ledgers();
      const releasesBefore = (await db.query('SELECT id FROM releases')).rowCount;
      const pid = svc.child.pid;
      const holder = await holdAuditLock();
      const pending = insight(brand, kind, request);
      await until(async () => (await waitingForAuditLock()) === 1, 'the insight to wait for the audit lock');
      await act();
      await holder.end().catch(() => undefined);
      const res = await pending;
      expect(res.status, await res.clone().text()).toBe(503);
      expect(await res.json()).toMatchObject({ type: 'urn:cleanroom:problem:unavailable', rule: 'database_unavailable' });

      await expectReady();
      expect(svc.child.pid).toBe(pid);
      expect(await ledgers()).toEqual(ledgerBefore);
      expect((await db.query('SELECT id FROM releases')).rowCount).toBe(releasesBefore);
      await expectInvariants();

      const retry = await json<{ privacy: { epsilonCharged: number } }>(await insight(brand, kind, request), 200);
      expect(retry.privacy.epsilonCharged).toBeGreaterThan(0);
      expect(brandLedger(await ledgers()).releases).toBe(brandLedger(ledgerBefore).releases + 1);
      await expectInvariants();
    }, 60_000);
  }

  it('the service killed (SIGKILL) during an upload: after a restart, no partial version and an interrupted event', async () => {
    const before = await currentBrand();
    const half = await halfUpload('brand', brandRows(digests(1100)));
    svc.child.kill('SIGKILL');
    await svc.exited;
    await half.response.catch(() => undefined);
    half.req.destroy();
    // Its sessions end with it, rolling back the load; the table never existed for anyone else.
    await until(async () => (await activity('true')) === 0, 'the killed service’s sessions to end');
    await startService();
    tokens.clear();
    const { rows } = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM datasets WHERE status = 'loading'`);
    expect(rows[0]!.n).toBe(0);
    const { rows: rejected } = await db.query<{ detail: { reason: string } }>(`SELECT detail FROM audit_events WHERE action = 'upload.rejected' ORDER BY seq DESC LIMIT 1`);
    expect(rejected[0]!.detail.reason).toBe('interrupted');
    expect(await currentBrand()).toEqual(before);
    await expectInvariants();
  }, 60_000);

  it('the service killed (SIGKILL) during an insight, after its debit: nothing charged or released; the retry is charged once', async () => {
    const request = { partnerAttribute: 'device', brandAttribute: 'value_tier' };
    const ledgerBefore = await ledgers();
    const holder = await holdAuditLock();
    const pending = insight(brand, 'context', request).catch((err: unknown) => err);
    await until(async () => (await waitingForAuditLock()) === 1, 'the insight to wait for the audit lock');
    svc.child.kill('SIGKILL');
    await svc.exited;
    expect(await pending).toBeInstanceOf(Error);
    // Released, the orphaned transaction appends its event and then finds its client gone: it aborts.
    await holder.query('SELECT pg_advisory_unlock($1)', [AUDIT_LOCK_ID]);
    await holder.end();
    await until(async () => (await activity('true')) === 0, 'the killed service’s sessions to end');
    expect(await ledgers()).toEqual(ledgerBefore);
    await startService();
    tokens.clear();
    await expectInvariants();

    const retry = await json<{ privacy: { epsilonCharged: number } }>(await insight(brand, 'context', request), 200);
    expect(retry.privacy.epsilonCharged).toBeGreaterThan(0);
    expect(brandLedger(await ledgers()).releases).toBe(brandLedger(ledgerBefore).releases + 1);
    await expectInvariants();
  }, 60_000);
});
