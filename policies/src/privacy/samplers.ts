// Exact samplers for integer-valued DP noise, after Canonne, Kamath and Steinke, "The Discrete
// Gaussian for Differential Privacy" (NeurIPS 2020, arXiv:2004.00010), Algorithms 1–3, in the
// decomposition OpenDP uses (`sample_bernoulli_exp`, `sample_geometric_exp_fast`,
// `sample_discrete_laplace`, `sample_discrete_gaussian`). Every step is a comparison of uniform
// bigints against rational thresholds: no floating point, so no rounding artefacts for an
// attacker to read (Mironov 2012), and the output distribution is exactly the stated one.
import { checkBigInt } from './checks.js';
import type { RandomSource } from './random.js';

/** Bernoulli(num/den) for 0 ≤ num ≤ den. */
function bernoulli(num: bigint, den: bigint, rng: RandomSource): boolean {
  return rng.uniformBelow(den) < num;
}

/**
 * Bernoulli(exp(−num/den)) for num/den ∈ [0, 1] (CKS20 Algorithm 1, first case): the parity of the
 * first K with A_K = 0, where A_k ~ Bernoulli(γ/k), has P(K odd) = exp(−γ).
 */
function bernoulliExpAtMostOne(num: bigint, den: bigint, rng: RandomSource): boolean {
  let k = 1n;
  while (bernoulli(num, den * k, rng)) k += 1n;
  return k % 2n === 1n;
}

function bernoulliExpUnchecked(num: bigint, den: bigint, rng: RandomSource): boolean {
  // exp(−γ) = exp(−1)^⌊γ⌋ · exp(−(γ − ⌊γ⌋)): one Bernoulli(exp(−1)) per whole unit, stopping at
  // the first failure (CKS20 Algorithm 1, second case).
  let rest = num;
  while (rest >= den) {
    if (!bernoulliExpAtMostOne(1n, 1n, rng)) return false;
    rest -= den;
  }
  return bernoulliExpAtMostOne(rest, den, rng);
}

/** Bernoulli(exp(−num/den)) for a rational num/den ≥ 0 (num ≥ 0, den ≥ 1). */
export function bernoulliExp(num: bigint, den: bigint, rng: RandomSource): boolean {
  checkBigInt(num, 'num', 0n);
  checkBigInt(den, 'den', 1n);
  return bernoulliExpUnchecked(num, den, rng);
}

/** Geometric: the number of successes of Bernoulli(exp(−1)) before the first failure. */
function geometricExpOne(rng: RandomSource): bigint {
  let k = 0n;
  while (bernoulliExpAtMostOne(1n, 1n, rng)) k += 1n;
  return k;
}

/**
 * Geometric with P(Y = y) ∝ exp(−y·s/t) (CKS20 Algorithm 2, lines 2–6). U is uniform on [0, t)
 * conditioned by Bernoulli(exp(−U/t)), V ~ Geometric(1 − exp(−1)); then U + t·V is geometric with
 * parameter 1 − exp(−1/t), and dividing by s scales the rate to s/t.
 */
function geometricExp(s: bigint, t: bigint, rng: RandomSource): bigint {
  let u: bigint;
  do u = rng.uniformBelow(t);
  while (!bernoulliExpUnchecked(u, t, rng));
  return (u + t * geometricExpOne(rng)) / s;
}

function discreteLaplaceUnchecked(scaleNum: bigint, scaleDen: bigint, rng: RandomSource): bigint {
  // A signed geometric, rejecting "−0" so that 0 is not counted twice (CKS20 Algorithm 2).
  for (;;) {
    const negative = rng.uniformBelow(2n) === 1n;
    const magnitude = geometricExp(scaleDen, scaleNum, rng);
    if (!negative) return magnitude;
    if (magnitude !== 0n) return -magnitude;
  }
}

/**
 * Discrete Laplace with scale t = scaleNum/scaleDen: P(X = x) ∝ exp(−|x|/t) on the integers.
 * With t = Δ₁/ε it is ε-DP for integer queries of L1 sensitivity Δ₁.
 */
export function sampleDiscreteLaplace(scaleNum: bigint, scaleDen: bigint, rng: RandomSource): bigint {
  checkBigInt(scaleNum, 'scaleNum', 1n);
  checkBigInt(scaleDen, 'scaleDen', 1n);
  return discreteLaplaceUnchecked(scaleNum, scaleDen, rng);
}

/** ⌊√n⌋ for n ≥ 0, by Newton's iteration on bigints. */
function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  let x = n;
  let y = (x + 1n) / 2n;
  while (y < x) {
    x = y;
    y = (x + n / x) / 2n;
  }
  return x;
}

/**
 * Discrete Gaussian with variance parameter σ² = sigma2Num/sigma2Den: P(X = x) ∝ exp(−x²/(2σ²)) on
 * the integers (CKS20 Algorithm 3). Proposals are discrete Laplace with integer scale t = ⌊σ⌋ + 1,
 * accepted with probability exp(−(|x| − σ²/t)²/(2σ²)). Satisfies Δ²/(2σ²)-zCDP for integer queries
 * of L2 sensitivity Δ (CKS20 Theorem 4).
 */
export function sampleDiscreteGaussian(sigma2Num: bigint, sigma2Den: bigint, rng: RandomSource): bigint {
  checkBigInt(sigma2Num, 'sigma2Num', 1n);
  checkBigInt(sigma2Den, 'sigma2Den', 1n);
  // ⌊√(a/b)⌋ = ⌊√⌊a/b⌋⌋, since n ≤ √x ⇔ n² ≤ x ⇔ n² ≤ ⌊x⌋ for integers n.
  const t = isqrt(sigma2Num / sigma2Den) + 1n;
  // With σ² = a/b the exponent (|x| − a/(bt))² · b/(2a) is (|x|·t·b − a)² / (2·a·b·t²).
  const biasDen = 2n * sigma2Num * sigma2Den * t * t;
  for (;;) {
    const candidate = discreteLaplaceUnchecked(t, 1n, rng);
    const magnitude = candidate < 0n ? -candidate : candidate;
    const gap = magnitude * t * sigma2Den - sigma2Num;
    if (bernoulliExpUnchecked(gap * gap, biasDen, rng)) return candidate;
  }
}
