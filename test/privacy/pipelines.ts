// The two configurations every attack runs against.
// - control: what a naive clean room does — exact counts, a threshold on the true count, the exact
//   total beside the cells, no budget, no cache, no input rules. Attacks must succeed here, which
//   proves the attack code works.
// - real: this clean room's release protocol — the very runReleaseProtocol the service drives
//   (policies/src/release-protocol.ts: decide, cache, aggregate, debit, noise, build), here driven
//   with an in-memory ledger and release cache, exact aggregates from PostgreSQL through the
//   service's aggregate module, noise from the service's NoiseSource, and the upload rules
//   (input difference, minimum size) on every new brand version.
import {
  addCost,
  buildRelease,
  drawsNeeded,
  epsilonSpent,
  ledgerTerms,
  openLedger,
  planRelease,
  runReleaseProtocol,
  type InsightRequest,
  type LedgerSnapshot,
  type PolicyDocument,
  type ReleasePlan,
  type Release,
  type ReleasePort,
} from '@cleanroom/policies';
import type { CurrentDataset } from '../../services/cleanroom/src/store/datasets.js';
import { brandSegmentSizes } from '../../services/cleanroom/src/store/aggregates.js';
import { NoiseSource } from '../../services/cleanroom/src/domain/noise-source.js';
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
/** Plans depend only on the request and the policy; memoised so 400-fold repeats stay cheap (control only). */
function planFor(request: InsightRequest, policy: PolicyDocument): ReleasePlan {
  const key = JSON.stringify([request, policy]);
  let plan = plans.get(key);
  if (!plan) {
    plan = planRelease(request, policy, LIMITS);
    plans.set(key, plan);
  }
  return plan;
}

const noise = new NoiseSource();

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
      let ledger: LedgerSnapshot = openLedger(ledgerTerms(null, policy.privacy));
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
          const request = { ...req, requester: policy.parties.brand };
          const current = brand;
          const port: ReleasePort<Release> = {
            async segmentFacts(attribute) {
              const sizes = await brandSegmentSizes(world.pool, current!, attribute);
              return { attribute, total: current!.rows, sizes: new Map([...sizes].map(([k, n]) => [(JSON.parse(k) as [string])[0], Number(n)])) };
            },
            findCached: (key) => Promise.resolve(cache.get(key)),
            exactCounts: (plan) => world.exactFor(plan, current!, partner),
            denied: () => Promise.resolve(),
            servedFromCache: () => Promise.resolve(),
            // One session at a time: the unit is atomic because nothing else runs between its steps.
            atomically: (work) =>
              work({
                lock: () => Promise.resolve({ agreement: { id: 'agr', state: 'active', policy }, versionHash: 'v1', ledger }),
                debit: (cost) => Promise.resolve((ledger = addCost(ledger, cost))),
                noise: (params, count) => noise.take(params, count),
                store: (release, settlement) => {
                  cache.set(settlement.cacheKey, release);
                  return Promise.resolve(release);
                },
              }),
          };
          const outcome = await runReleaseProtocol(port, {
            request,
            agreement: { id: 'agr', state: 'active', policy },
            versionHash: 'v1',
            datasets: {
              brand: current ? { id: current.id, rows: current.rows, saltCheck: 'x' } : null,
              partner: { id: partner.id, rows: partner.rows, saltCheck: 'x' },
            },
            ledger,
            limits: LIMITS,
            minDatasetSize: MIN_DATASET_SIZE,
            now: new Date(),
          });
          if (outcome.kind === 'denied') return { ok: false, reasons: outcome.reasons.map((r) => r.code) };
          return { ok: true, answer: { release: outcome.stored, exactTotal: null } };
        },
        epsilonSpent: () => epsilonSpent(ledger),
      };
    },
  };
}

/** The overlap value of a release (sum of released cells), 0 when suppressed. */
export function overlapOf(answer: Answer): number {
  return answer.release.totals.overlap;
}
