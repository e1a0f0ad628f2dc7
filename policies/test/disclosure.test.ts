// The disclosure gate (issue 12): a party sees the counterparty's events elided, never their detail;
// auditors of the governing version and the operator see everything of their scope; reasons about
// one party's data go to that party only and never quote what is not the policy's; an auditor's
// verification covers its agreements only.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChainedEvent } from '@cleanroom/contracts';
import { disclose, eventOwner, relationTo, type Membership, type Reason, type Viewer } from '../src/index.js';
import { AUDITOR, BRAND, PARTNER, policy } from './fixtures.js';

const M: Membership = { brand: BRAND, partner: PARTNER, auditors: [AUDITOR] };
const brand: Viewer = { orgId: BRAND, role: 'brand' };
const partner: Viewer = { orgId: PARTNER, role: 'media_partner' };
const auditor: Viewer = { orgId: AUDITOR, role: 'auditor' };
const operator: Viewer = { orgId: 'org_admin', role: 'admin' };
const stranger: Viewer = { orgId: 'org_someone_else', role: 'auditor' };

const event = (over: Partial<ChainedEvent>): ChainedEvent => ({
  seq: 7,
  at: '2026-12-01T00:00:00.000Z',
  actorOrg: PARTNER,
  actorRole: 'media_partner',
  action: 'upload.accepted',
  agreementId: 'agr_1',
  decision: 'allow',
  detail: { side: 'partner', rows: 1377, duplicates: 3, bytes: 99 },
  prevHash: 'a'.repeat(64),
  hash: 'b'.repeat(64),
  ...over,
});

describe('relationTo', () => {
  it('names the viewer by its place in the governing membership', () => {
    expect([brand, partner, auditor, operator, stranger].map((v) => relationTo(v, M))).toEqual(['brand', 'partner', 'auditor', 'operator', 'none']);
    expect(relationTo(auditor, null)).toBe('none');
  });
});

describe('audit events', () => {
  it("the counterparty's upload is elided for a party — detail {}, chain fields kept — and whole for its owner, the auditor and the operator", () => {
    const e = event({});
    expect(disclose(brand, { kind: 'auditEvent', event: e, membership: M })).toEqual({ ...e, detail: {}, elided: true });
    for (const v of [partner, auditor, operator]) expect(disclose(v, { kind: 'auditEvent', event: e, membership: M })).toBe(e);
    expect(disclose(stranger, { kind: 'auditEvent', event: e, membership: M })).toBeNull();
  });

  it("the partner's release is elided for the brand; the agreement's own events are whole for both", () => {
    const release = event({ action: 'insight.allowed', detail: { release: { overlapRows: [] } } });
    expect(disclose(brand, { kind: 'auditEvent', event: release, membership: M })).toMatchObject({ elided: true, detail: {} });
    const approved = event({ action: 'agreement.approved', detail: { version: 2 } });
    expect(disclose(brand, { kind: 'auditEvent', event: approved, membership: M })).toBe(approved);
  });

  it('deletion receipts are per side; an old receipt mixing both sides is elided for both parties', () => {
    const brandSide = event({ action: 'data.deleted', actorOrg: PARTNER, detail: { side: 'brand', rowsDeleted: 10 } });
    expect(eventOwner(brandSide, M)).toBe('brand');
    expect(disclose(partner, { kind: 'auditEvent', event: brandSide, membership: M })).toMatchObject({ elided: true });
    const mixed = event({ action: 'data.deleted', detail: { versions: [{ side: 'brand' }, { side: 'partner' }], rowsDeleted: 20 } });
    for (const v of [brand, partner]) expect(disclose(v, { kind: 'auditEvent', event: mixed, membership: M })).toMatchObject({ elided: true });
    const keyOnly = event({ action: 'data.deleted', detail: { side: null, versions: [], rowsDeleted: 0 } });
    expect(disclose(brand, { kind: 'auditEvent', event: keyOnly, membership: M })).toBe(keyOnly);
  });

  it('events of no agreement are the operator’s', () => {
    const token = event({ action: 'token.issued', agreementId: null, detail: {} });
    expect(disclose(auditor, { kind: 'auditEvent', event: token, membership: null })).toBeNull();
    expect(disclose(operator, { kind: 'auditEvent', event: token, membership: null })).toBe(token);
  });

  it("property: whatever an event holds, a party never receives the detail of an event about the counterparty's data", () => {
    const actions = ['upload.accepted', 'upload.rejected', 'data.deleted', 'insight.allowed', 'insight.denied', 'insight.explained', 'token.issued'];
    fc.assert(
      fc.property(
        fc.constantFrom(...actions),
        fc.constantFrom(BRAND, PARTNER, null),
        fc.constantFrom<'brand' | 'partner'>('brand', 'partner'),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.jsonValue()),
        fc.constantFrom(brand, partner),
        (action, actorOrg, side, extra, viewer) => {
          const e = event({ action, actorOrg, detail: { ...extra, side } });
          const shown = disclose(viewer, { kind: 'auditEvent', event: e, membership: M });
          const mine = viewer === brand ? 'brand' : 'partner';
          const owner = eventOwner(e, M);
          if (owner !== mine && owner !== 'both') expect(shown === null || ('elided' in shown && Object.keys(shown.detail).length === 0)).toBe(true);
          if (shown !== null && !('elided' in shown)) expect([mine, 'both']).toContain(owner);
        },
      ),
    );
  });
});

describe('reasons', () => {
  const segment: Reason = { code: 'difference_too_small', message: 'segment "high" changed by fewer than k ids since the previous upload', field: 'brandAttribute', about: 'brand' };
  const request = { kind: 'overlap', requester: PARTNER, brandAttribute: 'value_tier' };

  it('a reason about the brand’s data goes to the brand, auditors and the operator, never to the partner', () => {
    for (const v of [brand, auditor, operator]) expect(disclose(v, { kind: 'reasons', membership: M, policy: policy(), request, reasons: [segment] })).toEqual([segment]);
    expect(disclose(partner, { kind: 'reasons', membership: M, policy: policy(), request, reasons: [segment] })).toEqual([]);
  });

  it('a message quoting anything but the policy or the request is reworded; one quoting declared values stands', () => {
    const leaky: Reason = { code: 'dimension_not_allowed', message: 'segment "Alice Smith, 12 High St" is odd' };
    const fine: Reason = { code: 'dimension_not_allowed', message: 'brand attribute "value_tier" is fine, "mobile" too' };
    const [a, b] = disclose(brand, { kind: 'reasons', membership: M, policy: policy(), request: { ...request, requester: BRAND }, reasons: [leaky, fine] });
    expect(a!.code).toBe('dimension_not_allowed');
    expect(a!.message).not.toContain('Alice');
    expect(b).toEqual(fine);
  });
});

describe('the rest', () => {
  it('dataset listings: a party its own side; releases and upload results: their owner', () => {
    const datasets = [{ side: 'brand' as const, rows: 1 }, { side: 'partner' as const, rows: 2 }];
    expect(disclose(brand, { kind: 'datasetListing', membership: M, datasets })).toEqual([datasets[0]]);
    expect(disclose(partner, { kind: 'datasetListing', membership: M, datasets })).toEqual([datasets[1]]);
    expect(disclose(partner, { kind: 'release', membership: M, recipient: BRAND, release: { x: 1 } })).toBeNull();
    expect(disclose(brand, { kind: 'release', membership: M, recipient: BRAND, release: { x: 1 } })).toEqual({ x: 1 });
    expect(disclose(brand, { kind: 'uploadResult', membership: M, side: 'partner', result: { rows: 5 } })).toBeNull();
  });

  it("an auditor's verification covers its agreements' events only; the operator's the whole log; parties none", () => {
    const other: Membership = { brand: 'org_b2', partner: 'org_p2', auditors: ['org_other_auditor'] };
    const facts = {
      global: { length: 90, headSeq: 90, headHash: 'f'.repeat(64) },
      agreements: [
        { agreementId: 'agr_1', seq: 2, link: '1'.repeat(64), membership: M, events: 2, lastSeq: 87, lastHash: 'c'.repeat(64) },
        { agreementId: 'agr_2', seq: 30, link: '2'.repeat(64), membership: other, events: 30, lastSeq: 90, lastHash: 'f'.repeat(64) },
      ],
    };
    expect(disclose(auditor, { kind: 'verification', facts })).toEqual({ scope: 'agreements', figures: { length: 2, headSeq: 87, headHash: 'c'.repeat(64) }, heads: [{ agreementId: 'agr_1', seq: 2, link: '1'.repeat(64) }] });
    expect(disclose(operator, { kind: 'verification', facts })).toMatchObject({ scope: 'global', figures: facts.global });
    expect(disclose(brand, { kind: 'verification', facts })).toBeNull();
  });

  it('metrics are the operator’s; the export is the auditors’ and the operator’s', () => {
    expect([brand, auditor, operator].map((v) => disclose(v, { kind: 'metrics' }))).toEqual([false, false, true]);
    expect([brand, partner, auditor, operator, stranger].map((v) => disclose(v, { kind: 'auditExport', membership: M }))).toEqual([false, false, true, true, false]);
  });
});
