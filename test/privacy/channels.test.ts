// Side doors (DESIGN §5 rule 9): the attacker's test. Each case plays a curious party (or a
// self-appointed auditor) over HTTP only and checks that a channel other than a release tells it
// nothing about the counterparty's data: the audit log, explain and denial messages, auditor lists,
// a second agreement's budget, operator telemetry and the global chain, ids that are not digests.
// Door checks are soft: one run lists every door still open, not only the first.
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digests, upload, type Person } from '../support/data.js';
import { activeAgreement, testPolicy } from '../support/policy.js';
import { startTestService, type OrgHandle, type TestService } from '../support/service.js';

const TIMEOUT = 60_000;
const TIERS = ['high', 'low'] as const;
const DEVICES = ['mobile', 'tv'] as const;
/** What every policy here declares: the only labels a caller may ever read back. */
const ATTRIBUTE_VALUES = { value_tier: [...TIERS], device: [...DEVICES] };
const ATTRIBUTE_NAMES = Object.keys(ATTRIBUTE_VALUES);
/** Agreement lifecycle events (proposal, approval, revocation, keys): both parties sign them and see them in full; they carry no data. */
const SHARED_ACTION = /^(agreement|key)\./;
/** Keys of exact counts and release bodies that no counterparty event may show. */
const EXACT_KEYS = ['rowsReceived', 'duplicates', 'valuesCapped', 'bytes', 'release'];

interface AuditEvent {
  seq: number;
  at: string;
  actorOrg: string | null;
  action: string;
  agreementId: string | null;
  detail: Record<string, unknown>;
  elided?: boolean;
}
interface Reason {
  code: string;
  message: string;
}
interface Problem {
  rule?: string;
  detail?: string;
  errors?: { path: string; code: string; message: string }[];
  reasons?: Reason[];
}
interface Insight extends Problem {
  releaseId: string;
  privacy: { epsilonBudget: number; epsilonLeft: number; delta: number };
}
interface Explain {
  allowed: boolean;
  reasons: Reason[];
}
interface Budget {
  recipient: string;
  protectedParty: string;
  epsilonBudget: number;
  epsilonLeft: number;
  delta: number;
}
interface Verification {
  ok: boolean;
  length: number;
  headSeq: number;
  headHash: string;
  checkpoint: { payload: { seq: number; agreements: { agreementId: string }[] } } | null;
}
interface Reply<T> {
  status: number;
  body: T;
  text: string;
}
/** What a party's data looks like from outside: what must not leak to the other side. */
interface Secrets {
  datasetId: string;
  rows: number;
  releaseIds: readonly string[];
}

/** One attribute per person, cycling through `values`. */
function people(ids: readonly string[], attribute: string, values: readonly string[]): Person[] {
  return ids.map((digest, i) => ({ digest, attributes: { [attribute]: values[i % values.length]! } }));
}

/** Every node of a JSON value with the key it sits under (array items under their array's key); subtrees under `skip` keys left out. */
function* nodes(value: unknown, skip: ReadonlySet<string> = new Set(), key: string | null = null): Generator<{ key: string | null; value: unknown }> {
  yield { key, value };
  if (Array.isArray(value)) {
    for (const v of value) yield* nodes(v, skip, key);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!skip.has(k)) yield* nodes(v, skip, k);
  }
}

const keysIn = (value: unknown): Set<string> => new Set([...nodes(value)].flatMap((n) => (n.key === null ? [] : [n.key])));
/** Numbers outside releases: a release's noisy cells may equal anything, and are the one permitted channel. */
const numbersIn = (value: unknown): number[] => [...nodes(value, new Set(['release']))].flatMap((n) => (typeof n.value === 'number' ? [n.value] : []));
const codesOf = (body: { rule?: string; reasons?: Reason[] } | undefined): string[] => [...(body?.rule ? [body.rule] : []), ...(body?.reasons ?? []).map((r) => r.code)];

describe('side doors: nothing about the counterparty’s data leaves except through releases', () => {
  let svc: TestService;

  const call = async <T>(method: 'GET' | 'POST', path: string, token?: string, body?: unknown): Promise<Reply<T>> => {
    const res = await svc.fetch(path, { method, ...(token === undefined ? {} : { token }), ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, body: parsed as T, text };
  };
  const get = <T = unknown>(path: string, token?: string): Promise<Reply<T>> => call<T>('GET', path, token);
  const post = <T = unknown>(path: string, token: string, body: unknown): Promise<Reply<T>> => call<T>('POST', path, token, body);

  const uploaded = async (org: OrgHandle, agreementId: string, side: 'brand' | 'partner', rows: readonly Person[]): Promise<{ id: string; rows: number }> => {
    const res = await upload(svc, org.token, agreementId, side, rows);
    const text = await res.text();
    expect(res.status, text).toBe(201);
    return JSON.parse(text) as { id: string; rows: number };
  };
  const insight = async (org: OrgHandle, agreementId: string, kind: 'overlap' | 'context', body: Record<string, string>): Promise<Insight> => {
    const res = await post<Insight>(`/v1/agreements/${agreementId}/insights/${kind}`, org.token, body);
    expect(res.status, res.text).toBe(200);
    return res.body;
  };
  const events = async (agreementId: string, token: string, filter = ''): Promise<AuditEvent[]> => {
    const res = await get<{ events: AuditEvent[] }>(`/v1/audit/events?agreementId=${agreementId}&limit=1000${filter}`, token);
    expect(res.status, res.text).toBe(200);
    return res.body.events;
  };
  const policyFor = (brand: OrgHandle, partner: OrgHandle, overrides: Record<string, unknown> = {}, auditors: string[] = []): Record<string, unknown> =>
    testPolicy({ brand: brand.id, partner: partner.id, auditors }, { attributeValues: ATTRIBUTE_VALUES, ...overrides });

  /** What `viewer` can read of `other`'s data in the agreement's events, view and record of processing; empty when every door is shut. */
  const partyLeaks = async (agreementId: string, viewer: OrgHandle, other: OrgHandle, secrets: Secrets): Promise<string[]> => {
    const leaks: string[] = [];
    const seen = await events(agreementId, viewer.token);
    for (const e of seen) {
      const label = `${e.action} #${e.seq}`;
      if (e.actorOrg === other.id) {
        if (!SHARED_ACTION.test(e.action) && e.elided !== true) leaks.push(`counterparty's ${label} is not elided`);
        if (!SHARED_ACTION.test(e.action) && !isDeepStrictEqual(e.detail, {})) leaks.push(`counterparty's ${label} shows detail {${Object.keys(e.detail).join(', ')}}`);
        const exact = EXACT_KEYS.filter((k) => keysIn(e).has(k));
        if (exact.length > 0) leaks.push(`counterparty's ${label} carries ${exact.join(', ')}`);
      }
      if (e.actorOrg === viewer.id && e.elided === true) leaks.push(`own ${label} is elided`);
    }
    const ownReleases = seen.filter((e) => e.actorOrg === viewer.id && e.action === 'insight.allowed');
    if (ownReleases.length === 0 || ownReleases.some((e) => e.detail.release === undefined)) leaks.push('own insight.allowed does not carry its release');

    const agreement = await get(`/v1/agreements/${agreementId}`, viewer.token);
    const record = await get(`/v1/agreements/${agreementId}/record-of-processing`, viewer.token);
    expect([agreement.status, record.status]).toEqual([200, 200]);
    for (const [name, body] of [['events', seen], ['agreement', agreement.body], ['record of processing', record.body]] as const) {
      const text = JSON.stringify(body);
      if (text.includes(secrets.datasetId)) leaks.push(`${name} holds the counterparty's dataset id`);
      for (const r of secrets.releaseIds) if (text.includes(r)) leaks.push(`${name} holds the counterparty's release id ${r}`);
      if (numbersIn(body).includes(secrets.rows)) leaks.push(`${name} holds the counterparty's exact row count ${secrets.rows}`);
    }
    return leaks;
  };

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_MIN_DATASET_SIZE: '1000', CLEANROOM_CHECKPOINT_INTERVAL_SECONDS: '0', CLEANROOM_DATA_PARTITIONS: '1' });
  }, TIMEOUT);
  afterAll(async () => svc.stop());

  it('audit log side door: a party sees that the counterparty acted, never the detail, ids or counts', async () => {
    const [brand, partner, auditor] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner'), svc.createOrg('auditor')]);
    const id = await activeAgreement(svc, brand, partner, policyFor(brand, partner, {}, [auditor.id]));
    const shared = digests(1000);
    const brandData = await uploaded(brand, id, 'brand', people([...shared, ...digests(600)], 'value_tier', TIERS));
    const partnerData = await uploaded(partner, id, 'partner', people([...shared, ...digests(377)], 'device', DEVICES));
    expect([brandData.rows, partnerData.rows]).toEqual([1600, 1377]);
    const partnerReleases = [(await insight(partner, id, 'overlap', {})).releaseId, (await insight(partner, id, 'context', { partnerAttribute: 'device' })).releaseId];
    const brandReleases = [(await insight(brand, id, 'overlap', { brandAttribute: 'value_tier' })).releaseId];

    const brandLeaks = await partyLeaks(id, brand, partner, { datasetId: partnerData.id, rows: partnerData.rows, releaseIds: partnerReleases });
    expect.soft(brandLeaks, "what the brand reads of the partner's data outside releases").toEqual([]);
    const partnerLeaks = await partyLeaks(id, partner, brand, { datasetId: brandData.id, rows: brandData.rows, releaseIds: brandReleases });
    expect.soft(partnerLeaks, "what the partner reads of the brand's data outside releases").toEqual([]);

    // The auditor the governing version names sees the partner's events in full, listed and exported.
    const exported = await get(`/v1/audit/export?agreementId=${id}`, auditor.token);
    expect(exported.status, exported.text).toBe(200);
    const lines = exported.text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as AuditEvent)
      .filter((l) => 'detail' in l);
    for (const [source, list] of [['events', await events(id, auditor.token)], ['export', lines]] as const) {
      const partners = list.filter((e) => e.actorOrg === partner.id);
      expect.soft(partners.filter((e) => e.elided === true).map((e) => `${e.action} #${e.seq}`), `partner events elided for the auditor (${source})`).toEqual([]);
      expect.soft(partners.filter((e) => e.action === 'insight.allowed' && e.detail.release !== undefined), `partner releases the auditor reads (${source})`).toHaveLength(2);
    }
    for (const path of [`/v1/audit/export?agreementId=${id}`, '/v1/audit/export']) {
      expect.soft((await get(path, brand.token)).status, `the brand exports the audit log: GET ${path}`).toBe(403);
    }

    // Revocation: the brand's deletion receipt is about its own side only.
    expect((await post(`/v1/agreements/${id}/revoke`, brand.token, {})).status).toBe(200);
    const receipts = await events(id, brand.token, '&action=data.deleted');
    expect(receipts.length).toBeGreaterThan(0);
    const receiptLeaks = receipts
      .filter((e) => e.elided !== true)
      .flatMap((e) => {
        const versions = Array.isArray(e.detail.versions) ? (e.detail.versions as { side?: string }[]) : [];
        const numbers = numbersIn(e.detail);
        return [
          ...(versions.some((v) => v.side === 'partner') ? [`data.deleted #${e.seq} lists a partner version`] : []),
          ...(JSON.stringify(e).includes(partnerData.id) ? [`data.deleted #${e.seq} names the partner's dataset`] : []),
          ...(numbers.includes(partnerData.rows) || numbers.includes(partnerData.rows + brandData.rows) ? [`data.deleted #${e.seq} counts the partner's rows`] : []),
        ];
      });
    expect.soft(receiptLeaks, 'what the brand reads of the deletion of partner data').toEqual([]);
  }, TIMEOUT);

  it('explain and the segment rule: a data-dependent denial only for the brand, no message quotes data, every attribute has declared values', async () => {
    const [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
    const id = await activeAgreement(svc, brand, partner, policyFor(brand, partner));
    const ids = digests(1500);
    const v1: Person[] = ids.map((digest, i) => ({ digest, attributes: { value_tier: i < 1000 ? 'low' : 'high' } }));
    await uploaded(brand, id, 'brand', v1);
    await uploaded(partner, id, 'partner', people([...ids.slice(0, 1200), ...digests(300)], 'device', DEVICES));
    // v2: 10 "high" customers moved to "low" (a segment change below k = 50), padded with 1,000 new
    // "low" ids so that the upload itself passes the input difference rule.
    const v2: Person[] = [
      ...v1.map((p, i) => (i >= 1000 && i < 1010 ? { digest: p.digest, attributes: { value_tier: 'low' } } : p)),
      ...people(digests(1000), 'value_tier', ['low']),
    ];
    await uploaded(brand, id, 'brand', v2);

    const ask = { kind: 'overlap', brandAttribute: 'value_tier' };
    const own = await post<Explain>(`/v1/agreements/${id}/insights/explain`, brand.token, ask);
    expect(own.status, own.text).toBe(200);
    // The rule working for the brand: its own segment moves are not releasable.
    expect(codesOf(own.body)).toContain('difference_too_small');

    const explained = await post<Explain>(`/v1/agreements/${id}/insights/explain`, partner.token, ask);
    expect(explained.status, explained.text).toBe(200);
    expect.soft(codesOf(explained.body), "reasons of the partner's explain").not.toContain('difference_too_small');
    const real = await post<Insight>(`/v1/agreements/${id}/insights/overlap`, partner.token, { brandAttribute: 'value_tier' });
    expect.soft(codesOf(real.body), "the partner's overlap by value_tier is denied by").not.toContain('difference_too_small');
    expect.soft(real.status, "the partner's overlap by value_tier").toBe(200);

    // Every label the partner reads is a declared value; every quoted token an attribute, a value or its own request's.
    const declared = new Set<string>(Object.values(ATTRIBUTE_VALUES).flat());
    const quotable = new Set<string>([...declared, ...ATTRIBUTE_NAMES, 'overlap', partner.id]);
    const received = { explain: explained.body, insight: real.body, events: await events(id, partner.token) };
    const quoted: string[] = [];
    for (const { key, value } of nodes(received)) {
      if (typeof value !== 'string') continue;
      if ((key === 'segment' || key === 'value') && !declared.has(value)) quoted.push(`${key}: ${value}`);
      if (key === 'message' || key === 'detail') {
        for (const m of value.matchAll(/"([^"]*)"/g)) if (!quotable.has(m[1]!)) quoted.push(`${key}: ${value}`);
      }
    }
    expect.soft(quoted, 'strings the partner reads that quote undeclared values').toEqual([]);

    // An attribute without declared values is refused at proposal.
    const undeclared = await post<Problem>('/v1/agreements', brand.token, policyFor(brand, partner, { brandAttributes: ['value_tier', 'note'] }));
    expect.soft(undeclared.status, 'proposing a policy whose "note" has no declared values').toBe(422);
    expect.soft((undeclared.body.errors ?? []).map((e) => e.path), 'paths of the proposal problem').toContain('body/attributeValues/note');

    // A value that is not declared is refused, and the refusal does not echo it.
    const personal = 'Alice Smith, 12 High St';
    const rejected = await upload(svc, brand.token, id, 'brand', [{ digest: digests(1)[0]!, attributes: { value_tier: personal } }, ...people(digests(1000), 'value_tier', TIERS)]);
    const rejection = await rejected.text();
    expect.soft(rejected.status, 'an upload of an undeclared value').toBe(422);
    expect.soft(rejection.includes('Alice Smith'), `the refusal echoes the value: ${rejection.slice(0, 300)}`).toBe(false);
  }, TIMEOUT);

  it('a party adds an auditor on its own: auditors come from the governing version alone', async () => {
    const [brand, partner, x] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner'), svc.createOrg('auditor')]);
    const base = policyFor(brand, partner);
    const id = await activeAgreement(svc, brand, partner, base);
    const amend = async (overrides: Record<string, unknown>): Promise<string> => {
      const res = await post<{ pendingVersionHash: string }>(`/v1/agreements/${id}/versions`, brand.token, { ...base, ...overrides });
      expect(res.status, res.text).toBe(201);
      return res.body.pendingVersionHash;
    };
    const approve = async (versionHash: string): Promise<void> => {
      const res = await post(`/v1/agreements/${id}/approve`, partner.token, { versionHash });
      expect(res.status, res.text).toBe(200);
    };
    const whatXSees = async () => ({
      agreement: (await get(`/v1/agreements/${id}`, x.token)).status,
      recordOfProcessing: (await get(`/v1/agreements/${id}/record-of-processing`, x.token)).status,
      export: (await get(`/v1/audit/export?agreementId=${id}`, x.token)).status,
      events: (await get(`/v1/audit/events?agreementId=${id}`, x.token)).status,
      partnerOrganization: (await get(`/v1/organizations/${partner.id}`, x.token)).status,
      listed: ((await get<{ agreements?: { id: string }[] }>('/v1/agreements', x.token)).body.agreements ?? []).some((a) => a.id === id),
    });
    const shut = { agreement: 404, recordOfProcessing: 404, export: 404, events: 404, partnerOrganization: 404, listed: false };

    await amend({ auditors: [x.id] });
    expect.soft(await whatXSees(), 'X once the brand alone proposed it as auditor').toEqual(shut);
    const record = await get<{ recipients: { orgId: string }[] }>(`/v1/agreements/${id}/record-of-processing`, brand.token);
    expect(record.status, record.text).toBe(200);
    expect.soft(record.body.recipients.map((r) => r.orgId), 'recipients in the record of processing').not.toContain(x.id);

    // A newer proposal withdraws the pending one.
    await amend({ purpose: 'Integration test, amended' });
    expect.soft(await whatXSees(), 'X once the proposal naming it was withdrawn').toEqual(shut);

    await approve(await amend({ auditors: [x.id], purpose: 'Integration test, audited' }));
    expect.soft((await get(`/v1/agreements/${id}`, x.token)).status, 'X under an approved version naming it').toBe(200);

    await approve(await amend({ purpose: 'Integration test, no longer audited' }));
    expect.soft(await whatXSees(), 'X once a governing version no longer names it').toEqual(shut);
  }, TIMEOUT);

  it('a second agreement raises the cap: a ledger keeps the budget and δ it opened with', async () => {
    const [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
    const shared = digests(1000);
    const brandPeople = people([...shared, ...digests(200)], 'value_tier', TIERS);
    const partnerPeople = people([...shared, ...digests(200)], 'device', DEVICES);
    const ledgerIn = async (agreementId: string): Promise<Budget> => {
      const res = await get<{ budgets: Budget[] }>(`/v1/agreements/${agreementId}`, brand.token);
      expect(res.status, res.text).toBe(200);
      const ledger = res.body.budgets.find((b) => b.recipient === brand.id && b.protectedParty === partner.id);
      expect(ledger, res.text).toBeDefined();
      return ledger!;
    };

    const first = await activeAgreement(svc, brand, partner, policyFor(brand, partner));
    await uploaded(brand, first, 'brand', brandPeople);
    await uploaded(partner, first, 'partner', partnerPeople);
    await insight(brand, first, 'overlap', {});
    await insight(brand, first, 'overlap', { brandAttribute: 'value_tier' });
    const opened = await ledgerIn(first);
    expect(opened).toMatchObject({ epsilonBudget: 3, delta: 1e-9 });
    expect(opened.epsilonLeft).toBeLessThan(3);

    const second = await activeAgreement(
      svc,
      brand,
      partner,
      policyFor(brand, partner, { purpose: 'A generous second agreement', privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 50, delta: 1e-6 } }),
    );
    await uploaded(brand, second, 'brand', brandPeople);
    await uploaded(partner, second, 'partner', partnerPeople);
    const seen = await ledgerIn(second);
    expect.soft({ epsilonBudget: seen.epsilonBudget, delta: seen.delta }, "the (partner's data, brand) ledger under the second agreement").toEqual({ epsilonBudget: 3, delta: 1e-9 });
    expect.soft(Math.abs(seen.epsilonLeft - opened.epsilonLeft), `ε left: ${seen.epsilonLeft} under the second agreement, ${opened.epsilonLeft} under the first`).toBeLessThanOrEqual(1e-9);

    const released = await insight(brand, second, 'overlap', {});
    expect.soft(released.privacy.epsilonBudget, 'ε budget a release under the second agreement reports').toBe(3);
    expect.soft(released.privacy.epsilonLeft, 'ε left after a release under the second agreement').toBeLessThan(opened.epsilonLeft);
  }, TIMEOUT);

  it("operator telemetry: /metrics and the global chain are the operator's alone", async () => {
    const [auditor, brand, partner, otherBrand, otherPartner] = await Promise.all([
      svc.createOrg('auditor'),
      svc.createOrg('brand'),
      svc.createOrg('media_partner'),
      svc.createOrg('brand'),
      svc.createOrg('media_partner'),
    ]);
    expect.soft((await get('/metrics')).status, 'GET /metrics without a token').toBe(401);
    expect.soft((await get('/metrics', brand.token)).status, "GET /metrics with a brand's token").toBe(403);
    const admin = await svc.adminToken();
    const metrics = await get('/metrics', admin);
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('cleanroom_http_requests_total');

    const audited = await activeAgreement(svc, brand, partner, policyFor(brand, partner, {}, [auditor.id]));
    // Activity the auditor has no business knowing of, after the audited agreement's last event.
    const other = await activeAgreement(svc, otherBrand, otherPartner, policyFor(otherBrand, otherPartner));
    await uploaded(otherBrand, other, 'brand', people(digests(1000), 'value_tier', TIERS));

    const mine = await get<Verification>('/v1/audit/verify', auditor.token);
    expect(mine.status, mine.text).toBe(200);
    expect(mine.body.ok).toBe(true);
    expect.soft(mine.body.checkpoint?.payload.agreements.map((a) => a.agreementId), "agreements in the auditor's checkpoint").toEqual([audited]);
    const exported = await get('/v1/audit/export', auditor.token);
    expect(exported.status, exported.text).toBe(200);
    const lines = exported.text
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Partial<AuditEvent>)
      .filter((l) => l.at !== undefined);
    expect(lines.length).toBeGreaterThan(0);
    const global = await get<Verification>('/v1/audit/verify', admin);
    expect(global.status, global.text).toBe(200);

    expect
      .soft({ length: mine.body.length, headSeq: mine.body.headSeq }, "the auditor's verification against its own export")
      .toEqual({ length: lines.length, headSeq: Math.max(...lines.map((l) => l.seq!)) });
    expect.soft(mine.body.headSeq, "the auditor's head against the operator's").toBeLessThan(global.body.headSeq);
    expect.soft(mine.body.checkpoint?.payload.seq, "the auditor's checkpoint seq").toBe(mine.body.headSeq);
    expect.soft(mine.body.headHash, "the auditor's head hash").not.toBe(global.body.headHash);
  }, TIMEOUT);

  it('things that are not digests: zero-padded phone numbers are refused from line 1', async () => {
    const [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
    const id = await activeAgreement(svc, brand, partner, policyFor(brand, partner));
    // 64 hex digits on the surface; 10 decimal digits of entropy underneath.
    const phones = Array.from({ length: 1500 }, (_, i) => '0'.repeat(54) + String(5550000000 + i));
    const res = await upload(svc, brand.token, id, 'brand', people(phones, 'value_tier', TIERS));
    const text = await res.text();
    expect.soft(res.status, `upload of zero-padded phone numbers: ${text.slice(0, 300)}`).toBe(422);
    const problem = (res.headers.get('content-type')?.startsWith('application/problem+json') ? JSON.parse(text) : {}) as Problem;
    expect.soft([problem.rule, problem.errors?.[0]?.code], 'rule and first error code of the refusal').toContain('ids_not_digests');
    const namesLineOne = /^line\/1(\/|$)/.test(problem.errors?.[0]?.path ?? '') || /\bline 1\b/.test(problem.detail ?? '');
    expect.soft(namesLineOne, `the refusal names line 1: ${problem.errors?.[0]?.path ?? '(no errors)'} / ${problem.detail ?? '(no detail)'}`).toBe(true);

    const listing = await get<{ datasets: { version: number; status: string }[] }>(`/v1/agreements/${id}/datasets`, brand.token);
    expect(listing.status, listing.text).toBe(200);
    expect.soft(listing.body.datasets.filter((d) => d.status === 'published'), 'published versions after the refused upload').toEqual([]);
  }, TIMEOUT);
});
