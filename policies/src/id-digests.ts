// Whether uploaded ids are plausibly what the SDK sends (DESIGN §2 steps 3–4): HMAC-SHA256 outputs,
// 32 bytes that look uniformly random. Rule `ids_not_digests`, two checks. Pure: the ingest decodes
// each id and hands it over, these functions sample and decide.
//
// - Per id, over its 64 hex digits (nibbles, most significant first): refused when they hold a run of
//   ≥ 12 zeros, a run of ≥ 13 of any one digit, or only the digits 0–9. For a uniform digest a run of
//   N equal nibbles can start at 65 − N places, so by the union bound
//     P(a run of ≥ 12 zeros)        ≤ 53 · 16⁻¹² ≈ 1.9e-13
//     P(a run of ≥ 13 of one digit) ≤ 52 · 16⁻¹² ≈ 1.8e-13  (the first digit is free)
//     P(all 64 decimal)             = (10/16)⁶⁴  ≈ 8.6e-14
//   so a real digest is refused with probability < 4.6e-13 (a run of 11 zeros would already cost
//   54 · 16⁻¹¹ ≈ 3.1e-12). An HMAC is deterministic, so such an unlucky id is refused every time:
//   an upload of 10M real ids holds one with probability < 4.6e-6.
// - Per upload, Pearson's chi-square over the nibble frequencies of a bounded sample: up to 16,384
//   rows chosen by position alone (every row, then every 2nd, 4th, … as the upload grows: one mask
//   test a row), their ids de-duplicated, each distinct id counting its 64 nibbles. Chosen without
//   looking at the ids and counted once each, the sampled ids of an honest upload are independent
//   uniform digests however often its rows repeat an id (rows sorted by id only spread them more
//   evenly, which lowers the statistic). A cell is (word, nibble): 8 × 16 cells, 15
//   degrees of freedom per word. Refused when p < 1e-9. Tested from 100 distinct sampled ids (each
//   cell then expects ≥ 50): the chi-square law is only the statistic's limit, and with 50 per cell
//   the exact tail at the 1e-9 threshold is ≈ 1.9e-9 (Poisson cells convolved numerically), 1.2e-9
//   with 100, tending to 1e-9 as the sample grows (≥ 4,096 per cell once it is full).

/** A run of this many zero nibbles refuses an id. */
export const ZERO_RUN_LIMIT = 12;
/** A run of this many equal nibbles (any digit) refuses an id. */
export const REPEAT_RUN_LIMIT = 13;
/** An upload whose nibble frequencies have a chi-square p-value below this is refused. */
export const NIBBLE_P_LIMIT = 1e-9;
/** The frequency test counts a word's cells once each expects at least this many nibbles. */
export const MIN_EXPECTED_NIBBLES = 50;
/** Rows the frequency test's sample holds at most (a power of two; 512 KiB of ids). */
export const SAMPLE_ROWS = 16_384;
/** Cells of the frequency test: 8 words × 16 nibble values, word-major. */
const NIBBLE_CELLS = 128;

const ID_BYTES = 32;
const ID_WORDS = 8;
const ADVICE = 'hash identifiers with the SDK before uploading';

/** Why one id is not a plausible digest; the message never quotes the id. */
export interface IdDigestFault {
  readonly kind: 'zero_run' | 'repeated_run' | 'decimal_only';
  readonly message: string;
}

// Shared: the hot path returns one of these and allocates nothing.
const ZERO_RUN: IdDigestFault = {
  kind: 'zero_run',
  message: `the id is not a uniformly random digest: it holds a run of ${ZERO_RUN_LIMIT} or more zero hex digits, as a zero-padded number does; ${ADVICE}`,
};
const REPEATED_RUN: IdDigestFault = {
  kind: 'repeated_run',
  message: `the id is not a uniformly random digest: it holds a run of ${REPEAT_RUN_LIMIT} or more equal hex digits; ${ADVICE}`,
};
const DECIMAL_ONLY: IdDigestFault = {
  kind: 'decimal_only',
  message: `the id is not a uniformly random digest: its 64 hex digits are all 0–9, as a (zero-padded) number's are; ${ADVICE}`,
};

/** The 32 bytes of an id as the 8 big-endian words the checks read (the ingest decodes straight into them). */
export function idWords(bytes: Uint8Array, into: Int32Array = new Int32Array(ID_WORDS)): Int32Array {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`"bytes" expected Uint8Array, got ${typeof bytes}`);
  if (bytes.length !== ID_BYTES) throw new RangeError(`"bytes" expected ${ID_BYTES} bytes, got ${bytes.length}`);
  checkWords(into);
  for (let w = 0; w < ID_WORDS; w++) into[w] = (bytes[w * 4]! << 24) | (bytes[w * 4 + 1]! << 16) | (bytes[w * 4 + 2]! << 8) | bytes[w * 4 + 3]!;
  return into;
}

function checkWords(words: Int32Array): void {
  if (!(words instanceof Int32Array) || words.length !== ID_WORDS) throw new RangeError(`expected an Int32Array of ${ID_WORDS} words`);
}

/**
 * Why the id in `words` (8 big-endian words, as {@link idWords} makes them) cannot be a uniform
 * digest, or null. Catches structured non-digests: zero-padded numbers (a phone number or a
 * customer number left-padded to 64 hex digits), decimal-only strings, constant or repeated
 * fillers. Cannot tell a real salted HMAC from any other pseudo-random 32 bytes: the unsalted
 * SHA-256 of an email passes, and so does any hash of anything. A real digest is refused with
 * probability < 4.6e-13 (module header).
 */
export function idDigestFault(words: Int32Array): IdDigestFault | null {
  checkWords(words);
  let letters = 0;
  let flatHalf = false;
  for (let w = 0; w < ID_WORDS; w++) {
    const x = words[w]!;
    // A nibble is a–f (≥ 10) when its top bit and one of the next two are set.
    letters |= x & ((x << 1) | (x << 2)) & 0x88888888;
    // A run of ≥ 12 nibbles covers two consecutive aligned groups of 4, one of them a word's upper
    // half: only ids with an upper half of 4 equal nibbles, ~0.2% of real ones, need the exact scan.
    const hi = x >>> 16;
    if (hi === (hi & 15) * 0x1111) flatHalf = true;
  }
  if (letters === 0) return DECIMAL_ONLY;
  return flatHalf ? longRun(words) : null;
}

function longRun(words: Int32Array): IdDigestFault | null {
  let previous = -1;
  let run = 0;
  for (let i = 0; i < ID_WORDS * 8; i++) {
    const v = (words[i >> 3]! >>> (28 - 4 * (i & 7))) & 15;
    run = v === previous ? run + 1 : 1;
    previous = v;
    if (v === 0 && run >= ZERO_RUN_LIMIT) return ZERO_RUN;
    if (run >= REPEAT_RUN_LIMIT) return REPEATED_RUN;
  }
  return null;
}

/** The frequency test's answer. `tested` is false while too few distinct ids were sampled; nothing is refused then. */
export type NibbleVerdict =
  | { readonly refused: false; readonly tested: boolean; readonly statistic: number; readonly degreesOfFreedom: number; readonly p: number }
  | { readonly refused: true; readonly tested: true; readonly statistic: number; readonly degreesOfFreedom: number; readonly p: number; readonly message: string };

/**
 * The frequency test's sample of an upload's ids: rows 0, s, 2s, … for a stride s that doubles (the
 * held rows halved) whenever {@link SAMPLE_ROWS} are held. Catches what is structured over many ids
 * though each id passes alone: hex of text, UUIDs, a fixed prefix, a biased generator. Cannot catch
 * pseudo-random bytes that are not a salted HMAC (an unsalted SHA-256 passes).
 */
export class IdSample {
  readonly #ids = new Int32Array(SAMPLE_ROWS * ID_WORDS);
  #held = 0;
  #rows = 0;
  /** The stride − 1. */
  #mask = 0;

  /** Offers the next row's id (8 words, as {@link idWords} makes them). */
  add(words: Int32Array): void {
    checkWords(words);
    const row = this.#rows++;
    if ((row & this.#mask) !== 0) return;
    if (this.#held === SAMPLE_ROWS) this.#halve();
    const ids = this.#ids;
    const at = this.#held * ID_WORDS;
    for (let w = 0; w < ID_WORDS; w++) ids[at + w] = words[w]!;
    this.#held++;
  }

  /** Keeps the held rows at even places: with the stride doubled, those are the rows it selects. */
  #halve(): void {
    const ids = this.#ids;
    for (let i = 1; i < SAMPLE_ROWS / 2; i++) for (let w = 0; w < ID_WORDS; w++) ids[i * ID_WORDS + w] = ids[2 * i * ID_WORDS + w]!;
    this.#held = SAMPLE_ROWS / 2;
    this.#mask = this.#mask * 2 + 1;
  }

  /** The cells {@link nibbleVerdict} reads: each distinct sampled id's 64 nibbles, word-major. */
  nibbleCounts(): Float64Array {
    const ids = this.#ids;
    const order = Array.from({ length: this.#held }, (_, i) => i).sort((a, b) => compareIds(ids, a, b));
    const counts = new Float64Array(NIBBLE_CELLS);
    let previous = -1;
    for (const i of order) {
      // Sorted, a repeated id sits next to its first copy: counted once.
      if (previous >= 0 && compareIds(ids, previous, i) === 0) continue;
      previous = i;
      for (let w = 0; w < ID_WORDS; w++) {
        const x = ids[i * ID_WORDS + w]!;
        for (let shift = 28; shift >= 0; shift -= 4) {
          const cell = (w << 4) + ((x >>> shift) & 15);
          counts[cell] = counts[cell]! + 1;
        }
      }
    }
    return counts;
  }

  verdict(): NibbleVerdict {
    return nibbleVerdict(this.nibbleCounts());
  }
}

/** Orders held ids a and b (any total order: it only brings equal ids together). */
function compareIds(ids: Int32Array, a: number, b: number): number {
  for (let w = 0; w < ID_WORDS; w++) {
    const d = ids[a * ID_WORDS + w]! - ids[b * ID_WORDS + w]!;
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Pearson's chi-square of nibble counts against uniform digests: `counts` is groups of 16 cells (a
 * group is one word position, as {@link IdSample} fills them); each group's expectation is its
 * own total / 16, and a group enters once that is ≥ {@link MIN_EXPECTED_NIBBLES}. Refused when the
 * upper-tail p is below {@link NIBBLE_P_LIMIT}.
 */
export function nibbleVerdict(counts: ArrayLike<number>): NibbleVerdict {
  if (counts.length === 0 || counts.length % 16 !== 0) throw new RangeError(`"counts" expected a non-empty multiple of 16 cells, got ${counts.length}`);
  let statistic = 0;
  let degreesOfFreedom = 0;
  for (let g = 0; g < counts.length; g += 16) {
    let total = 0;
    for (let v = 0; v < 16; v++) {
      const n = counts[g + v]!;
      if (!Number.isFinite(n) || n < 0) throw new RangeError(`"counts" expected counts ≥ 0, got ${n}`);
      total += n;
    }
    const expected = total / 16;
    if (expected < MIN_EXPECTED_NIBBLES) continue;
    for (let v = 0; v < 16; v++) statistic += (counts[g + v]! - expected) ** 2 / expected;
    degreesOfFreedom += 15;
  }
  if (degreesOfFreedom === 0) return { refused: false, tested: false, statistic: 0, degreesOfFreedom: 0, p: 1 };
  const p = chiSquareSurvival(statistic, degreesOfFreedom);
  if (p >= NIBBLE_P_LIMIT) return { refused: false, tested: true, statistic, degreesOfFreedom, p };
  const message =
    `the ids are not uniformly random digests, a property of the whole upload rather than of one line: the frequencies of their hex digits ` +
    `give chi-square ${statistic.toFixed(1)} on ${degreesOfFreedom} degrees of freedom, ${p < 1e-300 ? 'p < 1e-300' : `p = ${p.toExponential(1)}`} (refused below ${NIBBLE_P_LIMIT}); ${ADVICE}`;
  return { refused: true, tested: true, statistic, degreesOfFreedom, p, message };
}

/**
 * P(X ≥ x) for X chi-square with `df` degrees of freedom: the regularized upper incomplete gamma
 * Q(df/2, x/2), by its series below a + 1 and its continued fraction above (Numerical Recipes,
 * 3rd ed., §6.2), with ln Γ from Lanczos (g = 7, n = 9); within 1e-12 of SciPy's chi2.sf in the tests.
 */
export function chiSquareSurvival(x: number, df: number): number {
  if (!Number.isFinite(x) || x < 0) throw new RangeError(`"x" expected a finite number ≥ 0, got ${x}`);
  if (!Number.isInteger(df) || df < 1 || df > 1000) throw new RangeError(`"df" expected an integer in [1, 1000], got ${df}`);
  const a = df / 2;
  const h = x / 2;
  if (h === 0) return 1;
  const prefactor = Math.exp(-h + a * Math.log(h) - logGamma(a));
  return h < a + 1 ? 1 - prefactor * lowerSeries(a, h) : prefactor * upperFraction(a, h);
}

// Two ulps of 1: a continued-fraction step within them has converged.
const EPSILON = 2 * Number.EPSILON;
const TINY = 1e-300;
const MAX_TERMS = 10_000;

/** Σ xⁿ / (a (a+1) … (a+n)): P(a, x) = e⁻ˣ xᵃ / Γ(a) times this. */
function lowerSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  for (let n = 1; n < MAX_TERMS; n++) {
    term *= x / (a + n);
    sum += term;
    if (term < sum * EPSILON) return sum;
  }
  throw new RangeError('the chi-square series did not converge');
}

/** The continued fraction of Q(a, x) / (e⁻ˣ xᵃ / Γ(a)), by the modified Lentz method. */
function upperFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_TERMS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) return h;
  }
  throw new RangeError('the chi-square continued fraction did not converge');
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(z) for z ≥ 1/2 (the only arguments: half the degrees of freedom). */
function logGamma(z: number): number {
  const y = z - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}
