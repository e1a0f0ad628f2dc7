import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  epsilonFromRho,
  gaussianHalfWidth95,
  gaussianRho,
  gaussianSigma2For,
  laplaceHalfWidth95,
  laplaceScaleFor,
  rationalAtLeast,
  rhoFromEpsilon,
} from '../../src/privacy/index.js';

describe('zCDP ↔ (ε, δ)', () => {
  it('matches the known value for ε = 0.5, δ = 1e-9', () => {
    const rho = rhoFromEpsilon(0.5, 1e-9);
    expect(rho).toBeCloseTo(0.00298009, 7);
    const sigma = Math.sqrt(gaussianSigma2For(rho, 1));
    expect(sigma).toBeCloseTo(12.953, 3);
    expect(epsilonFromRho(rho, 1e-9)).toBeCloseTo(0.5, 12);
  });

  it('epsilonFromRho follows Bun–Steinke Prop. 1.3 term by term', () => {
    expect(epsilonFromRho(0, 1e-6)).toBe(0);
    expect(epsilonFromRho(0.5, Math.exp(-2))).toBeCloseTo(0.5 + 2 * Math.sqrt(0.5 * 2), 14);
  });

  it('rhoFromEpsilon inverts epsilonFromRho (property)', () => {
    const delta = fc.double({ min: 1e-15, max: 0.5, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 1e-10, max: 100, noNaN: true }), delta, (rho, d) => {
        const back = rhoFromEpsilon(epsilonFromRho(rho, d), d);
        expect(Math.abs(back - rho)).toBeLessThanOrEqual(1e-10 * rho);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 100, noNaN: true }), delta, (eps, d) => {
        const back = epsilonFromRho(rhoFromEpsilon(eps, d), d);
        expect(Math.abs(back - eps)).toBeLessThanOrEqual(1e-10 * eps);
      }),
    );
  });

  it('composes: ρ adds up, so a budget of ε = 3 at δ = 1e-9 holds k releases of ε = 0.5 with k·ρ₀ ≤ ρ', () => {
    const perRelease = rhoFromEpsilon(0.5, 1e-9);
    const releases = Math.floor(rhoFromEpsilon(3, 1e-9) / perRelease);
    expect(epsilonFromRho(releases * perRelease, 1e-9)).toBeLessThanOrEqual(3);
    expect(epsilonFromRho((releases + 1) * perRelease, 1e-9)).toBeGreaterThan(3);
  });

  it('checks its inputs', () => {
    expect(() => epsilonFromRho(-1, 1e-9)).toThrow(RangeError);
    expect(() => epsilonFromRho(1, 0)).toThrow(RangeError);
    expect(() => epsilonFromRho(1, 1)).toThrow(RangeError);
    expect(() => rhoFromEpsilon(Number.NaN, 1e-9)).toThrow(RangeError);
    expect(() => rhoFromEpsilon('1' as unknown as number, 1e-9)).toThrow(TypeError);
  });
});

describe('mechanism scales', () => {
  it('gaussianRho and gaussianSigma2For are inverse', () => {
    expect(gaussianRho(50, 1)).toBe(0.01);
    expect(gaussianRho(8, 2)).toBe(0.25);
    expect(gaussianSigma2For(0.25, 2)).toBe(8);
    const rho = fc.double({ min: 1e-6, max: 10, noNaN: true });
    const l2 = fc.double({ min: 0.1, max: 100, noNaN: true });
    fc.assert(
      fc.property(rho, l2, (r, d) => {
        expect(gaussianRho(gaussianSigma2For(r, d), d)).toBeCloseTo(r, 12);
      }),
    );
  });

  it('laplaceScaleFor is Δ₁/ε', () => {
    expect(laplaceScaleFor(0.5, 3)).toBe(6);
    expect(() => laplaceScaleFor(0, 1)).toThrow(RangeError);
    expect(() => gaussianSigma2For(0, 1)).toThrow(RangeError);
    expect(() => gaussianRho(0, 1)).toThrow(RangeError);
  });
});

/** The exact value of x ∈ [2⁻³⁰, 2²⁰] as X / 2⁸²: at that size every double is a multiple of 2⁻⁸². */
const SHIFT = 82n;
const exactScaled = (x: number): bigint => BigInt(x * 2 ** Number(SHIFT));

describe('rationalAtLeast', () => {
  it('is exact when the binary denominator fits', () => {
    expect(rationalAtLeast(2.5)).toEqual({ num: 5n, den: 2n });
    expect(rationalAtLeast(100)).toEqual({ num: 100n, den: 1n });
    expect(rationalAtLeast(0)).toEqual({ num: 0n, den: 1n });
    expect(rationalAtLeast(2 ** 70)).toEqual({ num: 2n ** 70n, den: 1n });
    expect(rationalAtLeast(0.375, 8n)).toEqual({ num: 3n, den: 8n });
  });

  it('rounds up otherwise', () => {
    // The double nearest 1/3 is just below it; with den ≤ 10, ⌈10·x⌉/10 = 2/5.
    expect(rationalAtLeast(1 / 3, 10n)).toEqual({ num: 2n, den: 5n });
    const tenth = rationalAtLeast(0.1);
    expect(tenth.den).toBeLessThanOrEqual(2n ** 20n);
    expect(tenth).toEqual({ num: 52_429n, den: 524_288n }); // ⌈0.1·2²⁰⌉ / 2²⁰, reduced
  });

  it('is ≥ x and within 1/maxDen of it (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 2 ** -30, max: 2 ** 20, noNaN: true }),
        fc.bigInt({ min: 1n, max: 2n ** 40n }),
        (x, maxDen) => {
          const { num, den } = rationalAtLeast(x, maxDen);
          expect(den >= 1n && den <= maxDen).toBe(true);
          const scaledX = exactScaled(x);
          // num/den ≥ x ⇔ num·2⁸² ≥ X·den; num/den − x < 1/maxDen ⇔ (num·2⁸² − X·den)·maxDen < 2⁸²·den.
          const gap = (num << SHIFT) - scaledX * den;
          expect(gap >= 0n).toBe(true);
          expect(gap * maxDen < den << SHIFT).toBe(true);
        },
      ),
    );
  });

  it('checks its inputs', () => {
    expect(() => rationalAtLeast(-1)).toThrow(RangeError);
    expect(() => rationalAtLeast(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => rationalAtLeast(1, 0n)).toThrow(RangeError);
    expect(() => rationalAtLeast(1, 4 as unknown as bigint)).toThrow(TypeError);
  });
});

describe('95% half-widths from the exact pmf', () => {
  it('discrete Gaussian: known values', () => {
    expect(gaussianHalfWidth95(1)).toBe(2); // P(|X| ≤ 1) = 0.883, P(|X| ≤ 2) = 0.991
    expect(gaussianHalfWidth95(2.5)).toBe(3);
    expect(gaussianHalfWidth95(100)).toBe(20);
    expect(gaussianHalfWidth95(225)).toBe(29);
    expect(gaussianHalfWidth95(10_000)).toBe(196);
    expect(gaussianHalfWidth95(0.01)).toBe(0);
  });

  it('discrete Gaussian: within one of the continuous 1.96σ (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 5000, noNaN: true }), (sigma2) => {
        expect(Math.abs(gaussianHalfWidth95(sigma2) - 1.96 * Math.sqrt(sigma2))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('discrete Laplace: matches the closed form P(|X| ≤ h) = 1 − 2q^(h+1)/(1+q), q = e^(−1/t) (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 200, noNaN: true }), (t) => {
        const q = Math.exp(-1 / t);
        let h = 0;
        while (1 - (2 * q ** (h + 1)) / (1 + q) < 0.95) h += 1;
        expect(laplaceHalfWidth95(t)).toBe(h);
      }),
    );
    expect(laplaceHalfWidth95(1)).toBe(3);
    expect(laplaceHalfWidth95(10)).toBe(30);
  });
});
