// The cached-insight hot path (issue 8, load) keeps its meaning: audit events committed in groups get
// the seqs and hashes one-at-a-time appends would, each caller waits for its own, and one event that
// cannot be stored fails alone; the one-statement read an insight is decided on returns exactly what
// the separate reads return; and an agreement past its validity still leaves the fast path and is
// expired at request time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain, type ChainedEvent } from '@cleanroom/contracts';
import { recordEvent } from '../src/domain/audit-log.js';
import { allAuditEvents } from '../src/store/audit.js';
import { findAgreement, listVersions, memberRoles } from '../src/store/agreements.js';
import { readLedger } from '../src/store/ledgers.js';
import { currentDatasets } from '../src/store/datasets.js';
import { readInsightSituation } from '../src/store/insight-situation.js';
import { digests, upload, type Person } from '../../../test/support/data.js';
import { startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';
import { testPolicy } from '../../../test/support/policy.js';

describe('the cached-insight hot path', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let auditor: OrgHandle;
  let outsider: OrgHandle;

  const post = (path: string, token: string, body: unknown) => svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });
  const activeAgreement = async (validUntil = '2099-01-01T00:00:00Z'): Promise<string> => {
    const policy = testPolicy({ brand: brand.id, partner: partner.id, auditors: [auditor.id] }, { purpose: 'Hot path', minCohort: 10, validUntil });
    const proposed = (await (await post('/v1/agreements', brand.token, policy)).json()) as { id: string; pendingVersionHash: string };
    expect((await post(`/v1/agreements/${proposed.id}/approve`, partner.token, { versionHash: proposed.pendingVersionHash })).status).toBe(200);
    const ids = digests(200);
    const brandRows: Person[] = ids.slice(0, 150).map((digest, i) => ({ digest, attributes: { value_tier: i % 2 ? 'high' : 'low' } }));
    const partnerRows: Person[] = ids.slice(50).map((digest, i) => ({ digest, attributes: { device: i % 2 ? 'mobile' : 'tv' } }));
    expect((await upload(svc, brand.token, proposed.id, 'brand', brandRows)).status).toBe(201);
    expect((await upload(svc, partner.token, proposed.id, 'partner', partnerRows)).status).toBe(201);
    return proposed.id;
  };

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_MIN_DATASET_SIZE: '100', CLEANROOM_MIN_COHORT_FLOOR: '10' });
    [brand, partner, auditor, outsider] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner'), svc.createOrg('auditor'), svc.createOrg('brand')]);
  }, 60_000);
  afterAll(async () => svc.stop());

  it('events recorded at once are committed in groups with consecutive seqs, a whole chain, and each caller gets its own event', async () => {
    const n = 300;
    const results = await Promise.allSettled(
      Array.from({ length: n }, (_, i) =>
        recordEvent(svc.service.ctx, {
          actorOrg: brand.id,
          actorRole: 'brand',
          action: 'insight.explained',
          decision: 'allow',
          // One event PostgreSQL cannot store (U+0000 in jsonb): it must fail alone.
          detail: i === 137 ? { note: 'nul \u0000 here' } : { i },
        }),
      ),
    );
    const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [i] : []));
    expect(failed).toEqual([137]);
    const mine = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const stored = new Map<number, ChainedEvent>();
    const all: ChainedEvent[] = [];
    for await (const e of allAuditEvents(svc.db.pool)) {
      all.push(e);
      stored.set(e.seq, e);
    }
    expect(verifyChain(all)).toMatchObject({ ok: true, length: all.length });
    const seqs = mine.map((e) => e.seq).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(n - 1);
    expect(seqs.at(-1)! - seqs[0]!).toBe(n - 2);
    for (const e of mine) {
      expect(stored.get(e.seq)).toEqual(e);
      expect((e.detail as { i: number }).i).toBeLessThan(n);
    }
  });

  it('the one-statement read equals the separate reads, for every kind of caller', async () => {
    const agreementId = await activeAgreement();
    // A release, so that one ledger is not empty.
    expect((await post(`/v1/agreements/${agreementId}/insights/overlap`, brand.token, {})).status).toBe(200);
    for (const who of [brand, partner, auditor, outsider]) {
      const read = await readInsightSituation(svc.db.pool, agreementId, who.id);
      const agreement = (await findAgreement(svc.db.pool, agreementId))!;
      const protectedOrg = who.id === agreement.partnerOrg ? agreement.brandOrg : agreement.partnerOrg;
      expect(read).toEqual({
        agreement,
        roles: await memberRoles(svc.db.pool, agreementId, who.id),
        governing: (await listVersions(svc.db.pool, agreementId)).find((v) => v.version === agreement.activeVersion),
        datasets: await currentDatasets(svc.db.pool, agreementId),
        ledger: await readLedger(svc.db.pool, protectedOrg, who.id),
      });
    }
    expect((await readInsightSituation(svc.db.pool, agreementId, brand.id))!.ledger?.releases).toBe(1);
    expect(await readInsightSituation(svc.db.pool, 'agr_00000000000000000000000000', brand.id)).toBeUndefined();
  });

  it('a cached answer is not served once the agreement has passed its validity: it is expired at request time', async () => {
    const validUntil = new Date(Date.now() + 4000);
    const agreementId = await activeAgreement(validUntil.toISOString());
    const ask = () => post(`/v1/agreements/${agreementId}/insights/overlap`, brand.token, {});
    expect((await ask()).status).toBe(200);
    expect(((await (await ask()).json()) as { cached: boolean }).cached).toBe(true);
    await new Promise((r) => setTimeout(r, Math.max(0, validUntil.getTime() - Date.now() + 200)));
    const after = await ask();
    expect(after.status).toBe(403);
    expect((await findAgreement(svc.db.pool, agreementId))!.state).toBe('expired');
  }, 30_000);
});
