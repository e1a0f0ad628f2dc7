// Done means (issue 7, item 3): the real `cleanroom` binary (a child process) against a running
// service — each command's happy path and error paths (bad credentials, unknown agreement, a malformed
// file, a missing argument), with exit codes and the one-line message checked.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digests, upload } from '../../../test/support/data.js';
import { startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';
import { testPolicy } from '../../../test/support/policy.js';

const BIN = fileURLToPath(new URL('../../bin/cleanroom.mjs', import.meta.url));

interface Run {
  code: number;
  out: string;
  err: string;
}

describe('the cleanroom binary', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let dir: string;

  const cli = (args: string[], creds: { clientId: string; clientSecret: string } | null, home = 'home'): Promise<Run> =>
    new Promise((resolve) => {
      const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: dir, CLEANROOM_HOME: join(dir, home), CLEANROOM_URL: svc.url };
      if (creds) Object.assign(env, { CLEANROOM_CLIENT_ID: creds.clientId, CLEANROOM_CLIENT_SECRET: creds.clientSecret });
      execFile(process.execPath, [BIN, ...args], { env, timeout: 60_000 }, (err, out, errOut) => {
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out, err: errOut });
      });
    });
  const oneLine = (r: Run): void => expect(r.err.trim().split('\n')).toHaveLength(1);

  beforeAll(async () => {
    svc = await startTestService();
    [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
    dir = await mkdtemp(join(tmpdir(), 'cli-bin-'));
  }, 60_000);
  afterAll(async () => {
    await svc.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('--help lists the commands; an unknown command exits 2', async () => {
    const help = await cli(['--help'], null);
    expect(help.code).toBe(0);
    for (const c of ['login', 'org', 'agreement', 'insights', 'audit', 'keys', 'upload']) expect(help.out).toContain(c);
    const unknown = await cli(['frobnicate'], null);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/unknown command "frobnicate"/);
  });

  it('login: saves a profile; wrong credentials exit 1 with one line', async () => {
    const ok = await cli(['login', '--url', svc.url, '--client-id', brand.clientId, '--client-secret', brand.clientSecret], null, 'profile');
    expect(ok.code).toBe(0);
    expect(ok.out).toContain('logged in');
    const list = await cli(['agreement', 'list'], null, 'profile');
    expect(list.code).toBe(0);
    const bad = await cli(['login', '--url', svc.url, '--client-id', brand.clientId, '--client-secret', 'wrong'], null, 'other');
    expect(bad.code).toBe(1);
    oneLine(bad);
    expect(bad.err).toMatch(/login failed: token request failed with 401/);
    const none = await cli(['agreement', 'list'], null, 'nobody');
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/not logged in/);
  });

  it('org create (operator only)', async () => {
    const created = await cli(['org', 'create', '--kind', 'auditor', '--name', 'CLI Auditor', '--json'], svc.admin);
    expect(created.code).toBe(0);
    const org = JSON.parse(created.out) as { id: string; clientSecret: string };
    expect(org.id).toMatch(/^org_/);
    expect(org.clientSecret).toMatch(/^crs_/);
    const asBrand = await cli(['org', 'create', '--kind', 'brand', '--name', 'x'], brand);
    expect(asBrand.code).toBe(1);
    oneLine(asBrand);
    expect(asBrand.err).toMatch(/org create failed: 403/);
    const badKind = await cli(['org', 'create', '--kind', 'bank', '--name', 'x'], svc.admin);
    expect(badKind.code).toBe(2);
  });

  it('agreement propose → show → approve → list → revoke, and the error paths', async () => {
    const policyFile = join(dir, 'policy.json');
    await writeFile(
      policyFile,
      JSON.stringify(testPolicy({ brand: brand.id, partner: partner.id }, { purpose: 'CLI test' })),
    );
    const proposed = await cli(['agreement', 'propose', '--file', policyFile, '--json'], brand);
    expect(proposed.code).toBe(0);
    const a = JSON.parse(proposed.out) as { id: string; pendingVersionHash: string; state: string };
    expect(a.state).toBe('proposed');
    const shown = await cli(['agreement', 'show', a.id], partner);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`--hash ${a.pendingVersionHash}`);
    const noHash = await cli(['agreement', 'approve', a.id], partner);
    expect(noHash.code).toBe(2);
    const stale = await cli(['agreement', 'approve', a.id, '--hash', 'f'.repeat(64)], partner);
    expect(stale.code).toBe(1);
    oneLine(stale);
    expect(stale.err).toMatch(/approve failed: 409 .*\[stale_version_hash\]/);
    const approved = await cli(['agreement', 'approve', a.id, '--hash', a.pendingVersionHash], partner);
    expect(approved.code).toBe(0);
    expect(approved.out).toContain(`agreement ${a.id}: active`);
    const list = await cli(['agreement', 'list'], brand);
    expect(list.out).toMatch(new RegExp(`${a.id}\\s+active`));
    const unknown = await cli(['agreement', 'show', 'agr_00000000000000000000000000'], brand);
    expect(unknown.code).toBe(1);
    oneLine(unknown);
    expect(unknown.err).toMatch(/show failed: 404/);
    const malformed = join(dir, 'broken.json');
    await writeFile(malformed, '{"purpose": ');
    const broken = await cli(['agreement', 'propose', '--file', malformed], brand);
    expect(broken.code).toBe(2);
    expect(broken.err).toMatch(/cannot read .*broken\.json/);
    const invalid = join(dir, 'invalid.json');
    await writeFile(invalid, JSON.stringify({ purpose: 'x' }));
    const refused = await cli(['agreement', 'propose', '--file', invalid], brand);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/propose failed: 422 .*body\/parties/);

    // Insights on that agreement, with data uploaded.
    const people = digests(1500);
    expect((await upload(svc, brand.token, a.id, 'brand', people.map((d, i) => ({ digest: d, attributes: { value_tier: i % 2 ? 'high' : 'low' } })))).status).toBe(201);
    expect((await upload(svc, partner.token, a.id, 'partner', people.slice(0, 1200).map((d) => ({ digest: d, attributes: { device: ['mobile'] } })))).status).toBe(201);
    const overlap = await cli(['insights', 'overlap', '--agreement', a.id, '--by', 'value_tier'], brand);
    expect(overlap.code).toBe(0);
    expect(overlap.out).toMatch(/value_tier\s+OVERLAP\s+BRAND BASE\s+SHARE OF BRAND/);
    expect(overlap.out).toMatch(/privacy: ε charged 0\.5/);
    const context = await cli(['insights', 'context', '--agreement', a.id, '--attribute', 'device', '--json'], brand);
    expect(context.code).toBe(0);
    expect((JSON.parse(context.out) as { release: { contextRows: unknown[] } }).release.contextRows).toHaveLength(2);
    const explain = await cli(['insights', 'explain', '--agreement', a.id, '--kind', 'overlap'], brand);
    expect(explain.code).toBe(0);
    expect(explain.out).toMatch(/allowed: yes/);
    const denied = await cli(['insights', 'context', '--agreement', a.id, '--attribute', 'income'], brand);
    expect(denied.code).toBe(1);
    oneLine(denied);
    expect(denied.err).toMatch(/context failed: 403 .*\[dimension_not_allowed\]/);
    const missing = await cli(['insights', 'overlap'], brand);
    expect(missing.code).toBe(2);

    const revoked = await cli(['agreement', 'revoke', a.id, '--reason', 'done'], brand);
    expect(revoked.code).toBe(0);
    expect(revoked.out).toContain(`agreement ${a.id}: revoked`);
    const again = await cli(['agreement', 'revoke', a.id], brand);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/revoke failed: 409/);
  }, 120_000);

  it('a bad token or an unreachable service: one line, exit 1', async () => {
    const badCreds = await cli(['agreement', 'list'], { clientId: brand.clientId, clientSecret: 'nope' });
    expect(badCreds.code).toBe(1);
    oneLine(badCreds);
    const down = await new Promise<Run>((resolve) => {
      execFile(process.execPath, [BIN, 'agreement', 'list'], { env: { PATH: process.env.PATH ?? '', CLEANROOM_HOME: join(dir, 'down'), CLEANROOM_URL: 'http://127.0.0.1:9', CLEANROOM_CLIENT_ID: 'a', CLEANROOM_CLIENT_SECRET: 'b' } }, (err, out, e) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, out, err: e }),
      );
    });
    expect(down.code).toBe(1);
    oneLine(down);
  });
});
