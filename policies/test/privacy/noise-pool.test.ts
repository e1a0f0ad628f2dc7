import { describe, expect, it } from 'vitest';
import { cryptoRandom, NoisePool, sampleDiscreteGaussian } from '../../src/privacy/index.js';

/** A sampler whose draws are numbered 0, 1, 2, …, so repeats and losses are visible. */
function counter() {
  let next = 0n;
  return {
    sample: () => next++,
    drawn: () => Number(next),
  };
}

describe('NoisePool', () => {
  it('starts empty and refill tops it up to size in whole batches', () => {
    const c = counter();
    const pool = new NoisePool(c.sample, { size: 10, batch: 4 });
    expect(pool.available).toBe(0);
    expect(pool.refill()).toBe(12);
    expect(pool.available).toBe(12);
    expect(pool.refill()).toBe(0);
    pool.take(3);
    expect(pool.refill()).toBe(4); // 9 left is below size: one more batch
    expect(pool.available).toBe(13);
  });

  it('serves the requested count from what is ready, drawing nothing on the request path', () => {
    const c = counter();
    const pool = new NoisePool(c.sample, { size: 8 });
    pool.refill();
    const before = c.drawn();
    expect(pool.take(5)).toEqual([0n, 1n, 2n, 3n, 4n]);
    expect(c.drawn()).toBe(before);
    expect(pool.available).toBe(3);
    expect(pool.take(0)).toEqual([]);
  });

  it('falls back to drawing whole batches when it runs dry', () => {
    const c = counter();
    const pool = new NoisePool(c.sample, { size: 4, batch: 4 });
    expect(pool.take(6)).toEqual([0n, 1n, 2n, 3n, 4n, 5n]);
    expect(c.drawn()).toBe(8);
    expect(pool.available).toBe(2);
  });

  it('never hands out the same draw twice', () => {
    const c = counter();
    const pool = new NoisePool(c.sample, { size: 16, batch: 5 });
    const served: bigint[] = [];
    for (let round = 0; round < 50; round += 1) {
      served.push(...pool.take(round % 7));
      if (round % 3 === 0) pool.refill();
    }
    expect(new Set(served).size).toBe(served.length);
    // Served in draw order, with nothing skipped.
    expect(served).toEqual(served.map((_, i) => BigInt(i)));
  });

  it('pools real discrete Gaussian noise', () => {
    const pool = new NoisePool(() => sampleDiscreteGaussian(225n, 1n, cryptoRandom), { size: 64 });
    pool.refill();
    const noise = pool.take(64);
    expect(noise).toHaveLength(64);
    for (const x of noise) expect(typeof x).toBe('bigint');
  });

  it('checks its arguments', () => {
    const { sample } = counter();
    expect(() => new NoisePool(sample, { size: 0 })).toThrow(RangeError);
    expect(() => new NoisePool(sample, { size: 4, batch: 0 })).toThrow(RangeError);
    expect(() => new NoisePool(sample, { size: 1.5 })).toThrow(RangeError);
    expect(() => new NoisePool(null as unknown as () => bigint, { size: 4 })).toThrow(TypeError);
    const pool = new NoisePool(sample, { size: 4 });
    expect(() => pool.take(-1)).toThrow(RangeError);
    expect(() => pool.take(2.5)).toThrow(RangeError);
  });
});
