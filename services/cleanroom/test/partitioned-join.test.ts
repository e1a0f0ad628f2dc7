// Issue 8 (storage for scale): dataset versions are hash-partitioned by token, brand and partner
// alike, and the service's connections plan the insight joins partition by partition. Checked on the
// plan PostgreSQL chooses for the service's own aggregate SQL, and on the answers being the same as
// with plain (unpartitioned) tables.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planRelease } from '@cleanroom/policies';
import { exactCounts } from '../src/store/aggregates.js';
import { currentDatasets } from '../src/store/datasets.js';
import { digests, upload, type Person } from '../../../test/support/data.js';
import { activeAgreement, testPolicy } from '../../../test/support/policy.js';
import { startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';

const people = (ids: readonly string[], attrs: (i: number) => Person['attributes']): Person[] => ids.map((digest, i) => ({ digest, attributes: attrs(i) }));

describe('partition-wise insight joins', () => {
  const services: TestService[] = [];
  afterAll(async () => {
    for (const s of services) await s.stop();
  });

  /** The same people uploaded to a service whose tables have `partitions` partitions. */
  async function loaded(partitions: number, shared: string[], brandOnly: string[], partnerOnly: string[]) {
    const svc = await startTestService({ CLEANROOM_MIN_DATASET_SIZE: '100', CLEANROOM_DATA_PARTITIONS: String(partitions) });
    services.push(svc);
    const brand: OrgHandle = await svc.createOrg('brand');
    const partner: OrgHandle = await svc.createOrg('media_partner');
    const agreementId = await activeAgreement(svc, brand, partner, testPolicy({ brand: brand.id, partner: partner.id }));
    const tier = (i: number) => ({ value_tier: i % 3 === 0 ? 'high' : 'low' });
    const device = (i: number) => ({ device: i % 2 === 0 ? 'mobile' : 'tv' });
    expect((await upload(svc, brand.token, agreementId, 'brand', people([...shared, ...brandOnly], tier))).status).toBe(201);
    expect((await upload(svc, partner.token, agreementId, 'partner', people([...shared, ...partnerOnly], device))).status).toBe(201);
    const current = await currentDatasets(svc.db.pool, agreementId);
    return { svc, brand: current.brand!, partner: current.partner! };
  }

  let shared: string[], brandOnly: string[], partnerOnly: string[];
  beforeAll(() => {
    shared = digests(1500);
    brandOnly = digests(700);
    partnerOnly = digests(900);
  });

  it('joins each brand partition with its partner partition, and counts as the plain tables do', async () => {
    const parted = await loaded(8, shared, brandOnly, partnerOnly);
    const plain = await loaded(1, shared, brandOnly, partnerOnly);
    const policy = testPolicy({ brand: 'org_' + 'a'.repeat(26), partner: 'org_' + 'b'.repeat(26) }) as never;
    for (const request of [
      { kind: 'overlap' as const, requester: 'org_' + 'a'.repeat(26), brandAttribute: 'value_tier' },
      { kind: 'context' as const, requester: 'org_' + 'a'.repeat(26), partnerAttribute: 'device', brandAttribute: 'value_tier' },
    ]) {
      const plan = planRelease(request, policy, { minCohortFloor: 50, maxEpsilonPerRelease: 1 });
      // Tokens differ between the two agreements (keys are per agreement); the counts must not.
      const a = await exactCounts(parted.svc.service.ctx.pool, plan, parted.brand, parted.partner);
      const b = await exactCounts(plain.svc.service.ctx.pool, plan, plain.brand, plain.partner);
      expect(a).toEqual(b);
      if (request.kind === 'overlap') expect([...a.overlap.values()].reduce((x, y) => x + y, 0n)).toBe(1500n);
    }
    // The service's pool sets enable_partitionwise_join/_aggregate: one join per partition pair.
    const { rows } = await parted.svc.service.ctx.pool.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN (COSTS OFF) SELECT b.a_value_tier::text AS seg, count(*) AS n FROM ${parted.brand.table} b JOIN ${parted.partner.table} p ON p.token = b.token GROUP BY 1`,
    );
    const text = rows.map((r) => r['QUERY PLAN']).join('\n');
    const joins = text.match(/(Hash|Merge|Nested Loop) (Right |Left )?Join/g) ?? [];
    expect(joins).toHaveLength(8);
    for (let i = 0; i < 8; i++) expect(text).toContain(`${parted.brand.id}_p${i}`);
    for (let i = 0; i < 8; i++) expect(text).toContain(`${parted.partner.id}_p${i}`);
    // With PostgreSQL's default (off), the two whole tables are joined once.
    const client = await parted.svc.db.pool.connect();
    try {
      await client.query('SET enable_partitionwise_join = off');
      const { rows: off } = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (COSTS OFF) SELECT count(*) FROM ${parted.brand.table} b JOIN ${parted.partner.table} p ON p.token = b.token`,
      );
      expect(off.map((r) => r['QUERY PLAN']).join('\n').match(/Join/g)).toHaveLength(1);
    } finally {
      await client.query('RESET enable_partitionwise_join');
      client.release();
    }
  }, 60_000);
});
