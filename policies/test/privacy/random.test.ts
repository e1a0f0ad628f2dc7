import { describe, expect, it } from 'vitest';
import { createRandomSource, cryptoRandom } from '../../src/privacy/index.js';
import { chiSquareFit, tally } from './stats.js';

/** A byte source that replays `script` (then zeros) and keeps every buffer it filled. */
function scripted(script: number[]) {
  let next = 0;
  const filled: Uint8Array[] = [];
  const rng = createRandomSource((bytes) => {
    filled.push(bytes);
    for (let i = 0; i < bytes.length; i += 1) bytes[i] = script[next++] ?? 0;
  });
  return { rng, filled };
}

describe('cryptoRandom.uniformBelow', () => {
  it.each([3n, 10n, 257n])('is uniform on [0, %i) (chi-square)', (n) => {
    const counts = tally(100_000, () => cryptoRandom.uniformBelow(n));
    for (const x of counts.keys()) expect(x >= 0n && x < n).toBe(true);
    const fit = chiSquareFit(counts, (x) => (x >= 0 && x < Number(n) ? 1 : 0), Number(n));
    expect(fit.bins).toBe(Number(n));
    expect(fit.pValue).toBeGreaterThan(1e-4);
  });

  it('covers a 200-bit range, top bits included', () => {
    const n = 3n * 2n ** 198n;
    const draws = Array.from({ length: 2000 }, () => cryptoRandom.uniformBelow(n));
    expect(draws.every((x) => x >= 0n && x < n)).toBe(true);
    // P(x ≥ n/2) = 1/2; 2000 draws put at least 800 there except with negligible probability.
    expect(draws.filter((x) => x >= n / 2n).length).toBeGreaterThan(800);
  });

  it('returns 0 for n = 1 without drawing', () => {
    const { rng, filled } = scripted([]);
    expect(rng.uniformBelow(1n)).toBe(0n);
    expect(filled).toHaveLength(0);
  });

  it('rejects n ≤ 0 and non-bigints', () => {
    expect(() => cryptoRandom.uniformBelow(0n)).toThrow(RangeError);
    expect(() => cryptoRandom.uniformBelow(-5n)).toThrow(RangeError);
    expect(() => cryptoRandom.uniformBelow(10 as unknown as bigint)).toThrow(TypeError);
    expect(() => createRandomSource('bytes' as unknown as () => void)).toThrow(TypeError);
  });
});

describe('createRandomSource: masking and rejection', () => {
  it('masks the top byte to the bits of n − 1 and rejects values ≥ n', () => {
    // n = 5: 3 bits. 0xff → 7 and 0x05 → 5 are rejected, 0xfc → 4 accepted.
    const { rng } = scripted([0xff, 0x05, 0xfc]);
    expect(rng.uniformBelow(5n)).toBe(4n);
  });

  it('draws whole big-endian bytes beyond the first', () => {
    // n = 300: n − 1 = 299 needs 9 bits, so 2 bytes with the top one masked to 1 bit.
    // [0x01, 0x2c] = 300 is rejected; [0xff, 0x2b] → [0x01, 0x2b] = 299 is accepted.
    const { rng, filled } = scripted([0x01, 0x2c, 0xff, 0x2b, 0x77]);
    expect(rng.uniformBelow(300n)).toBe(299n);
    // Exactly four bytes were used (and wiped); the fifth is still there for the next draw.
    expect([...filled[0]!.subarray(0, 5)]).toEqual([0, 0, 0, 0, 0x77]);
  });

  it('accepts exactly the values below n, each from exactly one masked byte', () => {
    // Every byte value once, n = 6 (3 bits): each of 0..5 comes from 32 bytes out of 256.
    const script = Array.from({ length: 256 }, (_, i) => i);
    const { rng } = scripted(script);
    const seen = new Map<bigint, number>();
    // 256 bytes yield 192 accepted values (6 of every 8 masked patterns).
    for (let i = 0; i < 192; i += 1) {
      const x = rng.uniformBelow(6n);
      seen.set(x, (seen.get(x) ?? 0) + 1);
    }
    expect([...seen.entries()].sort((a, b) => Number(a[0] - b[0]))).toEqual(
      [0n, 1n, 2n, 3n, 4n, 5n].map((x) => [x, 32]),
    );
  });

  it('wipes random bytes once they are used', () => {
    const { rng, filled } = scripted([0x11, 0x22, 0x33]);
    expect(rng.uniformBelow(256n)).toBe(0x11n);
    expect(rng.uniformBelow(256n)).toBe(0x22n);
    const block = filled[0]!;
    expect(block[0]).toBe(0);
    expect(block[1]).toBe(0);
    expect(block[2]).toBe(0x33);
  });
});
