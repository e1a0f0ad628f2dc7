import { describe, expect, it } from 'vitest';
import { cryptoRandom, sampleDiscreteGaussian, sampleDiscreteLaplace } from '../../src/privacy/index.js';
import { decide, naiveCanOutput, naiveLaplace } from './porosity.js';

const TRIALS = 1000;

interface Outcome {
  decided: number;
  wrong: number;
}

/** Runs the attack: each trial the true count is c0 or c1 by a fair coin, the attacker sees one output. */
function attack<T>(c0: T, c1: T, release: (c: T) => T, canOutput: (y: T, c: T) => boolean): Outcome {
  let decided = 0;
  let wrong = 0;
  for (let i = 0; i < TRIALS; i += 1) {
    const truth = cryptoRandom.uniformBelow(2n) === 0n ? c0 : c1;
    const y = release(truth);
    // The support test must be sound: the true count can always produce what it produced.
    expect(canOutput(y, truth)).toBe(true);
    const guess = decide(y, c0, c1, canOutput);
    if (guess !== undefined) decided += 1;
    if (guess !== undefined && guess !== truth) wrong += 1;
  }
  return { decided, wrong };
}

describe('floating-point porosity attack (Mironov 2012)', () => {
  // Measured over repeated runs: c0 = 0, b = 10 decides ≈ 60% of trials, c0 = 10, b = 10 ≈ 28%.
  // The attack weakens as the count grows relative to the scale (≈ 1% at c0 = 500, b = 10).
  it.each([
    { c0: 0, b: 10 },
    { c0: 10, b: 10 },
  ])('control: decides a clear share of trials against naive double Laplace (c0 = $c0, b = $b)', ({ c0, b }) => {
    const release = (c: number): number => {
      const s = cryptoRandom.uniformBelow(2n) === 0n ? 1 : -1;
      const k = Number(cryptoRandom.uniformBelow(2n ** 53n - 1n) + 1n);
      return naiveLaplace(c, b, s, k);
    };
    const { decided, wrong } = attack(c0, c0 + 1, release, (y, c) => naiveCanOutput(y, c, b));
    expect(decided / TRIALS).toBeGreaterThanOrEqual(0.1);
    expect(wrong).toBe(0);
  });

  // P(noise = x) ∝ exp(−x²/(2σ²)) or exp(−|x|/t) is positive for every integer x, so the outputs
  // reachable from a true count c are c + ℤ = ℤ, whatever c is: every integer y is reachable.
  const integerCanOutput = (_y: bigint, _c: bigint): boolean => true;

  it.each([
    { name: 'discrete Gaussian σ² = 225', noise: () => sampleDiscreteGaussian(225n, 1n, cryptoRandom) },
    { name: 'discrete Laplace t = 10', noise: () => sampleDiscreteLaplace(10n, 1n, cryptoRandom) },
  ])('real: decides no trial against c + integer noise ($name)', ({ noise }) => {
    for (const c0 of [0n, 10n]) {
      const release = (c: bigint): bigint => {
        const y = c + noise();
        expect(typeof y).toBe('bigint');
        return y;
      };
      expect(attack(c0, c0 + 1n, release, integerCanOutput)).toEqual({ decided: 0, wrong: 0 });
    }
  });
});
