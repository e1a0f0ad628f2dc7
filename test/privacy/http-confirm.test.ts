// The smaller confirmatory run of the attack harness through the HTTP API (issue 5, item 2): the
// same attacks as attacks.test.ts, with real uploads, tokens, ledger, cache and audit.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digests, upload, type Person } from '../support/data.js';
import { problemOf, startTestService, type OrgHandle, type TestService } from '../support/service.js';
import { dpAdvantageBound, membershipAdvantage, type Trial } from './stats.js';
import { activeAgreement, testPolicy } from '../support/policy.js';

const people = (ds: readonly string[]): Person[] => ds.map((digest) => ({ digest, attributes: {} }));

describe('attacks through the HTTP API', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  const post = (path: string, token: string, body: unknown) => svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });
  const agreement = (): Promise<string> =>
    activeAgreement(svc, brand, partner, testPolicy({ brand: brand.id, partner: partner.id }, { purpose: 'attack confirmation', insights: ['overlap'] }));
  const overlap = async (id: string): Promise<{ status: number; total: number; releaseId: string; charged: number }> => {
    const res = await post(`/v1/agreements/${id}/insights/overlap`, brand.token, {});
    const body = (await res.json()) as { releaseId: string; release: { totals: { overlap: number } }; privacy: { epsilonCharged: number } };
    return { status: res.status, total: body.release?.totals.overlap, releaseId: body.releaseId, charged: body.privacy?.epsilonCharged };
  };

  beforeAll(async () => {
    svc = await startTestService();
    [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
  });
  afterAll(async () => svc.stop());

  const base = digests(3000);
  const seeded = digests(200);
  const population = [...base.slice(0, 600), ...digests(1400)];
  const target = digests(1)[0]!;

  it('(a) differencing: the upload that adds one target is refused by the input difference rule', async () => {
    const id = await agreement();
    expect((await upload(svc, partner.token, id, 'partner', people([...base, ...seeded, target]))).status).toBe(201);
    expect((await upload(svc, brand.token, id, 'brand', people(population))).status).toBe(201);
    expect((await overlap(id)).status).toBe(200);
    const second = await upload(svc, brand.token, id, 'brand', people([...population, target]));
    expect(second.status).toBe(403);
    expect((await problemOf(second)).rule).toBe('difference_too_small');
  });

  it('(d) averaging: 400 repeats return one release, charged once', async () => {
    const id = await agreement();
    expect((await upload(svc, partner.token, id, 'partner', people([...base, ...seeded, target]))).status).toBe(201);
    expect((await upload(svc, brand.token, id, 'brand', people([...seeded, target, ...digests(1000)]))).status).toBe(201);
    const answers = [];
    for (let i = 0; i < 400; i++) answers.push(await overlap(id));
    expect(new Set(answers.map((a) => a.releaseId)).size).toBe(1);
    expect(new Set(answers.map((a) => a.total)).size).toBe(1);
    expect(answers.filter((a) => a.charged > 0)).toHaveLength(1);
  }, 120_000);

  it('(b) seeded: planted accounts plus the target, 40 fresh agreements', async () => {
    const trials: Trial[] = [];
    for (let i = 0; i < 40; i++) {
      const member = randomInt(2) === 1;
      const id = await agreement();
      expect((await upload(svc, partner.token, id, 'partner', people([...base, ...seeded, ...(member ? [target] : [])]))).status).toBe(201);
      expect((await upload(svc, brand.token, id, 'brand', people([...seeded, target, ...digests(1000)]))).status).toBe(201);
      const r = await overlap(id);
      trials.push({ member, guess: r.total >= seeded.length + 0.5 });
    }
    const adv = membershipAdvantage(trials);
    console.log(`HTTP seeded attack over 40 trials: advantage ${adv.advantage.toFixed(3)}, lower bound ${adv.lowerBound.toFixed(3)}`);
    expect(adv.lowerBound).toBeLessThan(dpAdvantageBound(0.5, 1e-9));
  }, 180_000);
});
