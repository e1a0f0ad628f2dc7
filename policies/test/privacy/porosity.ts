// Mironov's attack on floating-point Laplace noise ("On Significance of the Least Significant Bits
// for Differential Privacy", CCS 2012). A textbook double-precision Laplace, c + (−b)·s·ln(u) with
// u = k/2⁵³, can only output a sparse, c-dependent set of doubles; an attacker who sees one output y
// and knows the true count is c0 or c0 + 1 checks which of the two sets contains y, and is certain
// whenever only one does. The same attacker is then run against the integer mechanisms.

const TWO_53 = 2 ** 53;

/** The naive mechanism, in double precision: sign s = ±1, k ∈ [1, 2⁵³). */
export function naiveLaplace(c: number, b: number, s: 1 | -1, k: number): number {
  return c + -b * s * Math.log(k / TWO_53);
}

// f(k) = naiveLaplace(c, b, s, k) is monotone in k (each double operation rounds monotonically),
// decreasing for s = 1 and increasing for s = −1, so the k's that give y form one interval: binary
// search finds its edge, and a few neighbours are tried as well in case Math.log is not perfectly
// monotone.
function reachableWithSign(y: number, c: number, b: number, s: 1 | -1): boolean {
  const rising = (k: number): number => -s * naiveLaplace(c, b, s, k);
  const target = -s * y;
  let lo = 1;
  let hi = TWO_53 - 1;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (rising(mid) < target) lo = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(1, lo - 4); k <= Math.min(TWO_53 - 1, lo + 4); k += 1) {
    if (naiveLaplace(c, b, s, k) === y) return true;
  }
  return false;
}

/** Whether the naive mechanism with true count c and scale b can output y. */
export function naiveCanOutput(y: number, c: number, b: number): boolean {
  return reachableWithSign(y, c, b, 1) || reachableWithSign(y, c, b, -1);
}

/**
 * The attacker's decision from one output: the true count if exactly one candidate can produce y,
 * otherwise undefined (no decision).
 */
export function decide<T>(y: T, c0: T, c1: T, canOutput: (y: T, c: T) => boolean): T | undefined {
  const from0 = canOutput(y, c0);
  const from1 = canOutput(y, c1);
  if (from0 === from1) return undefined;
  return from0 ? c0 : c1;
}
