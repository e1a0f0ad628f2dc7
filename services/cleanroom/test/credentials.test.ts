// Done means (issue 14, item 3): the operator's credential lifecycle over real HTTP — a rotated
// secret's predecessor works during the overlap, then 401; a disabled organisation's token is 401 at
// once and enabling restores it; a token revoked by jti is 401 at once, even one already in the
// verified-token cache; each leaves exactly one audit event. And the token endpoint's failure
// limits: back-off per client id, per address (X-Forwarded-For believed with CLEANROOM_TRUST_PROXY),
// and a flood of wrong secrets for random client ids locks no other organisation out.
import { randomBytes } from 'node:crypto';
import { base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { flushUnknownClientTally } from '../src/domain/auth.js';
import { problemOf, startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('credential lifecycle and token endpoint limits', () => {
  let svc: TestService;
  let admin: string;

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_TRUST_PROXY: '1' });
    admin = await svc.adminToken();
  });
  afterAll(async () => svc.stop());

  /** A token request from `address` (the X-Forwarded-For one hop back, believed with TRUST_PROXY=1). */
  const tokenRequest = (clientId: string, clientSecret: string, address = '198.51.100.1') =>
    fetch(`${svc.url}/v1/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': address },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
  const tokenOf = async (res: Response): Promise<string> => {
    expect(res.status).toBe(200);
    return ((await res.json()) as { access_token: string }).access_token;
  };
  const read = (org: OrgHandle, token: string) => svc.fetch(`/v1/organizations/${org.id}`, { token });
  const post = (path: string, body?: unknown) => svc.fetch(path, { method: 'POST', token: admin, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const events = async (action: string, key: string, value: string): Promise<number> => {
    const { rows } = await svc.db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = $1 AND detail->>$2 = $3`, [action, key, value]);
    return Number(rows[0]!.n);
  };
  const jtiOf = (token: string): string => (JSON.parse(new TextDecoder().decode(base64url.decode(token.split('.')[1]!))) as { jti: string }).jti;

  it('rotation: the new secret is returned once; the old one works during the overlap, then 401', async () => {
    const org = await svc.createOrg('brand');
    const res = await post(`/v1/organizations/${org.id}/secret`, { overlapSeconds: 2 });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const rotated = (await res.json()) as { id: string; clientId: string; clientSecret: string; previousSecretExpiresAt: string };
    expect(rotated).toMatchObject({ id: org.id, clientId: org.clientId });
    expect(rotated.clientSecret).toMatch(/^crs_[A-Za-z0-9_-]{43}$/);
    expect(rotated.clientSecret).not.toBe(org.clientSecret);
    expect(Date.parse(rotated.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(0);
    expect(await events('organization.secret_rotated', 'orgId', org.id)).toBe(1);

    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '198.51.100.10'));
    await tokenOf(await tokenRequest(org.clientId, rotated.clientSecret, '198.51.100.10'));
    await sleep(Date.parse(rotated.previousSecretExpiresAt) - Date.now() + 100);
    const old = await tokenRequest(org.clientId, org.clientSecret, '198.51.100.10');
    expect(old.status).toBe(401);
    expect((await problemOf(old)).type).toBe('urn:cleanroom:problem:invalid-client');
    await tokenOf(await tokenRequest(org.clientId, rotated.clientSecret, '198.51.100.10'));
    // A token issued before the rotation keeps working until it expires: rotation is not revocation.
    expect((await read(org, org.token)).status).toBe(200);
  });

  it('rotation with overlap 0 ends the old secret at once; the operator only, never its own secret', async () => {
    const org = await svc.createOrg('auditor');
    const rotated = (await (await post(`/v1/organizations/${org.id}/secret`, { overlapSeconds: 0 })).json()) as { clientSecret: string; previousSecretExpiresAt: null };
    expect(rotated.previousSecretExpiresAt).toBeNull();
    expect((await tokenRequest(org.clientId, org.clientSecret, '198.51.100.11')).status).toBe(401);
    await tokenOf(await tokenRequest(org.clientId, rotated.clientSecret, '198.51.100.11'));

    const byBrand = await svc.fetch(`/v1/organizations/${org.id}/secret`, { method: 'POST', token: org.token, body: '{}' });
    expect(byBrand.status).toBe(403);
    expect((await problemOf(byBrand)).rule).toBe('operator_only');
    const { rows } = await svc.db.pool.query<{ id: string }>(`SELECT id FROM organizations WHERE kind = 'admin'`);
    const own = await post(`/v1/organizations/${rows[0]!.id}/secret`, {});
    expect(own.status).toBe(403);
    expect((await problemOf(own)).rule).toBe('operator_secret_by_environment');
    expect((await post(`/v1/organizations/org_${'0'.repeat(26)}/secret`, {})).status).toBe(404);
    expect((await post(`/v1/organizations/${org.id}/secret`, { overlapSeconds: -1 })).status).toBe(422);
  });

  it('disable: the existing token is 401 at once and no new one is issued; enable restores both', async () => {
    const org = await svc.createOrg('media_partner');
    expect((await read(org, org.token)).status).toBe(200); // now in the verified-token cache
    const res = await post(`/v1/organizations/${org.id}/disable`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: org.id, disabled: true });
    const refused = await read(org, org.token);
    expect(refused.status).toBe(401);
    expect(await problemOf(refused)).toMatchObject({ type: 'urn:cleanroom:problem:invalid-token', rule: 'token_revoked' });
    const denied = await tokenRequest(org.clientId, org.clientSecret, '198.51.100.12');
    expect(denied.status).toBe(401);
    expect((await problemOf(denied)).rule).toBe('organization_disabled');
    // Disabling again changes nothing and records nothing.
    expect((await post(`/v1/organizations/${org.id}/disable`)).status).toBe(200);
    expect(await events('organization.disabled', 'orgId', org.id)).toBe(1);

    const enabled = await post(`/v1/organizations/${org.id}/enable`);
    expect(await enabled.json()).toMatchObject({ id: org.id, disabled: false, disabledAt: null });
    expect((await read(org, org.token)).status).toBe(200);
    const fresh = await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '198.51.100.12'));
    expect((await read(org, fresh)).status).toBe(200);
    expect(await events('organization.enabled', 'orgId', org.id)).toBe(1);
  });

  it('revoke by jti: 401 at once, even for a token already in the verified-token cache; other tokens unaffected', async () => {
    const org = await svc.createOrg('brand');
    const other = await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '198.51.100.13'));
    expect((await read(org, org.token)).status).toBe(200); // cached
    const jti = jtiOf(org.token);
    // The operator finds the jti in the token.issued event.
    expect(await events('token.issued', 'jti', jti)).toBe(1);
    const res = await post(`/v1/tokens/${jti}/revoke`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ jti });
    expect((await read(org, org.token)).status).toBe(401);
    expect((await read(org, other)).status).toBe(200);
    expect((await post(`/v1/tokens/${jti}/revoke`)).status).toBe(200);
    expect(await events('token.revoked', 'jti', jti)).toBe(1);
    const byOrg = await svc.fetch(`/v1/tokens/${jtiOf(other)}/revoke`, { method: 'POST', token: other });
    expect(byOrg.status).toBe(403);
    expect((await post('/v1/tokens/not%20a%20jti/revoke')).status).toBe(422);
  });

  it('a revocation made by another instance arrives through the table', async () => {
    const org = await svc.createOrg('brand');
    expect((await read(org, org.token)).status).toBe(200);
    await svc.db.pool.query(`INSERT INTO revoked_tokens (jti, revoked_by, forget_after) SELECT $1, id, now() + interval '20 minutes' FROM organizations WHERE kind = 'admin'`, [jtiOf(org.token)]);
    const { refreshRevocations } = await import('../src/domain/credentials.js');
    await refreshRevocations(svc.service.ctx);
    expect((await read(org, org.token)).status).toBe(401);
  });

  it('back-off per client id: after 5 failures it waits 1 s, then 2 s; the right secret afterwards clears it', async () => {
    const org = await svc.createOrg('brand');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await tokenRequest(org.clientId, 'wrong', `203.0.113.${i + 1}`)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const waiting = await tokenRequest(org.clientId, org.clientSecret, '203.0.113.50');
    expect(waiting.status).toBe(429); // refused unchecked while it waits, from any address
    expect(waiting.headers.get('retry-after')).toBe('1');
    expect((await problemOf(waiting)).rule).toBe('auth_back_off');
    await sleep(1100);
    expect((await tokenRequest(org.clientId, 'wrong', '203.0.113.7')).status).toBe(401);
    const longer = await tokenRequest(org.clientId, org.clientSecret, '203.0.113.50');
    expect(longer.status).toBe(429);
    expect(longer.headers.get('retry-after')).toBe('2');
    await sleep(2100);
    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '203.0.113.50'));
    expect((await tokenRequest(org.clientId, 'wrong', '203.0.113.8')).status).toBe(401); // counting from nothing again
  });

  it('per address (IPv6 by /64): a flood from one address holds back that address only', async () => {
    const org = await svc.createOrg('brand');
    const flood = async (address: string): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < 22; i++) out.push((await tokenRequest(`cli_${randomBytes(10).toString('hex')}`, 'wrong', address)).status);
      return out;
    };
    const v4 = await flood('192.0.2.77');
    expect(v4.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(v4.slice(20)).toEqual([429, 429]);
    // The same organisation from the flooding address waits; from any other address it gets its token.
    expect((await tokenRequest(org.clientId, org.clientSecret, '192.0.2.77')).status).toBe(429);
    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '192.0.2.78'));
    // IPv6: every address of one /64 counts as one.
    const v6 = await flood('2001:db8:1:2::1');
    expect(v6.at(-1)).toBe(429);
    expect((await tokenRequest(org.clientId, org.clientSecret, '2001:db8:1:2:ffff::9')).status).toBe(429);
    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '2001:db8:1:3::1'));
  });

  it('X-Forwarded-For is believed only as far as CLEANROOM_TRUST_PROXY says', async () => {
    // One hop: the entry the proxy appended (the last); anything the client wrote before it is not believed.
    const org = await svc.createOrg('brand');
    for (let i = 0; i < 21; i++) await tokenRequest(`cli_${randomBytes(10).toString('hex')}`, 'wrong', `1.2.3.${i}, 192.0.2.99`);
    expect((await tokenRequest(org.clientId, org.clientSecret, '192.0.2.99')).status).toBe(429);
    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '1.2.3.4'));
  });

  it('a secret stored as scrypt by an earlier version still works and is re-stored as its HMAC', async () => {
    const org = await svc.createOrg('brand');
    // The format earlier versions wrote (@noble/hashes scrypt, N=2^14, r=8, p=1).
    const salt = randomBytes(16);
    const dk = await scryptAsync(new TextEncoder().encode(org.clientSecret), salt, { N: 2 ** 14, r: 8, p: 1, dkLen: 32 });
    const legacy = ['scrypt', 2 ** 14, 8, 1, salt.toString('base64url'), Buffer.from(dk).toString('base64url')].join('$');
    await svc.db.pool.query(`UPDATE organizations SET secret_hash = $2 WHERE id = $1`, [org.id, legacy]);
    expect((await tokenRequest(org.clientId, 'wrong', '198.51.100.20')).status).toBe(401);
    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '198.51.100.20'));
    const { rows } = await svc.db.pool.query<{ secret_hash: string }>(`SELECT secret_hash FROM organizations WHERE id = $1`, [org.id]);
    expect(rows[0]!.secret_hash).toMatch(/^hmac-sha256\$/);
    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '198.51.100.20'));
  });

  it('a flood of wrong secrets for random client ids from many addresses locks no organisation out, nor fills the log', async () => {
    const org = await svc.createOrg('media_partner');
    await flushUnknownClientTally(svc.service.ctx);
    const unknownBefore = Number(
      (await svc.db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM audit_events WHERE action = 'auth.failed' AND detail->>'reason' = 'unknown_client'`)).rows[0]!.n,
    );
    const statuses = await Promise.all(
      Array.from({ length: 400 }, (_, i) => tokenRequest(`cli_${randomBytes(10).toString('hex')}`, `crs_${randomBytes(32).toString('base64url')}`, `10.9.${i % 40}.1`).then((r) => r.status)),
    );
    expect(new Set(statuses)).toEqual(new Set([401]));
    await tokenOf(await tokenRequest(org.clientId, org.clientSecret, '10.9.200.1'));
    // The log got at most one event for the whole flood, and after a flush the counts sum it up.
    const unknown = async () =>
      (await svc.db.pool.query<{ n: string; total: string | null }>(`SELECT count(*) AS n, sum((detail->>'count')::int) AS total FROM audit_events WHERE action = 'auth.failed' AND detail->>'reason' = 'unknown_client'`)).rows[0]!;
    expect(Number((await unknown()).n) - unknownBefore).toBeLessThanOrEqual(1);
    await flushUnknownClientTally(svc.service.ctx);
    expect(Number((await unknown()).total)).toBeGreaterThanOrEqual(400);
  });
});
