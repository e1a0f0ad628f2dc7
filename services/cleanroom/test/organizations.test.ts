// Organisations over HTTP: registration by the operator only, credentials once, validation errors
// naming each field, X25519 key registration with low-order points refused.
import { x25519 } from '@noble/curves/ed25519.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf, startTestService, type TestService } from '../../../test/support/service.js';

describe('organisations', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => svc.stop());

  it('the operator registers an organisation and gets its credentials once; only a hash is stored', async () => {
    const res = await svc.fetch('/v1/organizations', { method: 'POST', token: await svc.adminToken(), body: JSON.stringify({ kind: 'auditor', name: 'Privacy Office' }) });
    expect(res.status).toBe(201);
    const org = (await res.json()) as { id: string; clientId: string; clientSecret: string; kind: string };
    expect(org).toMatchObject({ kind: 'auditor', name: 'Privacy Office' });
    expect(org.id).toMatch(/^org_[0-9a-z]{26}$/);
    const { rows } = await svc.db.pool.query<{ secret_hash: string }>('SELECT secret_hash FROM organizations WHERE id = $1', [org.id]);
    // A generated secret (256 bits) is stored as its HMAC under the server pepper (auth/secrets.ts).
    expect(rows[0]!.secret_hash).toMatch(/^hmac-sha256\$[A-Za-z0-9_-]{43}$/);
    expect(rows[0]!.secret_hash).not.toContain(org.clientSecret);
    const token = await svc.token(org.clientId, org.clientSecret);
    const self = await svc.fetch(`/v1/organizations/${org.id}`, { token });
    expect(await self.json()).toMatchObject({ id: org.id, kind: 'auditor', publicKey: null });
    expect(JSON.stringify(await (await svc.fetch(`/v1/organizations/${org.id}`, { token })).json())).not.toContain('clientSecret');
  });

  it('validation errors list each failing field', async () => {
    const res = await svc.fetch('/v1/organizations', { method: 'POST', token: await svc.adminToken(), body: JSON.stringify({ kind: 'bank', name: '', extra: 1 }) });
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem.type).toBe('urn:cleanroom:problem:validation-failed');
    const paths = problem.errors!.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body/kind', 'body/name']));
    expect(problem.errors!.some((e) => e.code === 'unrecognized_keys')).toBe(true);
  });

  it('malformed JSON, a wrong content type and an oversize body each have their own cause', async () => {
    const token = await svc.adminToken();
    const bad = await svc.fetch('/v1/organizations', { method: 'POST', token, body: '{"kind": ' });
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).type).toBe('urn:cleanroom:problem:malformed-request');
    const text = await svc.fetch('/v1/organizations', { method: 'POST', token, body: 'kind=brand', headers: { 'Content-Type': 'text/plain' } });
    expect(text.status).toBe(415);
    expect((await problemOf(text)).type).toBe('urn:cleanroom:problem:unsupported-media-type');
    const huge = await svc.fetch('/v1/organizations', { method: 'POST', token, body: JSON.stringify({ kind: 'brand', name: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    expect((await problemOf(huge)).type).toBe('urn:cleanroom:problem:payload-too-large');
  });

  it('an organisation registers its X25519 public key; low-order points and bad encodings are refused', async () => {
    const brand = await svc.createOrg('brand');
    const pub = x25519.getPublicKey(x25519.utils.randomSecretKey());
    const encoded = Buffer.from(pub).toString('base64url');
    const put = await svc.fetch(`/v1/organizations/${brand.id}/public-key`, { method: 'PUT', token: brand.token, body: JSON.stringify({ publicKey: encoded }) });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ id: brand.id, publicKey: encoded });

    const zero = Buffer.alloc(32).toString('base64url');
    const low = await svc.fetch(`/v1/organizations/${brand.id}/public-key`, { method: 'PUT', token: brand.token, body: JSON.stringify({ publicKey: zero }) });
    expect(low.status).toBe(422);
    expect((await problemOf(low)).errors![0]).toMatchObject({ path: 'body/publicKey', code: 'low_order_point' });

    const short = await svc.fetch(`/v1/organizations/${brand.id}/public-key`, { method: 'PUT', token: brand.token, body: JSON.stringify({ publicKey: 'abc' }) });
    expect(short.status).toBe(422);
    expect((await problemOf(short)).errors![0]!.path).toBe('body/publicKey');
  });

  it('an unknown id is 404 for the operator and malformed ids are 422', async () => {
    const token = await svc.adminToken();
    expect((await svc.fetch('/v1/organizations/org_00000000000000000000000000', { token })).status).toBe(404);
    const bad = await svc.fetch('/v1/organizations/not-an-id', { token });
    expect(bad.status).toBe(422);
    expect((await problemOf(bad)).errors![0]!.path).toBe('params/orgId');
  });
});
