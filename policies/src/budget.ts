// The privacy cost of one release and the budget arithmetic of a ledger. A ledger spans agreements:
// it belongs to (protected party's data, recipient), so a new agreement never resets it.
import type { PolicyDocument } from './policy.js';
import { epsilonFromRho, rhoFromEpsilon } from './privacy/accounting.js';

/** What one (protected party, recipient) pair has spent: ρ (zCDP) and, while every release so far
 * was pure ε-DP, the basic-composition ε sum (null once a Gaussian release was made). */
export interface LedgerSnapshot {
  readonly rhoSpent: number;
  readonly pureEpsilonSpent: number | null;
  readonly releases: number;
}

export const EMPTY_LEDGER: LedgerSnapshot = { rhoSpent: 0, pureEpsilonSpent: 0, releases: 0 };

export interface ReleaseCost {
  /** zCDP cost: ρ = rhoFromEpsilon(ε, δ) for the Gaussian; ε²/2 for pure ε-DP (Bun–Steinke Prop. 1.4). */
  readonly rho: number;
  /** Pure ε of the release, or null for the Gaussian. */
  readonly pureEpsilon: number | null;
  /** ε per release as the agreement states it. */
  readonly epsilon: number;
}

export function releaseCost(privacy: PolicyDocument['privacy']): ReleaseCost {
  if (privacy.mechanism === 'discrete-laplace') {
    return { rho: (privacy.epsilonPerRelease * privacy.epsilonPerRelease) / 2, pureEpsilon: privacy.epsilonPerRelease, epsilon: privacy.epsilonPerRelease };
  }
  return { rho: rhoFromEpsilon(privacy.epsilonPerRelease, privacy.delta), pureEpsilon: null, epsilon: privacy.epsilonPerRelease };
}

/** ε spent at δ: the tighter of the zCDP conversion and, when every release was pure, basic composition. */
export function epsilonSpent(ledger: LedgerSnapshot, delta: number): number {
  const viaRho = epsilonFromRho(ledger.rhoSpent, delta);
  return ledger.pureEpsilonSpent === null ? viaRho : Math.min(viaRho, ledger.pureEpsilonSpent);
}

export function addCost(ledger: LedgerSnapshot, cost: ReleaseCost): LedgerSnapshot {
  return {
    rhoSpent: ledger.rhoSpent + cost.rho,
    pureEpsilonSpent: ledger.pureEpsilonSpent === null || cost.pureEpsilon === null ? null : ledger.pureEpsilonSpent + cost.pureEpsilon,
    releases: ledger.releases + 1,
  };
}

/** Floating-point slack so that exactly spending the budget is allowed, never more. */
const SLACK = 1e-9;

export function fitsBudget(ledger: LedgerSnapshot, cost: ReleaseCost, privacy: PolicyDocument['privacy']): boolean {
  return epsilonSpent(addCost(ledger, cost), privacy.delta) <= privacy.budget * (1 + SLACK);
}
