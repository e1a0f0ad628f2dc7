// Done means (issue 2, item 3): every forged or broken token is refused with 401 problem+json, over
// real HTTP against the running app; org scoping; client-secret failures and their rate limit.
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT, UnsecuredJWT, base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf, startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';

describe('authentication and authorisation', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  const ISS = 'urn:cleanroom:service';
  const AUD = 'urn:cleanroom:api';

  beforeAll(async () => {
    svc = await startTestService();
    brand = await svc.createOrg('brand');
    partner = await svc.createOrg('media_partner');
  });
  afterAll(async () => svc.stop());

  const claims = () => ({ org: brand.id, role: 'brand' });
  const signed = (build: (jwt: SignJWT) => SignJWT, key = svc.service.ctx.keys.current.privateKey, kid = svc.service.ctx.keys.current.kid) =>
    build(new SignJWT(claims()).setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid }).setSubject(brand.clientId).setIssuedAt().setJti('t-1')).sign(key);

  async function expect401(token: string | undefined): Promise<void> {
    const res = await svc.fetch(`/v1/organizations/${brand.id}`, token === undefined ? {} : { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(401);
    const problem = await problemOf(res);
    expect(problem.type).toBe('urn:cleanroom:problem:invalid-token');
  }

  it('accepts a proper token', async () => {
    const res = await svc.fetch(`/v1/organizations/${brand.id}`, { token: brand.token });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { id: string }).id).toBe(brand.id);
  });

  it('a well-formed token of our own signing passes (control for the forgeries below)', async () => {
    const good = await signed((j) => j.setIssuer(ISS).setAudience(AUD).setExpirationTime('5m'));
    const res = await svc.fetch(`/v1/organizations/${brand.id}`, { token: good });
    expect(res.status).toBe(200);
  });

  it('refuses alg: none', async () => {
    const token = new UnsecuredJWT(claims()).setIssuer(ISS).setAudience(AUD).setSubject(brand.clientId).setIssuedAt().setJti('x').setExpirationTime('5m').encode();
    await expect401(token);
  });

  it('refuses an HS256 token whose HMAC key is our public key (algorithm confusion)', async () => {
    const jwk = svc.service.ctx.keys.published[0]!;
    for (const secret of [new TextEncoder().encode(JSON.stringify(jwk)), base64url.decode(jwk.x)]) {
      const token = await new SignJWT(claims())
        .setProtectedHeader({ alg: 'HS256', typ: 'at+jwt', kid: jwk.kid })
        .setIssuer(ISS).setAudience(AUD).setSubject(brand.clientId).setIssuedAt().setJti('x').setExpirationTime('5m')
        .sign(secret);
      await expect401(token);
    }
  });

  it('refuses a wrong issuer or audience', async () => {
    await expect401(await signed((j) => j.setIssuer('urn:evil').setAudience(AUD).setExpirationTime('5m')));
    await expect401(await signed((j) => j.setIssuer(ISS).setAudience('urn:other-api').setExpirationTime('5m')));
  });

  it('refuses an expired token', async () => {
    const now = Math.floor(Date.now() / 1000);
    await expect401(await signed((j) => j.setIssuer(ISS).setAudience(AUD).setIssuedAt(now - 3600).setExpirationTime(now - 60)));
  });

  it('refuses a token signed by an unknown key (unknown kid)', async () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    await expect401(await signed((j) => j.setIssuer(ISS).setAudience(AUD).setExpirationTime('5m'), privateKey, 'unknown-kid'));
    // The same foreign key under our own kid fails too: the signature does not verify.
    await expect401(await signed((j) => j.setIssuer(ISS).setAudience(AUD).setExpirationTime('5m'), privateKey));
  });

  it('refuses a tampered payload', async () => {
    const [header, payload, signature] = brand.token.split('.') as [string, string, string];
    const claimsJson = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
    const forged = base64url.encode(JSON.stringify({ ...claimsJson, role: 'admin' }));
    await expect401(`${header}.${forged}.${signature}`);
  });

  it('refuses a missing or malformed Authorization header', async () => {
    await expect401(undefined);
    const res = await svc.fetch(`/v1/organizations/${brand.id}`, { headers: { Authorization: `Basic ${btoa('a:b')}` } });
    expect(res.status).toBe(401);
  });

  it('a brand cannot read an organisation it has no agreement with', async () => {
    const res = await svc.fetch(`/v1/organizations/${partner.id}`, { token: brand.token });
    expect(res.status).toBe(404);
    expect((await problemOf(res)).type).toBe('urn:cleanroom:problem:not-found');
  });

  it("a brand cannot register organisations or set another org's key", async () => {
    const create = await svc.fetch('/v1/organizations', { method: 'POST', token: brand.token, body: JSON.stringify({ kind: 'brand', name: 'x' }) });
    expect(create.status).toBe(403);
    const put = await svc.fetch(`/v1/organizations/${partner.id}/public-key`, {
      method: 'PUT',
      token: brand.token,
      body: JSON.stringify({ publicKey: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' }),
    });
    expect([403, 404]).toContain(put.status);
  });

  it('issues tokens with the claims of the contract, by Basic and by form body', async () => {
    const basic = await fetch(`${svc.url}/v1/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Basic ${btoa(`${brand.clientId}:${brand.clientSecret}`)}` },
      body: 'grant_type=client_credentials',
    });
    expect(basic.status).toBe(200);
    expect(basic.headers.get('cache-control')).toBe('no-store');
    const body = (await basic.json()) as { access_token: string; token_type: string; expires_in: number };
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBeLessThanOrEqual(900);
    const [h, p] = body.access_token.split('.') as [string, string];
    const header = JSON.parse(new TextDecoder().decode(base64url.decode(h))) as Record<string, unknown>;
    const payload = JSON.parse(new TextDecoder().decode(base64url.decode(p))) as Record<string, number | string>;
    expect(header).toMatchObject({ alg: 'EdDSA', kid: svc.service.ctx.keys.current.kid });
    expect(payload).toMatchObject({ iss: ISS, aud: AUD, sub: brand.clientId, org: brand.id, role: 'brand' });
    expect(Number(payload.exp) - Number(payload.iat)).toBeLessThanOrEqual(900);
    expect(typeof payload.jti).toBe('string');
    const jwks = (await (await fetch(`${svc.url}/.well-known/jwks.json`)).json()) as { keys: { kid: string; d?: string }[] };
    expect(jwks.keys.map((k) => k.kid)).toContain(header.kid);
    expect(jwks.keys.every((k) => k.d === undefined)).toBe(true);
  });

  it('refuses an unsupported grant type with its OAuth cause', async () => {
    const res = await fetch(`${svc.url}/v1/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: brand.clientId, client_secret: brand.clientSecret }),
    });
    expect(res.status).toBe(400);
    expect(await problemOf(res)).toMatchObject({ type: 'urn:cleanroom:problem:unsupported-grant-type', error: 'unsupported_grant_type' });
  });

  it('a wrong client secret is 401, and repeated failures are rate-limited with 429', async () => {
    const attempt = () =>
      fetch(`${svc.url}/v1/oauth/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'client_credentials', client_id: partner.clientId, client_secret: 'wrong-secret' }),
      });
    const first = await attempt();
    expect(first.status).toBe(401);
    expect((await problemOf(first)).type).toBe('urn:cleanroom:problem:invalid-client');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt()).status);
    expect(statuses).toContain(429);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problemOf(limited)).type).toBe('urn:cleanroom:problem:rate-limited');
  });
});
