// Done means (issue 4, item 2): the service killed with SIGKILL in the middle of an upload and
// started again leaves no partial version, the previous version intact, an `upload.rejected`
// (interrupted) event, and the party free to upload again. The service runs as a child process
// on its own test database.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digests, ndjson, SALT_CHECK } from '../../../test/support/data.js';
import { createTestDatabase, dataTables, type TestDatabase } from '../../../test/support/db.js';
import { spawnService, type ServiceProcess } from '../../../test/support/process.js';

describe('an upload when the service is killed', () => {
  let db: TestDatabase;
  let svc: ServiceProcess | undefined;
  const env = {
    CLEANROOM_MASTER_KEY: randomBytes(32).toString('hex'),
    CLEANROOM_ADMIN_CLIENT_ID: 'crash-admin',
    CLEANROOM_ADMIN_CLIENT_SECRET: randomBytes(24).toString('base64url'),
    CLEANROOM_MIN_DATASET_SIZE: '100',
    CLEANROOM_DATA_DIR: `/tmp/cleanroom-crash-${randomBytes(4).toString('hex')}`,
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await svc?.stop('SIGKILL');
    await db.drop();
    await rm(env.CLEANROOM_DATA_DIR, { recursive: true, force: true });
  });

  const call = async (path: string, init: { method?: string; token?: string; body?: unknown; form?: Record<string, string> } = {}): Promise<Record<string, unknown>> => {
    const headers: Record<string, string> = {};
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    let body: string | undefined;
    if (init.form) {
      headers['Content-Type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(init.form).toString();
    } else if (init.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    const res = await fetch(svc!.url + path, { method: init.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
    const json = (await res.json()) as Record<string, unknown>;
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  const token = async (clientId: string, clientSecret: string): Promise<string> =>
    (await call('/v1/oauth/token', { method: 'POST', form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret } })).access_token as string;

  it('leaves no partial version, keeps the previous one, and frees the slot after a restart', async () => {
    svc = await spawnService({ ...env, DATABASE_URL: db.url });
    const admin = await token(env.CLEANROOM_ADMIN_CLIENT_ID, env.CLEANROOM_ADMIN_CLIENT_SECRET);
    const org = async (kind: string) => {
      const o = await call('/v1/organizations', { method: 'POST', token: admin, body: { kind, name: kind } });
      return { id: o.id as string, token: await token(o.clientId as string, o.clientSecret as string) };
    };
    const brand = await org('brand');
    const partner = await org('media_partner');
    const proposed = await call('/v1/agreements', {
      method: 'POST',
      token: brand.token,
      body: {
        purpose: 'crash test',
        parties: { brand: brand.id, partner: partner.id },
        identity: { profile: 'email' },
        brandAttributes: [],
        partnerAttributes: {},
        insights: ['overlap'],
        minCohort: 50,
        privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
        validUntil: '2099-01-01T00:00:00Z',
        retentionDays: 30,
      },
    });
    const agreementId = proposed.id as string;
    await call(`/v1/agreements/${agreementId}/approve`, { method: 'POST', token: partner.token, body: { versionHash: proposed.pendingVersionHash } });

    const path = `/v1/agreements/${agreementId}/datasets/brand`;
    const first = await fetch(svc.url + path, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${brand.token}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK },
      body: ndjson(digests(1500).map((digest) => ({ digest, attributes: {} }))),
    });
    expect(first.status).toBe(201);
    const v1 = (await first.json()) as { id: string; version: number };

    // Version 2 starts streaming; once the service has begun loading it, the process dies.
    const req = request(svc.url + path, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${brand.token}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK },
    });
    req.on('error', () => undefined);
    req.write(digests(5000).map((d) => JSON.stringify({ id: d }) + '\n').join(''));
    const loading = async () => (await db.pool.query(`SELECT id FROM datasets WHERE status = 'loading'`)).rows.length;
    for (let i = 0; i < 100 && (await loading()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await loading()).toBe(1);
    svc.child.kill('SIGKILL');
    await svc.exited;
    req.destroy();

    // Only the committed version 1 table exists; the loading row is the only trace, until restart.
    const tables = () => dataTables(db.pool);
    await expect.poll(tables, { timeout: 5000 }).toEqual([v1.id]);

    svc = await spawnService({ ...env, DATABASE_URL: db.url });
    const { rows } = await db.pool.query<{ version: number; status: string }>('SELECT version, status FROM datasets ORDER BY version');
    expect(rows).toEqual([{ version: 1, status: 'published' }]);
    expect(await tables()).toEqual([v1.id]);
    const current = await db.pool.query<{ dataset_id: string }>('SELECT dataset_id FROM current_datasets WHERE agreement_id = $1', [agreementId]);
    expect(current.rows).toEqual([{ dataset_id: v1.id }]);
    expect((await db.pool.query(`SELECT count(*)::int AS n FROM cleanroom_data."${v1.id}"`)).rows[0]).toEqual({ n: 1500 });
    const events = await db.pool.query<{ detail: { reason: string; version: number } }>(`SELECT detail FROM audit_events WHERE action = 'upload.rejected'`);
    expect(events.rows.map((e) => [e.detail.reason, e.detail.version])).toEqual([['interrupted', 2]]);

    const again = await fetch(svc.url + path, {
      method: 'PUT',
      headers: { Authorization: `Bearer ${brand.token}`, 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK },
      body: ndjson(digests(1500).map((digest) => ({ digest, attributes: {} }))),
    });
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({ version: 2, supersededVersion: 1 });
  }, 90_000);
});
