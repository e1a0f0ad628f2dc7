// Release plans and releases: cells from the declared domains, sensitivity from contribution
// bounds, thresholds on noisy values only, derived numbers from released noisy values only, and
// noise that matches its stated interval (issue 5, item 3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRelease,
  cellKeyString,
  cryptoRandom,
  drawsNeeded,
  planRelease,
  sampleDiscreteGaussian,
  sampleDiscreteLaplace,
  type ExactCounts,
  type ReleasePlan,
} from '../src/index.js';
import { BRAND, PARTNER, policy } from './fixtures.js';

const LIMITS = { minCohortFloor: 50, maxEpsilonPerRelease: 1 };
const key = (segment: string | null, context: string | null) => cellKeyString({ segment, context });

function draw(plan: ReleasePlan, n: number): bigint[] {
  return Array.from({ length: n }, () =>
    plan.noise.mechanism === 'discrete-gaussian'
      ? sampleDiscreteGaussian(plan.noise.sigma2.num, plan.noise.sigma2.den, cryptoRandom)
      : sampleDiscreteLaplace(plan.noise.scale.num, plan.noise.scale.den, cryptoRandom),
  );
}

describe('planRelease', () => {
  it('overlap by a brand attribute: cells from the declared values, sensitivity 1 for the brand, 2 for the partner', () => {
    const toBrand = planRelease({ kind: 'overlap', requester: BRAND, brandAttribute: 'value_tier' }, policy(), LIMITS);
    expect(toBrand.families.map((f) => [f.family, f.keys.length, f.protected])).toEqual([
      ['overlap', 3, true],
      ['brandBase', 3, false],
    ]);
    expect(toBrand.l1Sensitivity).toBe(1);
    // ε = 0.5 at δ = 1e-9 → ρ ≈ 0.00298 → σ ≈ 12.9 for Δ₂ = 1 (DESIGN §5: std ≈ 10–15).
    expect(toBrand.noiseStdDev).toBeCloseTo(12.95, 1);
    expect(toBrand.threshold).toBe(50);
    const toPartner = planRelease({ kind: 'overlap', requester: PARTNER, brandAttribute: 'value_tier' }, policy(), LIMITS);
    expect(toPartner.l1Sensitivity).toBe(2);
    expect(toPartner.noiseStdDev).toBeCloseTo(12.95 * Math.SQRT2, 1);
  });

  it('context: a person counts in up to maxValuesPerId cells of the overlap and of the partner base', () => {
    const p = planRelease({ kind: 'context', requester: BRAND, partnerAttribute: 'content_category', brandAttribute: 'value_tier' }, policy(), LIMITS);
    expect(p.families.map((f) => [f.family, f.keys.length, f.cellsPerPerson, f.protected, f.shown])).toEqual([
      ['overlap', 15, 3, true, true],
      ['partnerBase', 5, 3, true, false],
    ]);
    expect(p.l1Sensitivity).toBe(6);
    const toPartner = planRelease({ kind: 'context', requester: PARTNER, partnerAttribute: 'content_category' }, policy(), LIMITS);
    expect(toPartner.l1Sensitivity).toBe(3);
    expect(drawsNeeded(toPartner)).toBe(5 + 5);
  });

  it('discrete Laplace: scale = L1/ε', () => {
    const p = planRelease({ kind: 'overlap', requester: BRAND }, policy({ privacy: { mechanism: 'discrete-laplace', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 } }), LIMITS);
    expect(p.noise.mechanism).toBe('discrete-laplace');
    if (p.noise.mechanism === 'discrete-laplace') expect(Number(p.noise.scale.num) / Number(p.noise.scale.den)).toBeGreaterThanOrEqual(2);
  });
});

describe('buildRelease', () => {
  const plan = planRelease({ kind: 'overlap', requester: BRAND, brandAttribute: 'value_tier' }, policy(), LIMITS);
  const exact: ExactCounts = {
    overlap: new Map([[key('high', null), 49n], [key('mid', null), 1000n], [key('low', null), 600n], [key('platinum', null), 5n]]),
    brandBase: new Map([[key('high', null), 300n], [key('mid', null), 4000n], [key('low', null), 2000n]]),
    partnerBase: new Map(),
  };

  it('thresholds the noisy value, never the true one', () => {
    // True 49 (< k) with +3 noise is released as 52; true 1000 with −960 noise is suppressed.
    const r = buildRelease(plan, exact, [3n, -960n, 0n, 0n, 0n, 0n]);
    expect(r.overlapRows.map((row) => row.overlap)).toEqual([
      { status: 'released', value: 52 },
      { status: 'suppressed', reason: 'below_threshold' },
      { status: 'released', value: 600 },
    ]);
    expect(r.suppressedCells).toBe(1);
  });

  it('cells come from the declared values: a value outside the domain makes no cell, a missing one still does', () => {
    const r = buildRelease(plan, { ...exact, overlap: new Map([[key('platinum', null), 5000n]]) }, new Array<bigint>(6).fill(0n));
    expect(r.overlapRows.map((row) => row.segment)).toEqual(['high', 'mid', 'low']);
    expect(r.overlapRows.every((row) => row.overlap.status === 'suppressed')).toBe(true);
  });

  it('totals and shares are post-processing of released noisy cells only', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -200, max: 200 }), { minLength: 6, maxLength: 6 }), (ns) => {
        const r = buildRelease(plan, exact, ns.map(BigInt));
        const released = r.overlapRows.flatMap((row) => (row.overlap.status === 'released' ? [row.overlap.value] : []));
        expect(r.totals.overlap).toBe(released.reduce((a, b) => a + b, 0));
        for (const row of r.overlapRows) {
          if (row.overlap.status === 'released') expect(row.overlap.value).toBeGreaterThanOrEqual(50);
          if (row.shareOfBrand !== null) {
            expect(row.overlap.status).toBe('released');
            expect(row.brandBase.status).toBe('released');
            if (row.overlap.status === 'released' && row.brandBase.status === 'released') {
              expect(row.shareOfBrand).toBeCloseTo(Math.min(1, row.overlap.value / row.brandBase.value), 4);
            }
          }
        }
        expect(JSON.stringify(r)).not.toMatch(/"value":(49|1000|600),/);
      }),
    );
  });

  it('affinity index from noisy overlap and noisy (hidden) partner base', () => {
    const ctxPlan = planRelease({ kind: 'context', requester: BRAND, partnerAttribute: 'device' }, policy(), LIMITS);
    const counts: ExactCounts = {
      overlap: new Map([[key(null, 'mobile'), 600n], [key(null, 'desktop'), 300n], [key(null, 'tv'), 100n]]),
      brandBase: new Map(),
      partnerBase: new Map([[key(null, 'mobile'), 3000n], [key(null, 'desktop'), 3000n], [key(null, 'tv'), 4000n]]),
    };
    const r = buildRelease(ctxPlan, counts, new Array<bigint>(6).fill(0n));
    const mobile = r.contextRows.find((row) => row.context === 'mobile')!;
    expect(mobile.shareOfOverlap).toBeCloseTo(0.6, 4);
    expect(mobile.affinityIndex).toBeCloseTo(200, 1);
    expect(mobile.partnerBase).toBeNull();
    expect(r.contextRows.find((row) => row.context === 'tv')!.affinityIndex).toBeCloseTo(25, 1);
  });

  it('refuses the wrong number of noise draws', () => {
    expect(() => buildRelease(plan, exact, [0n])).toThrow(RangeError);
  });
});

describe('noise matches its stated interval (synthetic data with known truth)', () => {
  it.each(['discrete-gaussian', 'discrete-laplace'] as const)('%s: about 95 percent of released cells lie within ±halfWidth95 of the truth; none below k', (mechanism) => {
    const pol = policy({ privacy: { mechanism, epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 } });
    const p = planRelease({ kind: 'context', requester: BRAND, partnerAttribute: 'content_category', brandAttribute: 'value_tier' }, pol, LIMITS);
    const truth = new Map<string, bigint>();
    const values = ['news', 'sports', 'cooking', 'travel', 'tech'];
    ['high', 'mid', 'low'].forEach((seg, i) => values.forEach((v, j) => truth.set(key(seg, v), BigInt(400 + 150 * i + 90 * j))));
    const exact: ExactCounts = { overlap: truth, brandBase: new Map(), partnerBase: new Map(values.map((v) => [key(null, v), 50_000n])) };
    let within = 0;
    let total = 0;
    for (let trial = 0; trial < 2000; trial++) {
      const r = buildRelease(p, exact, draw(p, drawsNeeded(p)));
      for (const row of r.contextRows) {
        if (row.overlap.status !== 'released') continue;
        expect(row.overlap.value).toBeGreaterThanOrEqual(p.threshold);
        total++;
        if (Math.abs(row.overlap.value - Number(truth.get(key(row.segment, row.context)))) <= p.halfWidth95) within++;
      }
    }
    const rate = within / total;
    // 30,000 cells: the binomial sd of the rate is ~0.0013, so 0.94–0.96 is a tight but safe band
    // (the discrete interval covers at least 95%).
    expect(rate).toBeGreaterThan(0.945);
    expect(rate).toBeLessThan(0.965);
  });
});
