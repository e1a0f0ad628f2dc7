// The two configurations every attack runs against.
// - control: what a naive clean room does — exact counts, a threshold on the true count, the exact
//   total beside the cells, no budget, no cache, no input rules. Attacks must succeed here, which
//   proves the attack code works.
// - real: this clean room's release pipeline — policies' decide (budget ledger, rules), the release
//   cache, the input difference rule and minimum dataset size on uploads, exact aggregates from
//   PostgreSQL through the service's aggregate module, and noise from the exact samplers.
import {
  addCost,
  buildRelease,
  cryptoRandom,
  decide,
  drawsNeeded,
  EMPTY_LEDGER,
  epsilonSpent,
  planRelease,
  sampleDiscreteGaussian,
  sampleDiscreteLaplace,
  type InsightRequest,
  type LedgerSnapshot,
  type PolicyDocument,
  type ReleasePlan,
  type Release,
} from '@cleanroom/policies';
import type { CurrentDataset } from '../../services/cleanroom/src/store/datasets.js';
import { brandSegmentSizes } from '../../services/cleanroom/src/store/aggregates.js';
import type { BrandRow, World } from './world.js';

export const LIMITS = { minCohortFloor: 50, maxEpsilonPerRelease: 1 };
export const MIN_DATASET_SIZE = 1000;

export interface Answer {
  readonly release: Release;
  /** Only the naive control releases an exact total beside its cells. */
  readonly exactTotal: number | null;
}

export type AskResult = { readonly ok: true; readonly answer: Answer } | { readonly ok: false; readonly reasons: readonly string[] };

export interface Session {
  upload(rows: readonly BrandRow[]): Promise<boolean>;
  ask(request: Omit<InsightRequest, 'requester'>): Promise<AskResult>;
  /** ε (at the policy's δ) this attacker has spent so far. */
  epsilonSpent(): number;
}

export interface Pipeline {
  readonly name: 'control' | 'real';
  session(partner: CurrentDataset): Session;
}

/** Decides whether a new brand upload may replace the previous one (the input difference rule). */
export type UploadRule = (previous: ReadonlySet<bigint> | null, next: readonly bigint[]) => boolean;

const plans = new Map<string, ReleasePlan>();
/** Plans depend only on the request and the policy; memoised so 400-fold repeats stay cheap. */
function planFor(request: InsightRequest, policy: PolicyDocument): ReleasePlan {
  const key = JSON.stringify([request, policy]);
  let plan = plans.get(key);
  if (!plan) {
    plan = planRelease(request, policy, LIMITS);
    plans.set(key, plan);
  }
  return plan;
}

function draw(plan: ReleasePlan): bigint[] {
  return Array.from({ length: drawsNeeded(plan) }, () =>
    plan.noise.mechanism === 'discrete-gaussian'
      ? sampleDiscreteGaussian(plan.noise.sigma2.num, plan.noise.sigma2.den, cryptoRandom)
      : sampleDiscreteLaplace(plan.noise.scale.num, plan.noise.scale.den, cryptoRandom),
  );
}

export function controlPipeline(world: World, policy: PolicyDocument): Pipeline {
  return {
    name: 'control',
    session(partner) {
      let brand: CurrentDataset | undefined;
      return {
        async upload(rows) {
          brand = await world.brand(rows);
          return true;
        },
        async ask(req) {
          const request = { ...req, requester: policy.parties.brand };
          const plan = planFor(request, policy);
          const exact = await world.exactFor(plan, brand!, partner);
          const zeros = new Array<bigint>(drawsNeeded(plan)).fill(0n);
          const exactTotal = Number([...exact.overlap.values()].reduce((a, b) => a + b, 0n));
          return { ok: true, answer: { release: buildRelease(plan, exact, zeros), exactTotal } };
        },
        epsilonSpent: () => Infinity,
      };
    },
  };
}

export function realPipeline(world: World, policy: PolicyDocument, uploadRule: UploadRule): Pipeline {
  return {
    name: 'real',
    session(partner) {
      let brand: CurrentDataset | undefined;
      let previous: Set<bigint> | null = null;
      let ledger: LedgerSnapshot = EMPTY_LEDGER;
      const cache = new Map<string, Release>();
      return {
        async upload(rows) {
          const tokens = rows.map((r) => r.token);
          if (!uploadRule(previous, tokens)) return false;
          previous = new Set(tokens);
          brand = await world.brand(rows);
          return true;
        },
        async ask(req) {
          if (!brand) return { ok: false, reasons: ['dataset_missing'] };
          const request = { ...req, requester: policy.parties.brand };
          let brandSegments;
          if (request.brandAttribute) {
            const sizes = await brandSegmentSizes(world.pool, brand, request.brandAttribute);
            brandSegments = { attribute: request.brandAttribute, total: brand.rows, sizes: new Map([...sizes].map(([k, n]) => [(JSON.parse(k) as [string])[0], Number(n)])) };
          }
          const decision = decide(request, { id: 'agr', state: 'active', policy }, ledger, {
            now: new Date(),
            limits: LIMITS,
            data: { brand: { rows: brand.rows, saltCheck: 'x' }, partner: { rows: partner.rows, saltCheck: 'x' }, minDatasetSize: MIN_DATASET_SIZE, brandSegments },
          });
          const key = JSON.stringify([brand.id, partner.id, request]);
          const cached = cache.get(key);
          const rulesOk = decision.allowed || decision.reasons.every((r) => r.code === 'budget_exhausted');
          if (cached && rulesOk) return { ok: true, answer: { release: cached, exactTotal: null } };
          if (!decision.allowed) return { ok: false, reasons: decision.reasons.map((r) => r.code) };
          ledger = addCost(ledger, decision.cost);
          const plan = planFor(request, policy);
          const release = buildRelease(plan, await world.exactFor(plan, brand, partner), draw(plan));
          cache.set(key, release);
          return { ok: true, answer: { release, exactTotal: null } };
        },
        epsilonSpent: () => epsilonSpent(ledger, policy.privacy.delta),
      };
    },
  };
}

/** The overlap value of a release (sum of released cells), 0 when suppressed. */
export function overlapOf(answer: Answer): number {
  return answer.release.totals.overlap;
}
