// `cleanroom keys init|show` and `cleanroom upload` against a running service: keys saved with mode
// 0600 and registered; brand and partner each hash their own file with the salt they derive from
// each other's public keys, and their tokens meet in the service (the overlap is exactly the
// shared customers); attributes the agreement does not allow and --strict stop with an error.
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';
import { currentDatasets } from '../../../services/cleanroom/src/store/datasets.js';

describe('cleanroom keys and upload', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let dir: string;
  let agreementId: string;

  const cli = async (who: OrgHandle, args: string[]): Promise<{ code: number; out: string; err: string }> => {
    let out = '';
    let err = '';
    const env = { CLEANROOM_HOME: join(dir, who.id), CLEANROOM_URL: svc.url, CLEANROOM_CLIENT_ID: who.clientId, CLEANROOM_CLIENT_SECRET: who.clientSecret };
    const code = await runCli(args, { stdout: (t) => (out += t), stderr: (t) => (err += t), env, interactive: false });
    return { code, out, err };
  };
  const post = (path: string, token: string, body: unknown) => svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_MIN_DATASET_SIZE: '100' });
    [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
    dir = await mkdtemp(join(tmpdir(), 'cli-upload-'));
  });
  afterAll(async () => {
    await svc.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('keys init saves a 0600 key pair and registers its public key; keys show checks it', async () => {
    for (const who of [brand, partner]) {
      const init = await cli(who, ['keys', 'init']);
      expect(init.err).toBe('');
      expect(init.code).toBe(0);
      const file = join(dir, who.id, 'x25519-key.json');
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      const saved = JSON.parse(await readFile(file, 'utf8')) as { publicKey: string; orgId: string };
      expect(saved.orgId).toBe(who.id);
      const org = (await (await svc.fetch(`/v1/organizations/${who.id}`, { token: who.token })).json()) as { publicKey: string };
      expect(org.publicKey).toBe(saved.publicKey);
      const show = await cli(who, ['keys', 'show']);
      expect(show.code).toBe(0);
      expect(show.out).toContain('registered');
    }
    const again = await cli(brand, ['keys', 'init']);
    expect(again.code).toBe(2);
    expect(again.err).toContain('--force');
  });

  it('brand and partner upload their own files; their tokens meet exactly on the shared customers', async () => {
    const proposed = (await (
      await post('/v1/agreements', brand.token, {
        purpose: 'CLI upload test',
        parties: { brand: brand.id, partner: partner.id },
        identity: { profile: 'email' },
        brandAttributes: ['value_tier'],
        partnerAttributes: { content_category: { maxValuesPerId: 2 } },
        insights: ['overlap', 'context'],
        minCohort: 50,
        privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
        attributeValues: { value_tier: ['high', 'low'], content_category: ['news', 'sports', 'cooking'] },
        validUntil: '2099-01-01T00:00:00Z',
        retentionDays: 30,
      })
    ).json()) as { id: string; pendingVersionHash: string };
    agreementId = proposed.id;
    expect((await post(`/v1/agreements/${agreementId}/approve`, partner.token, { versionHash: proposed.pendingVersionHash })).status).toBe(200);

    // 600 customers; the partner knows 250 of them (written differently: case, gmail dots) and 150 others.
    const customers = Array.from({ length: 600 }, (_, i) => `customer.${i}@gmail.com`);
    await writeFile(join(dir, 'brand.csv'), 'email,value_tier,internal_note\n' + customers.map((e, i) => `${e},${i % 2 ? 'high' : 'low'},x`).join('\n') + '\nnot-an-email,low,x\n');
    const partnerRows = [...customers.slice(0, 250).map((e) => e.replace('customer.', 'Cust.omer').toUpperCase()), ...Array.from({ length: 150 }, (_, i) => `reader${i}@news.example`)];
    await writeFile(join(dir, 'partner.csv'), 'email,content_category\n' + partnerRows.map((e, i) => `${e},${i % 3 ? 'news|sports' : 'cooking'}`).join('\n') + '\n');

    const b = await cli(brand, ['upload', '--agreement', agreementId, '--file', join(dir, 'brand.csv'), '--id-column', 'email', '--attributes', 'value_tier']);
    expect(b.code).toBe(0);
    expect(b.out).toMatch(/uploaded 600 distinct ids .* as brand version 1/);
    expect(b.out).toContain('salt check vs the other party: no peer data');
    expect(b.err).toContain('line 602: not an email address');
    const p = await cli(partner, ['upload', '--agreement', agreementId, '--file', join(dir, 'partner.csv'), '--id-column', 'email', '--attributes', 'content_category', '--side', 'partner']);
    expect(p.err).toBe('');
    expect(p.code).toBe(0);
    expect(p.out).toContain('salt check vs the other party: match');

    const current = await currentDatasets(svc.db.pool, agreementId);
    expect(current.brand!.rows).toBe(600);
    expect(current.partner!.rows).toBe(400);
    const overlap = await svc.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${current.brand!.table} b JOIN ${current.partner!.table} p USING (token)`);
    expect(overlap.rows[0]!.n).toBe(250);
    const lists = await svc.db.pool.query<{ c: string[] }>(`SELECT DISTINCT a_content_category::text AS c FROM ${current.partner!.table} ORDER BY 1`);
    expect(lists.rows.map((r) => r.c)).toEqual(['{cooking}', '{news,sports}']);
  });

  it('refuses attributes the agreement does not allow, the wrong side, and stops on --strict', async () => {
    const bad = await cli(brand, ['upload', '--agreement', agreementId, '--file', join(dir, 'brand.csv'), '--id-column', 'email', '--attributes', 'internal_note']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('does not allow internal_note');
    const side = await cli(brand, ['upload', '--agreement', agreementId, '--file', join(dir, 'brand.csv'), '--id-column', 'email', '--side', 'partner']);
    expect(side.code).toBe(2);
    const strict = await cli(brand, ['upload', '--agreement', agreementId, '--file', join(dir, 'brand.csv'), '--id-column', 'email', '--attributes', 'value_tier', '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('line 602');
    const { rows } = await svc.db.pool.query('SELECT version FROM datasets WHERE agreement_id = $1 AND side = $2', [agreementId, 'brand']);
    expect(rows).toHaveLength(1);
  });
});
