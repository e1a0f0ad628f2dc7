import { describe, expect, it } from 'vitest';
import { chiSquareFit, chiSquarePValue, gammaQ, lnGamma } from './stats.js';

describe('test statistics helper', () => {
  it('lnGamma matches factorials and Γ(1/2) = √π', () => {
    expect(lnGamma(1)).toBeCloseTo(0, 13);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362_880), 12);
    expect(lnGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 13);
    expect(lnGamma(100.5)).toBeCloseTo(361.4355404677776, 9);
  });

  it('gammaQ matches closed forms', () => {
    for (const x of [0.1, 1, 3, 10, 40]) {
      expect(gammaQ(1, x)).toBeCloseTo(Math.exp(-x), 14);
      // Q(5, x) = e^{−x} Σ_{k<5} x^k/k!
      const q5 = Math.exp(-x) * (1 + x + x ** 2 / 2 + x ** 3 / 6 + x ** 4 / 24);
      expect(Math.abs(gammaQ(5, x) - q5)).toBeLessThan(1e-13);
    }
    expect(gammaQ(5, 3)).toBeCloseTo(0.8152632445237722, 13);
  });

  it('chi-square p-values match published critical values', () => {
    expect(chiSquarePValue(3.841458820694124, 1)).toBeCloseTo(0.05, 10);
    expect(chiSquarePValue(18.307038053275146, 10)).toBeCloseTo(0.05, 10);
    expect(chiSquarePValue(124.34211340400407, 100)).toBeCloseTo(0.05, 10);
    expect(chiSquarePValue(15.086272469388991, 5)).toBeCloseTo(0.01, 10);
    expect(chiSquarePValue(0, 7)).toBe(1);
  });

  it('pools tails so every bin expects at least 5, and scores a perfect fit as p = 1', () => {
    // Binomial(4, 1/2) scaled to 16 draws: expected 1, 4, 6, 4, 1.
    const counts = new Map([[0n, 1], [1n, 4], [2n, 6], [3n, 4], [4n, 1]]);
    const weight = (x: number): number => [1, 4, 6, 4, 1][x] ?? 0;
    const fit = chiSquareFit(counts, weight, 4);
    expect(fit.bins).toBe(3); // {…, 0, 1} expects 5, {2} 6, {3, 4, …} 5
    expect(fit.statistic).toBeCloseTo(0, 12);
    expect(fit.pValue).toBeCloseTo(1, 12);
  });

  it('rejects a clearly wrong distribution', () => {
    const counts = new Map([[0n, 700], [1n, 300]]);
    const fit = chiSquareFit(counts, (x) => (x === 0 || x === 1 ? 1 : 0), 1);
    expect(fit.pValue).toBeLessThan(1e-30);
  });
});
