import { describe, expect, it } from 'vitest';
import {
  bernoulliExp,
  cryptoRandom,
  sampleDiscreteGaussian,
  sampleDiscreteLaplace,
} from '../../src/privacy/index.js';
import { chiSquareFit, tally } from './stats.js';

const DRAWS = 200_000;
const P_MIN = 1e-4;

/** |rate − p| within 5 standard errors (+ one count): a false failure about once in 10⁶ runs. */
function expectRate(hits: number, n: number, p: number): void {
  const se = Math.sqrt((p * (1 - p)) / n);
  expect(Math.abs(hits / n - p)).toBeLessThanOrEqual(5 * se + 1 / n);
}

describe('bernoulliExp', () => {
  it.each([
    [1n, 3n],
    [1n, 1n],
    [5n, 2n],
    [7n, 3n],
    [3n, 1n],
  ])('fires at rate exp(−%i/%i)', (num, den) => {
    const n = 100_000;
    let hits = 0;
    for (let i = 0; i < n; i += 1) if (bernoulliExp(num, den, cryptoRandom)) hits += 1;
    expectRate(hits, n, Math.exp(-Number(num) / Number(den)));
  });

  it('is certain at exp(0) and never fires at exp(−60)', () => {
    for (let i = 0; i < 1000; i += 1) {
      expect(bernoulliExp(0n, 7n, cryptoRandom)).toBe(true);
      expect(bernoulliExp(60n, 1n, cryptoRandom)).toBe(false);
    }
  });

  it('checks its inputs', () => {
    expect(() => bernoulliExp(-1n, 1n, cryptoRandom)).toThrow(RangeError);
    expect(() => bernoulliExp(1n, 0n, cryptoRandom)).toThrow(RangeError);
    expect(() => bernoulliExp(1 as unknown as bigint, 1n, cryptoRandom)).toThrow(TypeError);
  });
});

const gaussian = (sigma2: number) => (x: number) => Math.exp(-(x * x) / (2 * sigma2));
const laplace = (t: number) => (x: number) => Math.exp(-Math.abs(x) / t);

describe('discrete Gaussian: chi-square goodness of fit against the exact pmf', () => {
  it.each([
    { num: 1n, den: 1n, sigma2: 1 },
    { num: 5n, den: 2n, sigma2: 2.5 },
    { num: 100n, den: 1n, sigma2: 100 },
  ])('σ² = $num/$den', ({ num, den, sigma2 }) => {
    const counts = tally(DRAWS, () => sampleDiscreteGaussian(num, den, cryptoRandom));
    const range = Math.ceil(40 * Math.sqrt(sigma2));
    const fit = chiSquareFit(counts, gaussian(sigma2), range);
    expect(fit.df).toBeGreaterThanOrEqual(4);
    expect(fit.pValue).toBeGreaterThan(P_MIN);
  });
});

describe('discrete Laplace: chi-square goodness of fit against the exact pmf', () => {
  it.each([
    { num: 1n, den: 1n, t: 1 },
    { num: 3n, den: 2n, t: 1.5 },
    { num: 10n, den: 1n, t: 10 },
  ])('t = $num/$den', ({ num, den, t }) => {
    const counts = tally(DRAWS, () => sampleDiscreteLaplace(num, den, cryptoRandom));
    const fit = chiSquareFit(counts, laplace(t), Math.ceil(800 * t));
    expect(fit.df).toBeGreaterThanOrEqual(4);
    expect(fit.pValue).toBeGreaterThan(P_MIN);
  });
});

describe('the goodness-of-fit test has power', () => {
  // The same test must reject a sampler that is slightly off, or passing it would mean nothing.
  it('rejects discrete Gaussian draws at σ² = 5/2 against the pmf for σ² = 2.6', () => {
    const counts = tally(DRAWS, () => sampleDiscreteGaussian(5n, 2n, cryptoRandom));
    expect(chiSquareFit(counts, gaussian(2.6), 70).pValue).toBeLessThan(P_MIN);
  });

  it('rejects discrete Laplace draws at t = 3/2 against the pmf for t = 1.55', () => {
    const counts = tally(DRAWS, () => sampleDiscreteLaplace(3n, 2n, cryptoRandom));
    expect(chiSquareFit(counts, laplace(1.55), 1200).pValue).toBeLessThan(P_MIN);
  });
});

describe('samplers', () => {
  it('return integers, of both signs, centred on 0', () => {
    const draws = [
      ...Array.from({ length: 2000 }, () => sampleDiscreteGaussian(225n, 1n, cryptoRandom)),
      ...Array.from({ length: 2000 }, () => sampleDiscreteLaplace(15n, 1n, cryptoRandom)),
    ];
    for (const x of draws) expect(typeof x).toBe('bigint');
    expect(draws.some((x) => x > 0n)).toBe(true);
    expect(draws.some((x) => x < 0n)).toBe(true);
  });

  it('check their inputs', () => {
    expect(() => sampleDiscreteGaussian(0n, 1n, cryptoRandom)).toThrow(RangeError);
    expect(() => sampleDiscreteGaussian(1n, -2n, cryptoRandom)).toThrow(RangeError);
    expect(() => sampleDiscreteGaussian(1.5 as unknown as bigint, 1n, cryptoRandom)).toThrow(TypeError);
    expect(() => sampleDiscreteLaplace(0n, 1n, cryptoRandom)).toThrow(RangeError);
    expect(() => sampleDiscreteLaplace(1n, 0n, cryptoRandom)).toThrow(RangeError);
    expect(() => sampleDiscreteLaplace(1n, '1' as unknown as bigint, cryptoRandom)).toThrow(TypeError);
  });
});
