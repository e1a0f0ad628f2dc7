// The privacy cost of one release and the budget arithmetic of a ledger. A ledger belongs to
// (protected party's data, recipient) and spans agreements, so a new agreement never resets it; its
// cap (budget and δ) is fixed when it opens and a later agreement can only lower it (DESIGN §5
// rules 5 and 9): "budgets never refresh" holds whatever is signed later.
import type { PolicyDocument } from './policy.js';
import { epsilonFromRho, rhoFromEpsilon } from './privacy/accounting.js';

/** The cap of a ledger: ε may be spent up to `budget`, reported at `delta`. */
export interface LedgerTerms {
  readonly budget: number;
  readonly delta: number;
}

/** What one (protected party, recipient) pair has spent — ρ (zCDP) and, while every release so far
 * was pure ε-DP, the basic-composition ε sum (null once a Gaussian release was made) — and its cap. */
export interface LedgerSnapshot extends LedgerTerms {
  readonly rhoSpent: number;
  readonly pureEpsilonSpent: number | null;
  readonly releases: number;
}

/**
 * The terms of a ledger once an agreement with `privacy` governs releases from it: the agreement's
 * own when the ledger opens; after that the stricter of what it has and what the agreement says —
 * never a larger budget or δ.
 */
export function ledgerTerms(existing: LedgerTerms | null, privacy: Pick<PolicyDocument['privacy'], 'budget' | 'delta'>): LedgerTerms {
  if (existing === null) return { budget: privacy.budget, delta: privacy.delta };
  return { budget: Math.min(existing.budget, privacy.budget), delta: Math.min(existing.delta, privacy.delta) };
}

/** A ledger with nothing spent, opened under `terms`. */
export function openLedger(terms: LedgerTerms): LedgerSnapshot {
  return { rhoSpent: 0, pureEpsilonSpent: 0, releases: 0, budget: terms.budget, delta: terms.delta };
}

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

/** ε spent at the ledger's δ: the tighter of the zCDP conversion and, when every release was pure, basic composition. */
export function epsilonSpent(ledger: LedgerSnapshot): number {
  const viaRho = epsilonFromRho(ledger.rhoSpent, ledger.delta);
  return ledger.pureEpsilonSpent === null ? viaRho : Math.min(viaRho, ledger.pureEpsilonSpent);
}

/** ε left under the ledger's cap (never negative). */
export function epsilonLeft(ledger: LedgerSnapshot): number {
  return Math.max(0, ledger.budget - epsilonSpent(ledger));
}

export function addCost(ledger: LedgerSnapshot, cost: ReleaseCost): LedgerSnapshot {
  return {
    ...ledger,
    rhoSpent: ledger.rhoSpent + cost.rho,
    pureEpsilonSpent: ledger.pureEpsilonSpent === null || cost.pureEpsilon === null ? null : ledger.pureEpsilonSpent + cost.pureEpsilon,
    releases: ledger.releases + 1,
  };
}

/** Floating-point slack so that exactly spending the budget is allowed, never more. */
const SLACK = 1e-9;

/** Whether the release fits under the ledger's own cap (not the agreement's: it may have been signed later, with more). */
export function fitsBudget(ledger: LedgerSnapshot, cost: ReleaseCost): boolean {
  return epsilonSpent(addCost(ledger, cost)) <= ledger.budget * (1 + SLACK);
}
