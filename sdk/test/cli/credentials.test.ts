// `cleanroom org rotate-secret|disable|enable` and `cleanroom token revoke` against a running
// service, as the operator: each prints its result (the new secret once), takes effect at once, and
// refuses a missing argument with exit 2 or a non-operator with one line and exit 1.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { base64url } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';

describe('cleanroom org rotate-secret|disable|enable and token revoke', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let dir: string;

  const cli = async (who: { clientId: string; clientSecret: string }, args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const env = { CLEANROOM_HOME: join(dir, who.clientId), CLEANROOM_URL: svc.url, CLEANROOM_CLIENT_ID: who.clientId, CLEANROOM_CLIENT_SECRET: who.clientSecret };
    const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), env, interactive: false });
    return { code, out, err };
  };
  const read = (token: string) => svc.fetch(`/v1/organizations/${brand.id}`, { token });

  beforeAll(async () => {
    svc = await startTestService();
    brand = await svc.createOrg('brand');
    dir = await mkdtemp(join(tmpdir(), 'cli-credentials-'));
  });
  afterAll(async () => {
    await svc.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('rotate-secret prints the new secret once; with --overlap 0 the old one stops at once', async () => {
    const run = await cli(svc.admin, ['org', 'rotate-secret', brand.id, '--overlap', '0', '--json']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const rotated = JSON.parse(run.out) as { id: string; clientSecret: string; previousSecretExpiresAt: string | null };
    expect(rotated).toMatchObject({ id: brand.id, previousSecretExpiresAt: null });
    await expect(svc.token(brand.clientId, brand.clientSecret)).rejects.toThrow(/401/);
    await svc.token(brand.clientId, rotated.clientSecret);

    const table = await cli(svc.admin, ['org', 'rotate-secret', brand.id]);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/NEW CLIENT SECRET \(shown once\)/);
    expect(table.out).toMatch(/crs_[A-Za-z0-9_-]{43}/);
  });

  it('disable stops the organisation at once; enable restores it', async () => {
    expect((await read(brand.token)).status).toBe(200);
    const off = await cli(svc.admin, ['org', 'disable', brand.id]);
    expect(off.code).toBe(0);
    expect(off.out).toMatch(/disabled/);
    expect((await read(brand.token)).status).toBe(401);
    const on = await cli(svc.admin, ['org', 'enable', brand.id, '--json']);
    expect(on.code).toBe(0);
    expect(JSON.parse(on.out)).toMatchObject({ id: brand.id, disabled: false, disabledAt: null });
    expect((await read(brand.token)).status).toBe(200);
  });

  it('token revoke stops that token at once', async () => {
    const jti = (JSON.parse(new TextDecoder().decode(base64url.decode(brand.token.split('.')[1]!))) as { jti: string }).jti;
    const run = await cli(svc.admin, ['token', 'revoke', jti]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(jti);
    expect((await read(brand.token)).status).toBe(401);
  });

  it('usage errors exit 2; a non-operator gets one line naming the rule and exit 1', async () => {
    const missing = await cli(svc.admin, ['org', 'disable']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('ORG_ID is required');
    expect((await cli(svc.admin, ['token', 'forget', 'x'])).code).toBe(2);
    expect((await cli(svc.admin, ['org', 'rotate-secret', brand.id, '--overlap', 'soon'])).code).toBe(2);
    const other = await svc.createOrg('media_partner');
    const refused = await cli(other, ['org', 'disable', brand.id]);
    expect(refused.code).toBe(1);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
    expect(refused.err).toMatch(/org disable failed: 403 .*\[operator_only\]/);
  });
});
