// Operator endpoints: liveness, readiness against the real database, metrics, docs, unknown routes.
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemOf, startTestService, type TestService } from '../../../test/support/service.js';

describe('operations endpoints', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
  });
  afterAll(async () => svc.stop());

  it('healthz and readyz', async () => {
    expect(await (await svc.fetch('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await svc.fetch('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', checks: { database: 'ok', migrations: 'ok' } });
  });

  it('readyz reports pending migrations as not ready', async () => {
    await svc.db.pool.query('DELETE FROM cleanroom_migrations WHERE id = (SELECT max(id) FROM cleanroom_migrations)');
    const res = await svc.fetch('/readyz');
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'not_ready', checks: { migrations: 'pending' } });
  });

  it("metrics in Prometheus format, labelled by route pattern, for the operator's token only", async () => {
    await svc.fetch('/v1/organizations/org_00000000000000000000000000');
    expect((await svc.fetch('/metrics')).status).toBe(401);
    const brand = await svc.createOrg('brand');
    const refused = await svc.fetch('/metrics', { token: brand.token });
    expect(refused.status).toBe(403);
    expect((await problemOf(refused)).rule).toBe('operator_only');
    const text = await (await svc.fetch('/metrics', { token: await svc.adminToken() })).text();
    expect(text).toContain('cleanroom_http_requests_total');
    expect(text).toContain('route="/v1/organizations/:orgId"');
    expect(text).not.toContain('org_00000000000000000000000000');
    expect(text).toContain('cleanroom_auth_failures_total{reason="missing_token"}');
  });

  it('serves a valid OpenAPI 3.1 document and a reference page', async () => {
    const doc = (await (await svc.fetch('/openapi.json')).json()) as Parameters<Validator['validate']>[0];
    const result = await new Validator().validate(doc);
    expect(result.valid).toBe(true);
    const page = await svc.fetch('/docs');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('/v1/oauth/token');
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  });

  it('unknown routes are 404 problem+json with a request id', async () => {
    const res = await svc.fetch('/v1/nothing-here');
    expect(res.status).toBe(404);
    const problem = (await problemOf(res)) as { requestId?: string };
    expect(problem.requestId).toBe(res.headers.get('x-request-id'));
  });

  it('sets security headers', async () => {
    const res = await svc.fetch('/healthz');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
