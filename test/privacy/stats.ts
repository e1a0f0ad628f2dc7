// Statistics of the attack harness: the membership advantage (TPR − FPR) of an attacker's guesses,
// its Clopper–Pearson confidence bounds from exact binomial tails, and the largest advantage that
// (ε, δ)-DP allows.

function lnFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}

/** P(X ≥ x) for X ~ Binomial(n, p), summed exactly in log space. */
function upperTail(n: number, x: number, p: number): number {
  if (x <= 0) return 1;
  if (x > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const lnN = lnFactorial(n);
  let sum = 0;
  for (let k = x; k <= n; k++) sum += Math.exp(lnN - lnFactorial(k) - lnFactorial(n - k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  return Math.min(1, sum);
}

function bisect(f: (p: number) => boolean): number {
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (f(mid)) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/** Two-sided Clopper–Pearson interval for x successes in n trials at confidence 1 − alpha. */
export function clopperPearson(x: number, n: number, alpha = 0.05): { lower: number; upper: number } {
  const lower = x === 0 ? 0 : bisect((p) => upperTail(n, x, p) >= alpha / 2);
  const upper = x === n ? 1 : bisect((p) => 1 - upperTail(n, x + 1, p) <= alpha / 2);
  return { lower, upper };
}

export interface Trial {
  readonly member: boolean;
  readonly guess: boolean;
}

export interface AdvantageEstimate {
  readonly trials: number;
  readonly advantage: number;
  /** Lower confidence bound of TPR − FPR (TPR's lower bound minus FPR's upper bound, each at 1 − α/2). */
  readonly lowerBound: number;
}

export function membershipAdvantage(trials: readonly Trial[], alpha = 0.05): AdvantageEstimate {
  const members = trials.filter((t) => t.member);
  const others = trials.filter((t) => !t.member);
  const tp = members.filter((t) => t.guess).length;
  const fp = others.filter((t) => t.guess).length;
  const tpr = clopperPearson(tp, members.length, alpha / 2);
  const fpr = clopperPearson(fp, others.length, alpha / 2);
  return { trials: trials.length, advantage: tp / members.length - fp / others.length, lowerBound: tpr.lower - fpr.upper };
}

/** The largest membership advantage (ε, δ)-DP allows: (e^ε − 1 + 2δ)/(e^ε + 1). */
export function dpAdvantageBound(epsilon: number, delta: number): number {
  return (Math.exp(epsilon) - 1 + 2 * delta) / (Math.exp(epsilon) + 1);
}
