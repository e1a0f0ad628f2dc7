// Done means (issue 3, item 1): no request is ever allowed on an agreement that is not active, by a
// non-party, for a kind or dimension the policy does not list, or beyond the budget; every deny
// carries at least one reason code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCost, decide, epsilonSpent, ledgerTerms, openLedger, releaseCost, REASON_CODES, type AgreementState, type InsightRequest, type LedgerSnapshot } from '../src/index.js';
import { AUDITOR, BRAND, PARTNER, policy } from './fixtures.js';

const LIMITS = { minCohortFloor: 50, maxEpsilonPerRelease: 1 };
const NOW = new Date('2026-11-23T12:00:00Z');
const STATES: AgreementState[] = ['draft', 'proposed', 'active', 'suspended', 'revoked', 'expired'];
const ATTRS = ['value_tier', 'lifecycle', 'content_category', 'daypart', 'device', 'income', 'age', 'zip'];

const arbRequest = fc.record({
  kind: fc.constantFrom<'overlap' | 'context'>('overlap', 'context'),
  requester: fc.constantFrom(BRAND, PARTNER, AUDITOR, 'org_stranger0000000000000000000'.slice(0, 30)),
  brandAttribute: fc.option(fc.constantFrom(...ATTRS), { nil: undefined }),
  partnerAttribute: fc.option(fc.constantFrom(...ATTRS), { nil: undefined }),
});

const arbPolicy = fc.record({
  brandAttributes: fc.subarray(['value_tier', 'lifecycle']),
  partnerAttributes: fc.subarray(['content_category', 'daypart', 'device']).map((names) => Object.fromEntries(names.map((n) => [n, { maxValuesPerId: 2 }]))),
  insights: fc.subarray(['overlap', 'context'] as ('overlap' | 'context')[], { minLength: 1 }),
  mechanism: fc.constantFrom<'discrete-gaussian' | 'discrete-laplace'>('discrete-gaussian', 'discrete-laplace'),
  epsilonPerRelease: fc.double({ min: 0.05, max: 1, noNaN: true }),
  budget: fc.double({ min: 0.1, max: 10, noNaN: true }),
  expired: fc.boolean(),
}).map((p) =>
  policy({
    brandAttributes: p.brandAttributes,
    partnerAttributes: p.partnerAttributes,
    insights: p.insights,
    privacy: { mechanism: p.mechanism, epsilonPerRelease: p.epsilonPerRelease, budget: Math.max(p.budget, p.epsilonPerRelease), delta: 1e-9 },
    validUntil: p.expired ? '2026-01-01T00:00:00Z' : '2099-01-01T00:00:00Z',
  }),
);

// A ledger opened with the terms of an earlier agreement: its cap, not the policy's, limits spending.
const arbLedger = fc.record({
  rhoSpent: fc.double({ min: 0, max: 1, noNaN: true }),
  pureEpsilonSpent: fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: null }),
  releases: fc.nat(100),
  budget: fc.double({ min: 0.1, max: 10, noNaN: true }),
  delta: fc.constantFrom(1e-9, 1e-7),
});

const EMPTY_LEDGER = openLedger({ budget: 3, delta: 1e-9 });

describe('decide', () => {
  it('allows a proper request (control)', () => {
    const d = decide({ kind: 'context', requester: BRAND, brandAttribute: 'value_tier', partnerAttribute: 'content_category' }, { id: 'a', state: 'active', policy: policy() }, EMPTY_LEDGER, { now: NOW, limits: LIMITS });
    expect(d.allowed).toBe(true);
    if (d.allowed) {
      expect(d.cost.epsilon).toBe(0.5);
      expect(d.minCohort).toBe(50);
    }
  });

  it('property: an allowed request satisfies every rule; a denied one names at least one known reason', () => {
    fc.assert(
      fc.property(arbRequest, arbPolicy, fc.constantFrom(...STATES), arbLedger, (req: InsightRequest, pol, state, ledger: LedgerSnapshot) => {
        const d = decide(req, { id: 'agr', state, policy: pol }, ledger, { now: NOW, limits: LIMITS });
        if (d.allowed) {
          expect(state).toBe('active');
          expect(Date.parse(pol.validUntil)).toBeGreaterThan(NOW.getTime());
          expect([pol.parties.brand, pol.parties.partner]).toContain(req.requester);
          expect(pol.insights).toContain(req.kind);
          if (req.brandAttribute !== undefined) expect(pol.brandAttributes).toContain(req.brandAttribute);
          if (req.kind === 'context') expect(Object.keys(pol.partnerAttributes)).toContain(req.partnerAttribute);
          else expect(req.partnerAttribute).toBeUndefined();
          expect(epsilonSpent(addCost(ledger, d.cost))).toBeLessThanOrEqual(ledger.budget * (1 + 1e-9));
        } else {
          expect(d.reasons.length).toBeGreaterThan(0);
          for (const r of d.reasons) expect(REASON_CODES).toContain(r.code);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('property: each single violated rule produces its own reason code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...STATES.filter((s) => s !== 'active')), (state) => {
        const d = decide({ kind: 'overlap', requester: BRAND }, { id: 'a', state, policy: policy() }, EMPTY_LEDGER, { now: NOW, limits: LIMITS });
        expect(d.allowed).toBe(false);
        expect(d.reasons.map((r) => r.code)).toEqual(['agreement_not_active']);
      }),
    );
    const active = { id: 'a', state: 'active' as const, policy: policy({ insights: ['overlap'] }) };
    const codes = (req: InsightRequest, ledger = EMPTY_LEDGER) => {
      const d = decide(req, active, ledger, { now: NOW, limits: LIMITS });
      return d.allowed ? [] : d.reasons.map((r) => r.code);
    };
    expect(codes({ kind: 'overlap', requester: AUDITOR })).toEqual(['not_a_party']);
    expect(codes({ kind: 'context', requester: BRAND, partnerAttribute: 'device' })).toEqual(['insight_not_allowed']);
    expect(codes({ kind: 'overlap', requester: BRAND, brandAttribute: 'income' })).toEqual(['dimension_not_allowed']);
    expect(codes({ kind: 'overlap', requester: BRAND, partnerAttribute: 'device' })).toEqual(['dimension_not_allowed']);
    expect(codes({ kind: 'overlap', requester: BRAND }, { ...EMPTY_LEDGER, rhoSpent: 10, pureEpsilonSpent: null, releases: 99 })).toEqual(['budget_exhausted']);
    const expired = decide({ kind: 'overlap', requester: BRAND }, { id: 'a', state: 'active', policy: policy({ validUntil: '2026-11-23T11:59:59Z' }) }, EMPTY_LEDGER, { now: NOW, limits: LIMITS });
    expect(expired.allowed ? [] : expired.reasons.map((r) => r.code)).toEqual(['agreement_expired']);
  });

  it("the ledger's cap, not a later agreement's larger budget, bounds spending; ledger terms only ever fall", () => {
    const generous = policy({ privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 50, delta: 1e-6 } });
    const terms = ledgerTerms(ledgerTerms(null, { budget: 3, delta: 1e-9 }), generous.privacy);
    expect(terms).toEqual({ budget: 3, delta: 1e-9 });
    expect(ledgerTerms(terms, { budget: 1, delta: 1e-12 })).toEqual({ budget: 1, delta: 1e-12 });
    let ledger = openLedger(terms);
    let allowed = 0;
    for (;;) {
      const d = decide({ kind: 'overlap', requester: BRAND }, { id: 'a', state: 'active', policy: generous }, ledger, { now: NOW, limits: LIMITS });
      if (!d.allowed) break;
      ledger = addCost(ledger, d.cost);
      allowed++;
    }
    expect(epsilonSpent(ledger)).toBeLessThanOrEqual(3 * (1 + 1e-9));
    expect(allowed).toBeLessThan(40);
  });

  it('property: spending release after release is allowed exactly until the budget would be exceeded', () => {
    fc.assert(
      fc.property(fc.constantFrom<'discrete-gaussian' | 'discrete-laplace'>('discrete-gaussian', 'discrete-laplace'), fc.double({ min: 0.1, max: 1, noNaN: true }), fc.double({ min: 1, max: 5, noNaN: true }), (mechanism, eps, budget) => {
        const pol = policy({ privacy: { mechanism, epsilonPerRelease: eps, budget, delta: 1e-9 } });
        let ledger = openLedger(ledgerTerms(null, pol.privacy));
        for (let i = 0; i < 10_000; i++) {
          const d = decide({ kind: 'overlap', requester: PARTNER }, { id: 'a', state: 'active', policy: pol }, ledger, { now: NOW, limits: LIMITS });
          if (!d.allowed) {
            expect(d.reasons.map((r) => r.code)).toEqual(['budget_exhausted']);
            expect(epsilonSpent(ledger)).toBeLessThanOrEqual(budget * (1 + 1e-9));
            expect(epsilonSpent(addCost(ledger, releaseCost(pol.privacy)))).toBeGreaterThan(budget);
            return;
          }
          ledger = addCost(ledger, d.cost);
        }
        throw new Error('budget never ran out');
      }),
      { numRuns: 200 },
    );
  });

  it('with data facts: salt mismatch, missing datasets and too-small datasets deny', () => {
    const ctx = (brandCheck: string, partnerRows: number) => ({
      now: NOW,
      limits: LIMITS,
      data: { brand: { rows: 5000, saltCheck: brandCheck }, partner: { rows: partnerRows, saltCheck: 'abc' }, minDatasetSize: 1000 },
    });
    const agreement = { id: 'a', state: 'active' as const, policy: policy() };
    const codes = (c: ReturnType<typeof ctx>) => {
      const d = decide({ kind: 'overlap', requester: BRAND }, agreement, EMPTY_LEDGER, c);
      return d.allowed ? [] : d.reasons.map((r) => r.code);
    };
    expect(codes(ctx('abc', 5000))).toEqual([]);
    expect(codes(ctx('xyz', 5000))).toEqual(['salt_mismatch']);
    expect(codes(ctx('abc', 999))).toEqual(['cohort_below_minimum']);
    const missing = decide({ kind: 'overlap', requester: BRAND }, agreement, EMPTY_LEDGER, { now: NOW, limits: LIMITS, data: { brand: null, partner: null, minDatasetSize: 1000 } });
    expect(missing.allowed ? [] : missing.reasons.map((r) => r.code)).toEqual(['dataset_missing', 'dataset_missing']);
  });

  it('the stricter minimum cohort wins', () => {
    const d = decide({ kind: 'overlap', requester: BRAND }, { id: 'a', state: 'active', policy: policy({ minCohort: 80 }) }, EMPTY_LEDGER, { now: NOW, limits: { minCohortFloor: 100, maxEpsilonPerRelease: 1 } });
    expect(d.allowed && d.minCohort).toBe(100);
  });
});
