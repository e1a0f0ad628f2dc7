// Test statistics for the sampler tests: Pearson's chi-square goodness of fit against an exact
// pmf, with its p-value from the regularized upper incomplete gamma function Q(a, x) (series and
// Lentz continued fraction, as in Numerical Recipes §6.2). Kept here, not imported, so the test
// depends on nothing it could share a bug with; stats.test.ts checks it against known values.

const EPS = 1e-15;
const TINY = 1e-300;

// Lanczos approximation, g = 7, n = 9 (relative error below 1e-15 for a > 0).
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(a) for a > 0. */
export function lnGamma(a: number): number {
  if (a < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * a)) - lnGamma(1 - a);
  const z = a - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), for a > 0, x ≥ 0. */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    // Series for P(a, x); Q = 1 − P converges fast on this side.
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 10_000; n += 1) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * front;
  }
  // Continued fraction for Q(a, x), modified Lentz.
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 10_000; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return front * h;
}

/** P(χ²_df ≥ statistic). */
export function chiSquarePValue(statistic: number, df: number): number {
  return gammaQ(df / 2, statistic / 2);
}

export interface GoodnessOfFit {
  statistic: number;
  df: number;
  pValue: number;
  bins: number;
}

/**
 * Pearson's chi-square test of integer observations against the pmf ∝ weight(x) on [−range, range]
 * (normalised by summation over that range, which the caller makes wide enough for the mass outside
 * to be negligible). Neighbouring values are pooled, tails included, until every bin expects at
 * least `minExpected`; observations outside the range count in the outermost bins.
 */
export function chiSquareFit(
  counts: ReadonlyMap<bigint, number>,
  weight: (x: number) => number,
  range: number,
  minExpected = 5,
): GoodnessOfFit {
  let total = 0;
  for (const c of counts.values()) total += c;
  const weights: number[] = [];
  let z = 0;
  for (let x = -range; x <= range; x += 1) {
    const w = weight(x);
    weights.push(w);
    z += w;
  }
  const observedAt = (x: number): number => counts.get(BigInt(x)) ?? 0;
  let below = 0;
  let above = 0;
  for (const [x, c] of counts) {
    if (x < BigInt(-range)) below += c;
    if (x > BigInt(range)) above += c;
  }

  const bins: { expected: number; observed: number }[] = [];
  let expected = 0;
  let observed = below;
  for (let i = 0; i < weights.length; i += 1) {
    const x = i - range;
    expected += (total * weights[i]!) / z;
    observed += observedAt(x) + (x === range ? above : 0);
    if (expected >= minExpected) {
      bins.push({ expected, observed });
      expected = 0;
      observed = 0;
    }
  }
  const last = bins.at(-1);
  if (last === undefined) throw new Error('too few observations for any bin');
  last.expected += expected;
  last.observed += observed;

  let statistic = 0;
  for (const bin of bins) statistic += (bin.observed - bin.expected) ** 2 / bin.expected;
  const df = bins.length - 1;
  return { statistic, df, pValue: chiSquarePValue(statistic, df), bins: bins.length };
}

/** Counts of each value among `n` draws. */
export function tally(n: number, draw: () => bigint): Map<bigint, number> {
  const counts = new Map<bigint, number>();
  for (let i = 0; i < n; i += 1) {
    const x = draw();
    counts.set(x, (counts.get(x) ?? 0) + 1);
  }
  return counts;
}
