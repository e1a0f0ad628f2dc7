// Privacy accounting on public parameters: zCDP for the discrete Gaussian, pure ε for the discrete
// Laplace, the conversion between them, and the rational scales the exact samplers take. This is
// plain float math on public numbers (nothing here touches data or noise); where a float becomes a
// sampler parameter it is rounded in the direction that adds noise, never less than was paid for.
import { checkBigInt, checkNumber } from './checks.js';

/** A non-negative rational num/den with den ≥ 1. */
export interface Rational {
  num: bigint;
  den: bigint;
}

function checkDelta(delta: number): void {
  checkNumber(delta, 'delta', 0);
  if (delta >= 1) throw new RangeError(`"delta" expected < 1, got ${delta}`);
}

/**
 * ε such that ρ-zCDP implies (ε, δ)-DP: ε = ρ + 2√(ρ·ln(1/δ)) (Bun and Steinke 2016, "Concentrated
 * Differential Privacy: Simplifications, Extensions, and Lower Bounds", Proposition 1.3).
 */
export function epsilonFromRho(rho: number, delta: number): number {
  checkNumber(rho, 'rho', 0, true);
  checkDelta(delta);
  return rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
}

/**
 * The largest ρ whose (ε, δ) conversion by `epsilonFromRho` is ε: with L = ln(1/δ), √ρ is the
 * positive root of r² + 2√L·r − ε = 0, written as ε/(√(L+ε) + √L) to avoid cancellation.
 */
export function rhoFromEpsilon(epsilon: number, delta: number): number {
  checkNumber(epsilon, 'epsilon', 0, true);
  checkDelta(delta);
  const l = Math.log(1 / delta);
  const root = epsilon / (Math.sqrt(l + epsilon) + Math.sqrt(l));
  return root * root;
}

/** ρ of the (discrete) Gaussian mechanism: Δ₂²/(2σ²) (CKS20 Theorem 4; Bun–Steinke Prop. 1.6). */
export function gaussianRho(sigma2: number, l2Sensitivity: number): number {
  checkNumber(sigma2, 'sigma2', 0);
  checkNumber(l2Sensitivity, 'l2Sensitivity', 0, true);
  return (l2Sensitivity * l2Sensitivity) / (2 * sigma2);
}

/** σ² giving ρ-zCDP at L2 sensitivity Δ₂: Δ₂²/(2ρ). */
export function gaussianSigma2For(rho: number, l2Sensitivity: number): number {
  checkNumber(rho, 'rho', 0);
  checkNumber(l2Sensitivity, 'l2Sensitivity', 0);
  return (l2Sensitivity * l2Sensitivity) / (2 * rho);
}

/** Discrete Laplace scale giving ε-DP at L1 sensitivity Δ₁: Δ₁/ε. */
export function laplaceScaleFor(epsilon: number, l1Sensitivity: number): number {
  checkNumber(epsilon, 'epsilon', 0);
  checkNumber(l1Sensitivity, 'l1Sensitivity', 0);
  return l1Sensitivity / epsilon;
}

/** The exact value of a finite double ≥ 0 as mantissa · 2^exponent, read from its bits. */
function exactParts(x: number): { mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  // Subnormals have no implicit leading 1 and the exponent of the smallest normal.
  return biased === 0
    ? { mantissa: fraction, exponent: -1074 }
    : { mantissa: fraction | (1n << 52n), exponent: biased - 1075 };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduced(num: bigint, den: bigint): Rational {
  const g = gcd(num, den);
  return g === 0n ? { num: 0n, den: 1n } : { num: num / g, den: den / g };
}

/**
 * A rational num/den ≥ x with den ≤ maxDen and num/den − x < 1/maxDen, computed exactly from the
 * bits of x (x itself when its binary denominator fits). Rounds up so a noise scale or variance
 * handed to a sampler is never below the one the privacy cost was computed for.
 */
export function rationalAtLeast(x: number, maxDen: bigint = 2n ** 20n): Rational {
  checkNumber(x, 'x', 0, true);
  checkBigInt(maxDen, 'maxDen', 1n);
  const { mantissa, exponent } = exactParts(x);
  if (exponent >= 0) return { num: mantissa << BigInt(exponent), den: 1n };
  const den = 1n << BigInt(-exponent);
  if (den <= maxDen) return reduced(mantissa, den);
  // ⌈mantissa · maxDen / den⌉ over maxDen.
  const scaled = mantissa * maxDen;
  return reduced((scaled + den - 1n) / den, maxDen);
}

/**
 * The smallest h ≥ 0 with P(|X| ≤ h) ≥ coverage for a symmetric integer distribution with weights
 * P(X = ±k) ∝ weight(k), weight(0) = 1, weight decreasing. Normalised by summing until the terms no
 * longer change the total.
 */
function symmetricHalfWidth(weight: (k: number) => number, coverage: number): number {
  const terms: number[] = [];
  let total = 1;
  for (let k = 1; ; k += 1) {
    const w = weight(k);
    if (total + 2 * w === total) break;
    terms.push(w);
    total += 2 * w;
  }
  let inside = 1;
  let h = 0;
  for (const w of terms) {
    if (inside / total >= coverage) break;
    inside += 2 * w;
    h += 1;
  }
  return h;
}

/**
 * Half-width of the central 95% interval of the discrete Gaussian with variance parameter σ²: the
 * smallest h with P(|X| ≤ h) ≥ 0.95, from the exact pmf. Told to users as the expected noise.
 */
export function gaussianHalfWidth95(sigma2: number): number {
  checkNumber(sigma2, 'sigma2', 0);
  return symmetricHalfWidth((k) => Math.exp(-(k * k) / (2 * sigma2)), 0.95);
}

/** Half-width of the central 95% interval of the discrete Laplace with scale t, from the exact pmf. */
export function laplaceHalfWidth95(scale: number): number {
  checkNumber(scale, 'scale', 0);
  return symmetricHalfWidth((k) => Math.exp(-k / scale), 0.95);
}
