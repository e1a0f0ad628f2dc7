// Insights: reads the situation a request is decided on and drives policies' release protocol with
// the PostgreSQL store (decide → cache → aggregate → debit → noise → build → audit; see
// policies/src/release-protocol.ts for the order and why). The debit, the release and its audit
// event commit together or not at all. What the caller receives passes the disclosure gate.
import {
  disclose,
  explainRelease,
  ledgerTerms,
  openLedger,
  privacyAccount,
  runReleaseProtocol,
  type Explanation,
  type InsightRequest,
  type LedgerSnapshot,
  type PrivacyAccount,
  type Reason,
  type ReleasePort,
  type ReleaseSituation,
  type ReleaseTransaction,
  type SegmentFacts,
} from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Principal } from '../auth/tokens.js';
import { newReleaseId } from '../ids.js';
import { appendAuditEvent } from '../store/audit.js';
import { inTransaction } from '../store/pool.js';
import { listVersions, shareLockAgreement, type AgreementRow, type VersionRow } from '../store/agreements.js';
import { currentDatasets, type CurrentDataset } from '../store/datasets.js';
import { readInsightSituation } from '../store/insight-situation.js';
import { brandSegmentSizes, exactCounts } from '../store/aggregates.js';
import { debitLedger, lockLedger, readLedger } from '../store/ledgers.js';
import { findReleaseByCacheKey, insertRelease, type ReleaseRow } from '../store/releases.js';
import { visibleAgreement } from './agreements.js';
import { recordEvent } from './audit-log.js';

export interface InsightInput {
  readonly kind: 'overlap' | 'context';
  readonly brandAttribute?: string | undefined;
  readonly partnerAttribute?: string | undefined;
}

export interface InsightResult {
  readonly release: ReleaseRow;
  readonly cached: boolean;
  readonly versionHash: string;
  readonly privacy: PrivacyAccount;
}

interface Situation {
  readonly agreement: AgreementRow;
  readonly governing: VersionRow | undefined;
  readonly protectedOrg: string;
  readonly datasets: { brand: CurrentDataset | null; partner: CurrentDataset | null };
  readonly release: ReleaseSituation;
}

function limits(ctx: ServiceContext): { minCohortFloor: number; maxEpsilonPerRelease: number } {
  return { minCohortFloor: ctx.config.minCohortFloor, maxEpsilonPerRelease: ctx.config.maxEpsilonPerRelease };
}

async function situation(ctx: ServiceContext, principal: Principal, agreementId: string, input: InsightInput): Promise<Situation> {
  const request: InsightRequest = { kind: input.kind, requester: principal.orgId, brandAttribute: input.brandAttribute, partnerAttribute: input.partnerAttribute };
  const make = (agreement: AgreementRow, governing: VersionRow | undefined, datasets: Situation['datasets'], ledger: LedgerSnapshot | null): Situation => {
    const protectedOrg = principal.orgId === agreement.partnerOrg ? agreement.brandOrg : agreement.partnerOrg;
    const policy = governing?.document ?? null;
    const facts = (d: CurrentDataset | null) => d && { id: d.id, rows: d.rows, saltCheck: d.saltCheck };
    return {
      agreement,
      governing,
      protectedOrg,
      datasets,
      release: {
        request,
        agreement: { id: agreement.id, state: agreement.state, policy },
        versionHash: governing?.versionHash ?? null,
        datasets: { brand: facts(datasets.brand), partner: facts(datasets.partner) },
        // A ledger no approval opened yet (an agreement approved before caps were stored) would open with the governing terms.
        ledger: ledger ?? openLedger(ledgerTerms(null, policy?.privacy ?? { budget: 0, delta: 1e-9 })),
        limits: limits(ctx),
        minDatasetSize: ctx.config.minDatasetSize,
        now: new Date(),
      },
    };
  };
  // The common case in one read: an active agreement, within its validity, that the caller may see.
  // Anything else takes the general path below, which expires what is due and answers 404 alike.
  const read = await readInsightSituation(ctx.pool, agreementId, principal.orgId);
  if (
    read?.agreement.state === 'active' &&
    read.governing !== undefined &&
    Date.parse(read.governing.document.validUntil) > Date.now() &&
    (principal.role === 'admin' || read.roles.length > 0)
  ) {
    return make(read.agreement, read.governing, read.datasets, read.ledger);
  }
  const agreement = await visibleAgreement(ctx, principal, agreementId);
  const governing = (await listVersions(ctx.pool, agreementId)).find((v) => v.version === agreement.activeVersion);
  const protectedOrg = principal.orgId === agreement.partnerOrg ? agreement.brandOrg : agreement.partnerOrg;
  return make(agreement, governing, await currentDatasets(ctx.pool, agreementId), await readLedger(ctx.pool, protectedOrg, principal.orgId));
}

/** The brand's own segment sizes and moves, for the segment rule (the protocol asks only for the brand's requests). */
async function segmentFacts(ctx: ServiceContext, brand: CurrentDataset | null, attribute: string): Promise<SegmentFacts | undefined> {
  if (!brand?.attributes.some((a) => a.name === attribute)) return undefined;
  const sizes = await brandSegmentSizes(ctx.pool, brand, attribute);
  const changes = brand.segmentChanges?.[attribute];
  return {
    attribute,
    total: brand.rows,
    sizes: new Map([...sizes].map(([key, n]) => [(JSON.parse(key) as [string | null])[0] ?? '', Number(n)])),
    changes: changes ? new Map(Object.entries(changes)) : undefined,
  };
}

/** Thrown to roll the transaction back after the protocol's unit returned (a lost race). */
class Undo extends Error {}

function storePort(ctx: ServiceContext, principal: Principal, s: Situation): ReleasePort<ReleaseRow> {
  const request = s.release.request;
  const audit = (action: 'insight.allowed' | 'insight.denied', detail: Record<string, unknown>, decision: 'allow' | 'deny') =>
    recordEvent(ctx, { actorOrg: principal.orgId, actorRole: principal.role, action, agreementId: s.agreement.id, decision, detail });
  return {
    segmentFacts: (attribute) => segmentFacts(ctx, s.datasets.brand, attribute),
    findCached: (key) => findReleaseByCacheKey(ctx.pool, key),
    exactCounts: (plan) => exactCounts(ctx.pool, plan, s.datasets.brand!, s.datasets.partner!),
    denied: async (reasons) => {
      await audit('insight.denied', { request: { ...request }, reasons: reasons.map((r) => ({ ...r })) }, 'deny');
    },
    servedFromCache: async (row) => {
      await audit('insight.allowed', { releaseId: row.id, request: { ...request }, cached: true, epsilonCharged: 0 }, 'allow');
    },
    atomically: async (work) => {
      let undone: Awaited<ReturnType<typeof work>> | undefined;
      try {
        return await inTransaction(ctx.pool, async (client) => {
          let raced = false;
          const tx: ReleaseTransaction<ReleaseRow> = {
            lock: async () => {
              const now = await shareLockAgreement(client, s.agreement.id);
              const governing = now?.activeVersion === s.governing?.version ? s.governing : undefined;
              const policy = governing?.document ?? null;
              return {
                agreement: { id: s.agreement.id, state: now?.state ?? 'revoked', policy },
                versionHash: governing?.versionHash ?? null,
                ledger: await lockLedger(client, s.protectedOrg, principal.orgId, s.release.ledger),
              };
            },
            debit: (cost) => debitLedger(client, s.protectedOrg, principal.orgId, cost),
            noise: (params, count) => ctx.noise.take(params, count),
            store: async (release, settlement) => {
              const brand = s.datasets.brand!;
              const partner = s.datasets.partner!;
              const row = await insertRelease(client, {
                id: newReleaseId(),
                agreementId: s.agreement.id,
                agreementVersion: s.governing!.version,
                recipientOrg: principal.orgId,
                protectedOrg: s.protectedOrg,
                cacheKey: settlement.cacheKey,
                brandDataset: brand.id,
                brandVersion: brand.version,
                partnerDataset: partner.id,
                partnerVersion: partner.version,
                release,
                epsilonCharged: settlement.cost.epsilon,
                request,
                rhoCharged: settlement.cost.rho,
              });
              if (!row) {
                raced = true;
                return 'raced';
              }
              await appendAuditEvent(client, {
                actorOrg: principal.orgId,
                actorRole: principal.role,
                action: 'insight.allowed',
                agreementId: s.agreement.id,
                decision: 'allow',
                detail: {
                  releaseId: row.id,
                  request: { ...request },
                  agreementVersion: s.governing!.version,
                  versionHash: s.governing!.versionHash,
                  dataVersions: { brand: brand.version, partner: partner.version },
                  epsilonCharged: settlement.cost.epsilon,
                  release: { ...release },
                },
              });
              return row;
            },
          };
          const result = await work(tx);
          if (raced) {
            // The debit of a request whose identical twin stored first must not stay.
            undone = result;
            throw new Undo('a concurrent identical release was stored first');
          }
          return result;
        });
      } catch (err) {
        if (err instanceof Undo) return undone!;
        throw err;
      }
    },
  };
}

function denied(principal: Principal, s: Situation, reasons: readonly Reason[]): AppError {
  const shown = disclose(principal, {
    kind: 'reasons',
    membership: { brand: s.agreement.brandOrg, partner: s.agreement.partnerOrg, auditors: [] },
    policy: s.governing?.document ?? null,
    request: { ...s.release.request },
    reasons,
  });
  const first = shown[0] ?? { code: reasons[0]!.code, message: 'denied by policy' };
  return new AppError('policy-denied', {
    detail: first.message,
    rule: first.code,
    extra: { reasons: shown.map((r) => ({ code: r.code, message: r.message, ...(r.field ? { field: r.field } : {}) })) },
  });
}

export async function runInsight(ctx: ServiceContext, principal: Principal, agreementId: string, input: InsightInput): Promise<InsightResult> {
  try {
    return await runInsightOnce(ctx, principal, agreementId, input);
  } catch (err) {
    // A new version published between reading the current versions and the join drops the old
    // table (42P01 undefined_table): nothing was charged or released, so decide again on the new one.
    if ((err as { code?: string }).code !== '42P01') throw err;
    return runInsightOnce(ctx, principal, agreementId, input);
  }
}

async function runInsightOnce(ctx: ServiceContext, principal: Principal, agreementId: string, input: InsightInput): Promise<InsightResult> {
  const s = await situation(ctx, principal, agreementId, input);
  const outcome = await runReleaseProtocol(storePort(ctx, principal, s), s.release);
  if (outcome.kind === 'denied') throw denied(principal, s, outcome.reasons);
  const parties = { protectedParty: s.protectedOrg, recipient: principal.orgId };
  const privacy =
    outcome.kind === 'released'
      ? privacyAccount(outcome.settlement.ledgerAfter, outcome.settlement.cost.epsilon, parties)
      : privacyAccount(s.release.ledger, 0, parties);
  // Only a party is ever answered a release (decide refuses anyone else), so the auditors are not
  // needed to decide who sees it: the gate gives it to its recipient.
  const membership = { brand: s.agreement.brandOrg, partner: s.agreement.partnerOrg, auditors: [] };
  const release = disclose(principal, { kind: 'release', membership, recipient: outcome.stored.recipientOrg, release: outcome.stored });
  if (release === null) throw new AppError('not-found', { detail: 'no such agreement' });
  return { release, cached: outcome.kind === 'cached', versionHash: s.governing!.versionHash, privacy };
}

/** The dry run: the same decision without computing, charging or releasing anything. */
export async function explainInsight(ctx: ServiceContext, principal: Principal, agreementId: string, input: InsightInput): Promise<Explanation> {
  const s = await situation(ctx, principal, agreementId, input);
  const { decision, ...explanation } = await explainRelease(storePort(ctx, principal, s), s.release, s.protectedOrg);
  await recordEvent(ctx, {
    actorOrg: principal.orgId,
    actorRole: principal.role,
    action: 'insight.explained',
    agreementId: s.agreement.id,
    decision: decision.allowed ? 'allow' : 'deny',
    detail: { request: { ...s.release.request }, reasons: decision.reasons.map((r) => ({ ...r })) },
  });
  const reasons = disclose(principal, {
    kind: 'reasons',
    membership: { brand: s.agreement.brandOrg, partner: s.agreement.partnerOrg, auditors: [] },
    policy: s.governing?.document ?? null,
    request: { ...s.release.request },
    reasons: explanation.reasons,
  });
  return { ...explanation, reasons };
}
