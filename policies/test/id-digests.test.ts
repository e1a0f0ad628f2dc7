// Rule ids_not_digests: real digests (random bytes, HMAC-SHA256 outputs) are never refused;
// zero-padded numbers, decimal-only strings and long runs are, at the run limits exactly; the
// chi-square p-value against SciPy; the frequency test's false-refusal rate on random uploads, and
// structured uploads whose ids each pass alone (hex of text, UUIDs, a counter under a prefix, a
// biased generator) refused as a whole.
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { chiSquarePValue } from './privacy/stats.js';
import { describe, expect, it } from 'vitest';
import {
  chiSquareSurvival,
  idDigestFault,
  IdSample,
  idWords,
  MIN_EXPECTED_NIBBLES,
  NIBBLE_P_LIMIT,
  nibbleVerdict,
  REPEAT_RUN_LIMIT,
  SAMPLE_ROWS,
  ZERO_RUN_LIMIT,
} from '../src/index.js';

const fault = (hex: string) => idDigestFault(idWords(Buffer.from(hex, 'hex')))?.kind ?? null;

/** 64 hex digits of alternating a and 5 with `digit` repeated `length` times from `start`. */
function withRun(digit: string, start: number, length: number): string {
  const base = 'a5'.repeat(32);
  return base.slice(0, start) + digit.repeat(length) + base.slice(start + length);
}

/** Offers `ids` (32 bytes each, back to back) to a sample as the ingest does. */
function sampleOf(ids: Buffer): IdSample {
  const sample = new IdSample();
  const words = new Int32Array(8);
  for (let i = 0; i < ids.length; i += 32) sample.add(idWords(ids.subarray(i, i + 32), words));
  return sample;
}
const verdictOf = (ids: Buffer) => sampleOf(ids).verdict();
const total = (counts: Float64Array): number => counts.reduce((a, b) => a + b, 0);
/** `ids` in row order, each row the id at that index. */
const rowsOf = (ids: Buffer, order: readonly number[]): Buffer => Buffer.concat(order.map((i) => ids.subarray(i * 32, i * 32 + 32)));

describe('idWords', () => {
  it('reads the 32 bytes as 8 big-endian words, and checks its input', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => i);
    expect(Array.from(idWords(bytes))).toEqual(Array.from({ length: 8 }, (_, w) => Buffer.from(bytes).readInt32BE(w * 4)));
    expect(() => idWords(new Uint8Array(31))).toThrow(RangeError);
    expect(() => idWords('00' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => idWords(bytes, new Int32Array(7))).toThrow(RangeError);
    expect(() => idDigestFault(new Int32Array(4))).toThrow(RangeError);
  });
});

describe('idDigestFault', () => {
  it('never refuses a random 32-byte digest (100,000 of them)', () => {
    const words = new Int32Array(8);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (bytes) => idDigestFault(idWords(bytes, words)) === null),
      { numRuns: 100_000 },
    );
  });

  it('never refuses a real HMAC-SHA256 output (100,000 of them, node:crypto)', () => {
    const key = randomBytes(32);
    const words = new Int32Array(8);
    let refused = 0;
    for (let i = 0; i < 100_000; i++) {
      const mac = createHmac('sha256', key).update(`customer-${i}@example.com`).digest();
      if (idDigestFault(idWords(mac, words)) !== null) refused++;
    }
    expect(refused).toBe(0);
  });

  it('refuses zero-padded decimal numbers: phone numbers, customer numbers, any of up to 20 digits', () => {
    expect(fault('0'.repeat(54) + '5551234567')).toBe('decimal_only');
    expect(fault('0'.repeat(52) + '447946095812')).toBe('decimal_only');
    fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 20n }), (n) => fault(n.toString().padStart(64, '0')) !== null));
  });

  it('refuses decimal-only strings, padded or not', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...'0123456789'), { minLength: 64, maxLength: 64 }), (digits) => fault(digits.join('')) === 'decimal_only'));
  });

  it(`refuses a run of ${ZERO_RUN_LIMIT} zeros anywhere (across word boundaries too), not ${ZERO_RUN_LIMIT - 1}`, () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.nat(63), (length, at) => {
        const start = Math.min(at, 64 - length);
        expect(fault(withRun('0', start, length))).toBe(length >= ZERO_RUN_LIMIT ? 'zero_run' : null);
      }),
      { numRuns: 2000 },
    );
    // At the limit, from every place: the quick pre-check must let each of them through.
    for (let start = 0; start + ZERO_RUN_LIMIT <= 64; start++) {
      expect(fault(withRun('0', start, ZERO_RUN_LIMIT))).toBe('zero_run');
      expect(fault(withRun('0', start, ZERO_RUN_LIMIT - 1))).toBeNull();
    }
    expect(fault(randomBytes(26).toString('hex') + '0'.repeat(12))).not.toBeNull();
  });

  it(`refuses a run of ${REPEAT_RUN_LIMIT} of any other digit, not ${REPEAT_RUN_LIMIT - 1}`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...'12346789bcdef'), fc.integer({ min: 1, max: 40 }), fc.nat(63), (digit, length, at) => {
        const start = Math.min(at, 64 - length);
        expect(fault(withRun(digit, start, length))).toBe(length >= REPEAT_RUN_LIMIT ? 'repeated_run' : null);
      }),
      { numRuns: 2000 },
    );
    for (let start = 0; start + REPEAT_RUN_LIMIT <= 64; start++) {
      expect(fault(withRun('f', start, REPEAT_RUN_LIMIT))).toBe('repeated_run');
      expect(fault(withRun('f', start, REPEAT_RUN_LIMIT - 1))).toBeNull();
    }
    expect(fault('f'.repeat(64))).toBe('repeated_run');
    expect(fault('ab'.repeat(32))).toBeNull(); // a pattern, but no run: left to the upload's frequency test
  });

  it('says what is wrong without quoting the id', () => {
    const id = '0'.repeat(54) + '5551234567';
    const found = idDigestFault(idWords(Buffer.from(id, 'hex')));
    expect(found?.message).toMatch(/not a uniformly random digest/);
    expect(found?.message).not.toContain('5551234567');
  });
});

describe('chiSquareSurvival', () => {
  it("agrees with the test suite's own chi-square tail (policies/test/privacy/stats.ts), which the sampler tests rely on", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.double({ min: 0, max: 600, noNaN: true }), (df, x) => {
        const a = chiSquareSurvival(x, df);
        const b = chiSquarePValue(x, df);
        return Math.abs(a - b) <= 1e-9 * Math.max(a, b) + 1e-300;
      }),
    );
  });


  // scipy.stats.chi2.sf(x, df), SciPy 1.17.1.
  it.each([
    [237.324058510462, 120, 9.999999999999616e-10],
    [200, 120, 6.341503427369146e-6],
    [120, 120, 0.4828307273706128],
    [50, 120, 0.9999999978879416],
    [73.63000014354664, 15, 1.0000000000000009e-9],
    [1, 1, 0.31731050786291115],
    [0.5, 1, 0.47950012218695337],
  ])('Q(%d; %d) = %d', (x, df, expected) => {
    expect(Math.abs(chiSquareSurvival(x, df) - expected) / expected).toBeLessThan(1e-12);
  });

  it('is e^(-x/2) for 2 degrees of freedom, 1 at 0, 0 far out', () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 1400, noNaN: true }), (x) => Math.abs(chiSquareSurvival(x, 2) - Math.exp(-x / 2)) <= 1e-12 * Math.exp(-x / 2)));
    expect(chiSquareSurvival(0, 120)).toBe(1);
    expect(chiSquareSurvival(5000, 120)).toBe(0);
  });

  it('checks its input', () => {
    expect(() => chiSquareSurvival(-1, 3)).toThrow(RangeError);
    expect(() => chiSquareSurvival(Number.NaN, 3)).toThrow(RangeError);
    expect(() => chiSquareSurvival(1, 0)).toThrow(RangeError);
    expect(() => chiSquareSurvival(1, 1.5)).toThrow(RangeError);
  });
});

describe('IdSample and nibbleVerdict', () => {
  it('counts each distinct sampled id once, all 64 of its nibbles, into its words’ 16 cells', () => {
    const sample = new IdSample();
    const a = Buffer.from('0123456789abcdef'.repeat(4), 'hex');
    const b = Buffer.from('fedcba9876543210'.repeat(4), 'hex');
    for (let r = 0; r < 9; r++) sample.add(idWords(a));
    sample.add(idWords(b));
    // Each word of a is 01234567 or 89abcdef, b's the reverse: every word sees each digit once.
    const expected = new Float64Array(128);
    for (let w = 0; w < 8; w++) for (let v = 0; v < 16; v++) expected[w * 16 + v] = 1;
    expect(sample.nibbleCounts()).toEqual(expected);
  });

  it(`holds rows 0, s, 2s, … of at most ${SAMPLE_ROWS} rows, the stride doubling as the upload grows`, () => {
    expect(total(sampleOf(randomBytes(32 * SAMPLE_ROWS)).nibbleCounts())).toBe(SAMPLE_ROWS * 64);
    // 3 × 16,384 rows: the stride is 4 by then, so the rows held are the multiples of 4.
    expect(total(sampleOf(randomBytes(32 * 3 * SAMPLE_ROWS)).nibbleCounts())).toBe((3 * SAMPLE_ROWS * 64) / 4);
    // Only in those rows does the first word read aaaaaaaa: its cells count nothing else.
    const ids = randomBytes(32 * 3 * SAMPLE_ROWS);
    for (let r = 0; r < 3 * SAMPLE_ROWS; r += 4) ids.fill(0xaa, r * 32, r * 32 + 4);
    const firstWord = Array.from(sampleOf(ids).nibbleCounts().subarray(0, 16));
    expect(firstWord).toEqual(Array.from({ length: 16 }, (_, v) => (v === 0xa ? ((3 * SAMPLE_ROWS) / 4) * 8 : 0)));
  });

  it(`is tested from 100 distinct ids (each cell then expects ${MIN_EXPECTED_NIBBLES}); the statistic by hand`, () => {
    expect(verdictOf(randomBytes(32 * 99))).toEqual({ refused: false, tested: false, statistic: 0, degreesOfFreedom: 0, p: 1 });
    expect(verdictOf(randomBytes(32 * 100))).toMatchObject({ tested: true, degreesOfFreedom: 8 * 15 });
    // One word's cells: 16 × 50 expected, two of them off by 10 → (100 + 100) / 50 = 4 on 15 df.
    const counts = new Array<number>(16).fill(50);
    counts[0] = 60;
    counts[1] = 40;
    expect(nibbleVerdict(counts)).toEqual({ refused: false, tested: true, statistic: 4, degreesOfFreedom: 15, p: chiSquareSurvival(4, 15) });
    expect(() => nibbleVerdict(new Array<number>(17).fill(1))).toThrow(RangeError);
    expect(() => nibbleVerdict([-1, ...new Array<number>(15).fill(100)])).toThrow(RangeError);
  });

  it('refuses none of 1,000 random uploads of 1,000 ids, whose p-values are uniform', () => {
    const p: number[] = [];
    for (let u = 0; u < 1000; u++) {
      const v = verdictOf(randomBytes(32 * 1000));
      expect(v.tested).toBe(true);
      expect(v.refused).toBe(false);
      p.push(v.p);
    }
    // Binomial(1000, 0.1) and (1000, 0.5): each band is over 4 standard deviations wide.
    const below = (q: number) => p.filter((x) => x < q).length;
    expect(below(0.1)).toBeGreaterThan(60);
    expect(below(0.1)).toBeLessThan(140);
    expect(below(0.5)).toBeGreaterThan(435);
    expect(below(0.5)).toBeLessThan(565);
    expect(Math.min(...p)).toBeGreaterThan(NIBBLE_P_LIMIT);
  });

  it('does not refuse real HMAC outputs of a large upload', () => {
    const key = randomBytes(32);
    const macs = Buffer.concat(Array.from({ length: 200_000 }, (_, i) => createHmac('sha256', key).update(String(i)).digest()));
    expect(verdictOf(macs)).toMatchObject({ tested: true, refused: false });
  });

  it('judges an upload whose rows repeat ids by its distinct ids: repeats neither refuse it nor count', () => {
    const ids = randomBytes(32 * 1999);
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    // Each id 20 times, in turn (39,980 rows: the sample holds every 4th, which still meets every
    // id), or shuffled.
    const inTurn = range(39_980).map((r) => r % 1999);
    expect(total(sampleOf(rowsOf(ids, inTurn)).nibbleCounts())).toBe(1999 * 64);
    expect(verdictOf(rowsOf(ids, inTurn))).toMatchObject({ tested: true, refused: false });
    fc.assert(
      fc.property(fc.shuffledSubarray(inTurn, { minLength: inTurn.length, maxLength: inTurn.length }), (shuffled) => {
        expect(verdictOf(rowsOf(ids, shuffled))).toMatchObject({ tested: true, refused: false });
      }),
      { numRuns: 3 },
    );
    // 90 ids sent 20 times each are 90 ids: too few to test, whatever the rows.
    expect(verdictOf(rowsOf(ids, range(1800).map((r) => r % 90)))).toMatchObject({ tested: false, refused: false });
  });

  it('refuses structured uploads whose ids each pass alone', () => {
    const n = 5000;
    const hexIds = (make: (i: number) => string) => Buffer.concat(Array.from({ length: n }, (_, i) => Buffer.from(make(i), 'hex')));
    const uploads: Record<string, Buffer> = {
      // The bytes of text, such as a padded email.
      'hex of text': Buffer.concat(Array.from({ length: n }, (_, i) => Buffer.from(`customer.${i}@example.com`.padEnd(32, '.'), 'latin1'))),
      // Two version-4 UUIDs: the version and variant digits sit at fixed places.
      'UUIDs': hexIds(() => (randomUUID() + randomUUID()).replaceAll('-', '')),
      // A counter under a fixed prefix (the counter starts high enough to leave fewer than 12 zeros).
      'a counter under a prefix': hexIds((i) => '5eed'.repeat(12) + (1_000_000 + i).toString(16).padStart(16, '0')),
    };
    for (const [name, ids] of Object.entries(uploads)) {
      const words = new Int32Array(8);
      for (let i = 0; i < ids.length; i += 32) expect(idDigestFault(idWords(ids.subarray(i, i + 32), words)), name).toBeNull();
      const v = verdictOf(ids);
      expect(v.refused, name).toBe(true);
      if (v.refused) expect(v.message).toMatch(/property of the whole upload/);
    }
    // A biased generator: random bytes with the top bit of the first cleared. The noncentrality is
    // n / 64, so 50,000 ids are refused with near certainty.
    const biased = randomBytes(32 * 50_000);
    for (let i = 0; i < biased.length; i += 32) biased[i]! &= 0x7f;
    expect(verdictOf(biased).refused).toBe(true);
  });
});
