// Done means (issue 3, items 2–4): the agreement lifecycle over HTTP, the audit events each request
// produces, the chain recomputed from the rows, the database refusing edits, and policy faults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain, type ChainedEvent } from '@cleanroom/contracts';
import { expireDueAgreements } from '../src/domain/agreements.js';
import { allAuditEvents } from '../src/store/audit.js';
import { problemOf, startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';

interface AgreementBody {
  id: string;
  state: string;
  activeVersion: number | null;
  activeVersionHash: string | null;
  pendingVersionHash: string | null;
  versions: { version: number; status: string; versionHash: string }[];
  budgets: { recipient: string; protectedParty: string; epsilonLeft: number; epsilonBudget: number }[];
}

describe('agreements', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let auditor: OrgHandle;
  let stranger: OrgHandle;

  beforeAll(async () => {
    svc = await startTestService();
    [brand, partner, auditor, stranger] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner'), svc.createOrg('auditor'), svc.createOrg('brand')]);
  });
  afterAll(async () => svc.stop());

  const doc = (overrides: Record<string, unknown> = {}) => ({
    purpose: 'Media planning: context affinity of brand segments',
    parties: { brand: brand.id, partner: partner.id },
    auditors: [auditor.id],
    identity: { profile: 'email' },
    brandAttributes: ['value_tier', 'lifecycle'],
    partnerAttributes: { content_category: { maxValuesPerId: 3 }, daypart: {}, device: {} },
    insights: ['overlap', 'context'],
    minCohort: 50,
    privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
    attributeValues: {
      value_tier: ['high', 'mid', 'low'],
      lifecycle: ['new', 'active', 'lapsed'],
      content_category: ['news', 'sports', 'cooking', 'travel', 'tech'],
      daypart: ['morning', 'daytime', 'evening', 'night'],
      device: ['mobile', 'desktop', 'tv'],
    },
    revealPartnerBaseSize: false,
    validUntil: '2099-06-30T00:00:00Z',
    retentionDays: 90,
    ...overrides,
  });

  const post = (path: string, token: string, body: unknown) => svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });
  const propose = async (by: OrgHandle, body = doc()) => {
    const res = await post('/v1/agreements', by.token, body);
    expect(res.status).toBe(201);
    return (await res.json()) as AgreementBody;
  };
  const eventsOf = async (agreementId: string): Promise<ChainedEvent[]> => {
    const out: ChainedEvent[] = [];
    for await (const e of allAuditEvents(svc.db.pool, { visibleTo: null, agreementId })) out.push(e);
    return out;
  };

  it('propose → approve with the right hash → active, with exactly the expected audit events', async () => {
    const proposed = await propose(brand);
    expect(proposed).toMatchObject({ state: 'proposed', activeVersion: null });
    expect(proposed.pendingVersionHash).toMatch(/^[0-9a-f]{64}$/);
    const approved = await post(`/v1/agreements/${proposed.id}/approve`, partner.token, { versionHash: proposed.pendingVersionHash });
    expect(approved.status).toBe(200);
    const body = (await approved.json()) as AgreementBody;
    expect(body).toMatchObject({ state: 'active', activeVersion: 1, activeVersionHash: proposed.pendingVersionHash, pendingVersionHash: null });
    expect(body.budgets).toHaveLength(2);
    expect(body.budgets[0]).toMatchObject({ recipient: brand.id, protectedParty: partner.id, epsilonLeft: 3, epsilonBudget: 3 });
    const events = await eventsOf(proposed.id);
    expect(events.map((e) => [e.action, e.actorOrg, e.decision])).toEqual([
      ['agreement.proposed', brand.id, null],
      ['agreement.approved', partner.id, 'allow'],
    ]);
    expect(events[0]!.detail).toMatchObject({ version: 1, versionHash: proposed.pendingVersionHash });
  });

  it('a stale hash is 409 and the proposer cannot approve its own proposal (each refusal audited)', async () => {
    const proposed = await propose(partner);
    const stale = await post(`/v1/agreements/${proposed.id}/approve`, brand.token, { versionHash: 'f'.repeat(64) });
    expect(stale.status).toBe(409);
    expect(await problemOf(stale)).toMatchObject({ type: 'urn:cleanroom:problem:conflict', rule: 'stale_version_hash' });
    const own = await post(`/v1/agreements/${proposed.id}/approve`, partner.token, { versionHash: proposed.pendingVersionHash });
    expect(own.status).toBe(403);
    expect((await problemOf(own)).rule).toBe('proposer_cannot_approve');
    const events = await eventsOf(proposed.id);
    expect(events.map((e) => [e.action, e.decision, e.detail.rule])).toEqual([
      ['agreement.proposed', null, undefined],
      ['agreement.approval_refused', 'deny', 'stale_version_hash'],
      ['agreement.approval_refused', 'deny', 'proposer_cannot_approve'],
    ]);
    const current = (await (await svc.fetch(`/v1/agreements/${proposed.id}`, { token: brand.token })).json()) as AgreementBody;
    expect(current.state).toBe('proposed');
  });

  it('an amendment is a new version that governs only once the counterparty approves it', async () => {
    const a = await propose(brand);
    await post(`/v1/agreements/${a.id}/approve`, partner.token, { versionHash: a.pendingVersionHash });
    const amended = await post(`/v1/agreements/${a.id}/versions`, partner.token, doc({ minCohort: 100 }));
    expect(amended.status).toBe(201);
    const v2 = (await amended.json()) as AgreementBody;
    expect(v2).toMatchObject({ state: 'active', activeVersion: 1 });
    expect(v2.pendingVersionHash).not.toBe(a.pendingVersionHash);
    const approved = (await (await post(`/v1/agreements/${a.id}/approve`, brand.token, { versionHash: v2.pendingVersionHash })).json()) as AgreementBody;
    expect(approved).toMatchObject({ state: 'active', activeVersion: 2, activeVersionHash: v2.pendingVersionHash });
    expect(approved.versions.map((v) => v.status)).toEqual(['superseded', 'approved']);
    expect((await eventsOf(a.id)).map((e) => e.action)).toEqual(['agreement.proposed', 'agreement.approved', 'agreement.amendment_proposed', 'agreement.approved']);
  });

  it('a third organisation can neither see nor act on the agreement; the auditor can see but not act', async () => {
    const a = await propose(brand);
    for (const path of [`/v1/agreements/${a.id}`]) {
      const res = await svc.fetch(path, { token: stranger.token });
      expect(res.status).toBe(404);
    }
    expect((await post(`/v1/agreements/${a.id}/approve`, stranger.token, { versionHash: a.pendingVersionHash })).status).toBe(404);
    expect((await post(`/v1/agreements/${a.id}/revoke`, stranger.token, {})).status).toBe(404);
    const list = (await (await svc.fetch('/v1/agreements', { token: stranger.token })).json()) as { agreements: unknown[] };
    expect(list.agreements).toEqual([]);
    // An auditor the proposal names is a member only once a version naming it governs.
    expect((await svc.fetch(`/v1/agreements/${a.id}`, { token: auditor.token })).status).toBe(404);
    const byAuditor = await post(`/v1/agreements/${a.id}/approve`, auditor.token, { versionHash: a.pendingVersionHash });
    expect(byAuditor.status).toBe(404);
    expect((await post(`/v1/agreements/${a.id}/approve`, partner.token, { versionHash: a.pendingVersionHash })).status).toBe(200);
    expect((await svc.fetch(`/v1/agreements/${a.id}`, { token: auditor.token })).status).toBe(200);
    const afterApproval = await post(`/v1/agreements/${a.id}/revoke`, auditor.token, {});
    expect(afterApproval.status).toBe(403);
    expect((await problemOf(afterApproval)).rule).toBe('not_a_party');
    // Parties of a common agreement see each other's public details; a stranger does not.
    expect((await svc.fetch(`/v1/organizations/${partner.id}`, { token: brand.token })).status).toBe(200);
    expect((await svc.fetch(`/v1/organizations/${partner.id}`, { token: stranger.token })).status).toBe(404);
    // A stranger cannot propose an agreement naming others.
    const foreign = await post('/v1/agreements', stranger.token, doc());
    expect(foreign.status).toBe(403);
    expect((await problemOf(foreign)).rule).toBe('not_a_party');
  });

  it('either party can revoke; a revoked agreement accepts no further change', async () => {
    for (const revoker of [brand, partner]) {
      const a = await propose(brand);
      await post(`/v1/agreements/${a.id}/approve`, partner.token, { versionHash: a.pendingVersionHash });
      const revoked = await post(`/v1/agreements/${a.id}/revoke`, revoker.token, { reason: 'campaign over' });
      expect(revoked.status).toBe(200);
      expect(((await revoked.json()) as AgreementBody).state).toBe('revoked');
      const again = await post(`/v1/agreements/${a.id}/revoke`, revoker.token, {});
      expect(again.status).toBe(409);
      const amend = await post(`/v1/agreements/${a.id}/versions`, brand.token, doc());
      expect(amend.status).toBe(409);
      expect((await eventsOf(a.id)).map((e) => [e.action, e.actorOrg])).toEqual([
        ['agreement.proposed', brand.id],
        ['agreement.approved', partner.id],
        ['agreement.revoked', revoker.id],
      ]);
    }
  });

  it('an expired agreement is ended at request time and by the sweeper, with an audit event', async () => {
    const a = await propose(brand, doc({ validUntil: new Date(Date.now() + 1500).toISOString() }));
    await post(`/v1/agreements/${a.id}/approve`, partner.token, { versionHash: a.pendingVersionHash });
    const b = await propose(brand, doc({ validUntil: new Date(Date.now() + 1500).toISOString() }));
    await post(`/v1/agreements/${b.id}/approve`, partner.token, { versionHash: b.pendingVersionHash });
    await new Promise((r) => setTimeout(r, 1700));
    // At request time:
    const got = (await (await svc.fetch(`/v1/agreements/${a.id}`, { token: brand.token })).json()) as AgreementBody;
    expect(got.state).toBe('expired');
    // By the sweeper (nobody asked about b):
    const swept = await expireDueAgreements({ pool: svc.db.pool });
    expect(swept).toContain(b.id);
    for (const id of [a.id, b.id]) {
      const events = await eventsOf(id);
      expect(events.filter((e) => e.action === 'agreement.expired')).toHaveLength(1);
      expect(events.at(-1)).toMatchObject({ action: 'agreement.expired', actorRole: 'system' });
    }
    const approveExpired = await post(`/v1/agreements/${a.id}/versions`, brand.token, doc());
    expect(approveExpired.status).toBe(409);
  });

  it('refuses a policy that violates the floor or ceiling, names attributes twice, or is malformed — listing each fault', async () => {
    const faulty = await post('/v1/agreements', brand.token, doc({ minCohort: 5, privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 5, budget: 6, delta: 1e-9 }, brandAttributes: ['value_tier', 'value_tier', 'device'] }));
    expect(faulty.status).toBe(422);
    const problem = await problemOf(faulty);
    expect(problem.type).toBe('urn:cleanroom:problem:validation-failed');
    expect(problem.errors!.map((e) => `${e.path}:${e.code}`)).toEqual(
      expect.arrayContaining(['body/minCohort:below_floor', 'body/privacy/epsilonPerRelease:above_ceiling', 'body/brandAttributes/1:duplicate_attribute', 'body/brandAttributes/2:attribute_on_both_sides']),
    );
    const malformed = await post('/v1/agreements', brand.token, { ...doc(), minCohort: 'fifty', insights: [], parties: { brand: brand.id } });
    expect(malformed.status).toBe(422);
    const paths = (await problemOf(malformed)).errors!.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['body/minCohort', 'body/insights', 'body/parties/partner']));
    const wrongKinds = await post('/v1/agreements', brand.token, doc({ parties: { brand: brand.id, partner: auditor.id }, auditors: [partner.id] }));
    expect(wrongKinds.status).toBe(422);
    expect((await problemOf(wrongKinds)).errors!.map((e) => `${e.path}:${e.code}`)).toEqual(
      expect.arrayContaining(['body/parties/partner:wrong_organization_kind', 'body/auditors/0:wrong_organization_kind']),
    );
  });

  it('refuses a proposal or an amendment that names an attribute without declaring its values', async () => {
    const undeclared = doc({ brandAttributes: ['value_tier', 'lifecycle', 'note'] });
    const proposal = await post('/v1/agreements', brand.token, undeclared);
    expect(proposal.status).toBe(422);
    const problem = await problemOf(proposal);
    expect(problem.type).toBe('urn:cleanroom:problem:validation-failed');
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'body/attributeValues/note', code: 'values_required', message: expect.stringContaining('"note"') })]));
    const a = await propose(brand);
    await post(`/v1/agreements/${a.id}/approve`, partner.token, { versionHash: a.pendingVersionHash });
    const amendment = await post(`/v1/agreements/${a.id}/versions`, partner.token, undeclared);
    expect(amendment.status).toBe(422);
    expect((await problemOf(amendment)).errors!.map((e) => `${e.path}:${e.code}`)).toContain('body/attributeValues/note:values_required');
  });
});

describe('GET /v1/audit/events', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  let auditor: OrgHandle;
  let otherAuditor: OrgHandle;
  let agreementId: string;
  let hiddenId: string;

  beforeAll(async () => {
    svc = await startTestService();
    [brand, partner, auditor, otherAuditor] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner'), svc.createOrg('auditor'), svc.createOrg('auditor')]);
    const policy = (auditors: string[]) => ({
      purpose: 'p', parties: { brand: brand.id, partner: partner.id }, auditors, identity: { profile: 'email' }, brandAttributes: ['value_tier'],
      partnerAttributes: { device: {} }, attributeValues: { value_tier: ['high', 'low'], device: ['mobile', 'tv'] }, insights: ['overlap'], minCohort: 50,
      privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 }, validUntil: '2099-01-01T00:00:00Z', retentionDays: 30,
    });
    const create = async (auditors: string[]) => ((await (await svc.fetch('/v1/agreements', { method: 'POST', token: brand.token, body: JSON.stringify(policy(auditors)) })).json()) as { id: string }).id;
    const approve = (id: string, versionHash: string) => svc.fetch(`/v1/agreements/${id}/approve`, { method: 'POST', token: partner.token, body: JSON.stringify({ versionHash }) });
    agreementId = await create([auditor.id]);
    hiddenId = await create([otherAuditor.id]);
    for (let i = 0; i < 3; i++) await approve(agreementId, 'a'.repeat(64));
    // Auditors become members when the version naming them is approved.
    for (const id of [agreementId, hiddenId]) {
      const hash = ((await (await svc.fetch(`/v1/agreements/${id}`, { token: brand.token })).json()) as { pendingVersionHash: string }).pendingVersionHash;
      expect((await approve(id, hash)).status).toBe(200);
    }
  });
  afterAll(async () => svc.stop());

  const page = async (token: string, query: string) => {
    const res = await svc.fetch(`/v1/audit/events?${query}`, { token });
    expect(res.status).toBe(200);
    return (await res.json()) as { events: ChainedEvent[]; nextCursor: string | null };
  };

  it('an auditor sees only the agreements that name it; a party only its own', async () => {
    const mine = await page(auditor.token, 'limit=1000');
    expect(new Set(mine.events.map((e) => e.agreementId))).toEqual(new Set([agreementId]));
    const other = await page(otherAuditor.token, 'limit=1000');
    expect(new Set(other.events.map((e) => e.agreementId))).toEqual(new Set([hiddenId]));
    const parties = await page(brand.token, 'limit=1000');
    expect(new Set(parties.events.map((e) => e.agreementId))).toEqual(new Set([agreementId, hiddenId]));
    // Another agreement's events: it does not exist for this auditor.
    expect((await svc.fetch(`/v1/audit/events?agreementId=${agreementId}`, { token: otherAuditor.token })).status).toBe(404);
    // Service-level events (tokens, organisations) are the operator's.
    expect(mine.events.some((e) => e.action === 'token.issued')).toBe(false);
    expect((await page(await svc.adminToken(), 'action=token.issued')).events.length).toBeGreaterThan(0);
  });

  it('filters by decision, action and actor, and pages with a cursor', async () => {
    const denials = await page(auditor.token, 'decision=deny');
    expect(denials.events).toHaveLength(3);
    expect(denials.events.every((e) => e.action === 'agreement.approval_refused' && e.actorOrg === partner.id)).toBe(true);
    expect((await page(auditor.token, `actor=${brand.id}&action=agreement.proposed`)).events).toHaveLength(1);
    // proposed, three refusals, approved: five events, in pages of three.
    const first = await page(auditor.token, 'limit=3');
    expect(first.events).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await page(auditor.token, `limit=3&cursor=${first.nextCursor}`);
    expect(second.events).toHaveLength(2);
    expect(second.events[0]!.seq).toBeGreaterThan(first.events[2]!.seq);
    expect(second.nextCursor).toBeNull();
    const future = await page(auditor.token, `from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(future.events).toEqual([]);
  });

  it('bad filters are 422 naming the query field', async () => {
    const res = await svc.fetch('/v1/audit/events?decision=maybe&limit=0', { token: auditor.token });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors!.map((e) => e.path)).toEqual(expect.arrayContaining(['query/decision', 'query/limit']));
  });
});

describe('audit chain', () => {
  let svc: TestService;
  beforeAll(async () => {
    svc = await startTestService();
    const brand = await svc.createOrg('brand');
    const partner = await svc.createOrg('media_partner');
    const policy = {
      purpose: 'p', parties: { brand: brand.id, partner: partner.id }, identity: { profile: 'email' }, brandAttributes: ['value_tier'],
      partnerAttributes: { device: {} }, attributeValues: { value_tier: ['high', 'low'], device: ['mobile', 'tv'] }, insights: ['overlap'], minCohort: 50,
      privacy: { mechanism: 'discrete-laplace', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 }, validUntil: '2099-01-01T00:00:00Z', retentionDays: 30,
    };
    // Concurrent writers: the chain must still be one line, never a fork.
    await Promise.all(Array.from({ length: 8 }, () => svc.fetch('/v1/agreements', { method: 'POST', token: brand.token, body: JSON.stringify(policy) })));
  });
  afterAll(async () => svc.stop());

  const all = async (): Promise<ChainedEvent[]> => {
    const out: ChainedEvent[] = [];
    for await (const e of allAuditEvents(svc.db.pool)) out.push(e);
    return out;
  };

  it('recomputed from the rows, the chain is intact, gapless and unforked', async () => {
    const events = await all();
    expect(events.length).toBeGreaterThanOrEqual(8 + 2 + 4);
    expect(events.filter((e) => e.action === 'agreement.proposed')).toHaveLength(8);
    expect(events.some((e) => e.action === 'token.issued')).toBe(true);
    expect(events.some((e) => e.action === 'organization.created')).toBe(true);
    expect(verifyChain(events)).toEqual({ ok: true, length: events.length, headHash: events.at(-1)!.hash });
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on the log', async () => {
    await expect(svc.db.pool.query("UPDATE audit_events SET action = 'x' WHERE seq = 1")).rejects.toThrow(/append-only/);
    await expect(svc.db.pool.query('DELETE FROM audit_events WHERE seq = 1')).rejects.toThrow(/append-only/);
    await expect(svc.db.pool.query('TRUNCATE audit_events')).rejects.toThrow(/append-only/);
  });

  it('a row altered with triggers disabled makes the check point at that event', async () => {
    const before = await all();
    const target = before[Math.floor(before.length / 2)]!;
    const client = await svc.db.pool.connect();
    try {
      await client.query('ALTER TABLE audit_events DISABLE TRIGGER USER');
      await client.query(`UPDATE audit_events SET detail = detail || '{"tampered": true}'::jsonb WHERE seq = $1`, [target.seq]);
      await client.query('ALTER TABLE audit_events ENABLE TRIGGER USER');
    } finally {
      client.release();
    }
    expect(verifyChain(await all())).toMatchObject({ ok: false, firstBadSeq: target.seq, reason: 'hash_mismatch' });
  });
});
