// The release sequence (DESIGN §2 step 5, §5): decide → cache → aggregate → debit → noise → build →
// record. One implementation: the service drives it with its PostgreSQL store, the attack harness
// (test/privacy) with an in-memory one, so what is attacked is what runs. The protocol does no I/O of
// its own; every effect goes through the port its driver supplies, and every choice is made here.
//
// Invariants the order keeps:
// - a request any rule but the budget denies is refused before the cache is consulted;
// - a stored answer to the same canonical request on the same data versions is returned at no cost,
//   even once the budget is spent (asking again cannot average the noise away);
// - the ledger is re-read under its lock and debited before any noise is drawn, and the debit, the
//   stored release and its audit event are one atomic unit of the port.
import { contentHash } from '@cleanroom/contracts';
import { epsilonLeft, epsilonSpent, type LedgerSnapshot, type ReleaseCost } from './budget.js';
import { decide, segmentRuleApplies, type AgreementSnapshot, type DatasetFacts, type Decision, type InsightRequest } from './decide.js';
import type { PolicyDocument, PolicyLimits } from './policy.js';
import type { Reason } from './reasons.js';
import { buildRelease, type ExactCounts, type Release } from './release.js';
import { drawsNeeded, planRelease, type NoiseParameters, type ReleasePlan } from './release-plan.js';
import type { SegmentFacts } from './segment-rules.js';

/** A current dataset version as the protocol sees it: which one it is and the facts rules look at. */
export interface DatasetVersionFacts extends DatasetFacts {
  readonly id: string;
}

/** Everything a request is decided on, read by the driver in one consistent snapshot. */
export interface ReleaseSituation {
  readonly request: InsightRequest;
  readonly agreement: AgreementSnapshot;
  /** Hash of the governing version (null before one is approved). */
  readonly versionHash: string | null;
  readonly datasets: { readonly brand: DatasetVersionFacts | null; readonly partner: DatasetVersionFacts | null };
  /** The ledger of (the other party's data, the requester). */
  readonly ledger: LedgerSnapshot;
  readonly limits: PolicyLimits;
  readonly minDatasetSize: number;
  readonly now: Date;
}

/** The effects of one atomic unit: all of them take effect together or none does. */
export interface ReleaseTransaction<Stored> {
  /** The agreement and the ledger re-read under locks held until the unit ends. */
  lock(): Promise<{ readonly agreement: AgreementSnapshot; readonly versionHash: string | null; readonly ledger: LedgerSnapshot }>;
  /** Debits the locked ledger; returns it after the debit. */
  debit(cost: ReleaseCost): Promise<LedgerSnapshot>;
  /** `count` fresh draws from an exact sampler of `params` (never the same draw twice). */
  noise(params: NoiseParameters, count: number): readonly bigint[];
  /** Stores the release and records its event; 'raced' when an identical request stored one first (this unit is then undone). */
  store(release: Release, settlement: Settlement): Promise<Stored | 'raced'>;
}

export interface ReleasePort<Stored> {
  /** The brand's segment sizes and moves for the requested attribute (asked only when the segment rule applies). */
  segmentFacts(attribute: string): Promise<SegmentFacts | undefined>;
  findCached(cacheKey: string): Promise<Stored | undefined>;
  /** The exact counts the plan needs, from the current data versions. */
  exactCounts(plan: ReleasePlan): Promise<ExactCounts>;
  atomically<T>(work: (tx: ReleaseTransaction<Stored>) => Promise<T>): Promise<T>;
  /** Records a denial (the audit event); the protocol then answers it. */
  denied(reasons: readonly Reason[]): Promise<void>;
  /** Records that a stored release was served again. */
  servedFromCache(stored: Stored): Promise<void>;
}

/** What a fresh release settled: its cache key, plan, cost and the ledger after the debit. */
export interface Settlement {
  readonly cacheKey: string;
  readonly plan: ReleasePlan;
  readonly cost: ReleaseCost;
  readonly ledgerAfter: LedgerSnapshot;
}

export type ReleaseOutcome<Stored> =
  | { readonly kind: 'released'; readonly stored: Stored; readonly settlement: Settlement }
  | { readonly kind: 'cached'; readonly stored: Stored }
  | { readonly kind: 'denied'; readonly reasons: readonly [Reason, ...Reason[]] };

/** The canonical cache key: the request, the governing version and the data versions it was answered on. */
export function releaseCacheKey(s: Pick<ReleaseSituation, 'agreement' | 'versionHash' | 'datasets' | 'request'>): string {
  return contentHash({
    agreementId: s.agreement.id,
    versionHash: s.versionHash,
    brandDataset: s.datasets.brand?.id ?? null,
    partnerDataset: s.datasets.partner?.id ?? null,
    request: s.request,
  });
}

/** Whether only the budget stands in the way (a stored answer may then still be served). */
function onlyBudget(decision: Decision): boolean {
  return !decision.allowed && decision.reasons.every((r) => r.code === 'budget_exhausted');
}

/** The decision with the data facts the rules need — segment facts only where the segment rule applies. */
export async function decideRelease<S>(port: Pick<ReleasePort<S>, 'segmentFacts'>, s: ReleaseSituation): Promise<Decision> {
  const policy = s.agreement.policy;
  const attribute = s.request.brandAttribute;
  const brandSegments = policy && attribute !== undefined && segmentRuleApplies(s.request, policy) && s.datasets.brand ? await port.segmentFacts(attribute) : undefined;
  return decide(s.request, s.agreement, s.ledger, {
    now: s.now,
    limits: s.limits,
    data: {
      brand: s.datasets.brand && { rows: s.datasets.brand.rows, saltCheck: s.datasets.brand.saltCheck },
      partner: s.datasets.partner && { rows: s.datasets.partner.rows, saltCheck: s.datasets.partner.saltCheck },
      minDatasetSize: s.minDatasetSize,
      brandSegments,
    },
  });
}

export async function runReleaseProtocol<Stored>(port: ReleasePort<Stored>, s: ReleaseSituation): Promise<ReleaseOutcome<Stored>> {
  const denied = async (reasons: readonly [Reason, ...Reason[]]): Promise<ReleaseOutcome<Stored>> => {
    await port.denied(reasons);
    return { kind: 'denied', reasons };
  };
  const first = await decideRelease(port, s);
  if (!first.allowed && !onlyBudget(first)) return denied(first.reasons);
  const cacheKey = releaseCacheKey(s);
  const cached = await port.findCached(cacheKey);
  if (cached !== undefined) {
    await port.servedFromCache(cached);
    return { kind: 'cached', stored: cached };
  }
  if (!first.allowed) return denied(first.reasons);

  const policy = s.agreement.policy!;
  const plan = planRelease(s.request, policy, s.limits);
  const exact = await port.exactCounts(plan);
  const settled = await port.atomically(async (tx) => {
    const locked = await tx.lock();
    // The agreement must still be governed by the version decided on, and the locked ledger must
    // still cover the cost: concurrent requests can never overspend.
    const sameVersion = locked.versionHash !== null && locked.versionHash === s.versionHash;
    const again = decide(s.request, sameVersion ? locked.agreement : { ...locked.agreement, policy: null }, locked.ledger, { now: s.now, limits: s.limits });
    if (!again.allowed) return { denied: again.reasons } as const;
    const ledgerAfter = await tx.debit(again.cost);
    // Noise is drawn only after the debit.
    const release = buildRelease(plan, exact, tx.noise(plan.noise, drawsNeeded(plan)));
    const settlement: Settlement = { cacheKey, plan, cost: again.cost, ledgerAfter };
    const stored = await tx.store(release, settlement);
    return stored === 'raced' ? ({ raced: true } as const) : ({ stored, settlement } as const);
  });
  if ('denied' in settled) return denied(settled.denied);
  if ('raced' in settled) {
    // An identical request stored its release first; this one was undone unseen.
    const stored = await port.findCached(cacheKey);
    if (stored === undefined) throw new Error('release vanished after a cache-key conflict');
    await port.servedFromCache(stored);
    return { kind: 'cached', stored };
  }
  return { kind: 'released', stored: settled.stored, settlement: settled.settlement };
}

/** The privacy account a release or dry run reports: the ledger's own cap, spent and left. */
export interface PrivacyAccount {
  readonly epsilonCharged: number;
  readonly epsilonSpent: number;
  readonly epsilonBudget: number;
  readonly epsilonLeft: number;
  readonly delta: number;
  readonly releases: number;
  readonly protectedParty: string;
  readonly recipient: string;
}

export function privacyAccount(ledger: LedgerSnapshot, charged: number, parties: { readonly protectedParty: string; readonly recipient: string }): PrivacyAccount {
  return {
    epsilonCharged: charged,
    epsilonSpent: epsilonSpent(ledger),
    epsilonBudget: ledger.budget,
    epsilonLeft: epsilonLeft(ledger),
    delta: ledger.delta,
    releases: ledger.releases,
    protectedParty: parties.protectedParty,
    recipient: parties.recipient,
  };
}

export interface Explanation {
  readonly allowed: boolean;
  readonly reasons: readonly Reason[];
  readonly epsilonCost: number | null;
  readonly budget: Omit<PrivacyAccount, 'epsilonCharged'> | null;
  readonly noise: Release['noise'] | null;
  readonly threshold: number | null;
  readonly cells: number | null;
  readonly cachedReleaseAvailable: boolean;
}

/**
 * The dry run: the very decision the request would get (same rules, same facts), without computing,
 * charging or releasing anything. It says nothing the real request would not: its reasons are the
 * real request's, its figures come from the policy and the caller's own ledger.
 */
export async function explainRelease<S>(port: Pick<ReleasePort<S>, 'segmentFacts' | 'findCached'>, s: ReleaseSituation, protectedParty: string): Promise<Explanation & { readonly decision: Decision }> {
  const decision = await decideRelease(port, s);
  const cachedReleaseAvailable = (await port.findCached(releaseCacheKey(s))) !== undefined;
  const policy: PolicyDocument | null = s.agreement.policy;
  const party = policy !== null && (s.request.requester === policy.parties.brand || s.request.requester === policy.parties.partner);
  const plan = policy && party && (decision.allowed || onlyBudget(decision)) ? planRelease(s.request, policy, s.limits) : null;
  const account = party ? privacyAccount(s.ledger, 0, { protectedParty, recipient: s.request.requester }) : null;
  return {
    decision,
    allowed: decision.allowed,
    reasons: decision.reasons,
    epsilonCost: decision.cost?.epsilon ?? null,
    budget: account && (({ epsilonCharged: _charged, ...rest }) => rest)(account),
    noise: plan && {
      mechanism: plan.noise.mechanism,
      stdDev: Number(plan.noiseStdDev.toFixed(3)),
      halfWidth95: plan.halfWidth95,
      l1Sensitivity: plan.l1Sensitivity,
      l2Sensitivity: Number(Math.sqrt(plan.l1Sensitivity).toFixed(4)),
    },
    threshold: plan?.threshold ?? null,
    cells: plan ? plan.families.filter((f) => f.shown).reduce((n, f) => n + f.keys.length, 0) : null,
    cachedReleaseAvailable,
  };
}
