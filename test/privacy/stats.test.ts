import { describe, expect, it } from 'vitest';
import { clopperPearson, dpAdvantageBound, membershipAdvantage } from './stats.js';

describe('attack statistics', () => {
  it('Clopper–Pearson matches published values', () => {
    // R: binom.test(5, 20)$conf.int → 0.0866 0.4910; binom.test(0, 10) → 0 0.3085
    const a = clopperPearson(5, 20);
    expect(a.lower).toBeCloseTo(0.0866, 3);
    expect(a.upper).toBeCloseTo(0.491, 3);
    expect(clopperPearson(0, 10).upper).toBeCloseTo(0.3085, 3);
    expect(clopperPearson(10, 10).lower).toBeCloseTo(0.6915, 3);
  });

  it('advantage of a perfect and of a blind attacker', () => {
    const perfect = Array.from({ length: 1000 }, (_, i) => ({ member: i % 2 === 0, guess: i % 2 === 0 }));
    expect(membershipAdvantage(perfect).lowerBound).toBeGreaterThan(0.98);
    const blind = Array.from({ length: 1000 }, (_, i) => ({ member: i % 2 === 0, guess: i % 4 < 2 }));
    expect(membershipAdvantage(blind).lowerBound).toBeLessThan(0);
  });

  it('the DP bound', () => {
    expect(dpAdvantageBound(0, 0)).toBe(0);
    expect(dpAdvantageBound(Math.log(3), 0)).toBeCloseTo(0.5, 10);
  });
});
