// Insights: the policy decides, the store computes the exact aggregate, the budget is debited, noise
// is drawn, the release is stored and audited — in that order, and the debit, the release and its
// audit event commit together or not at all. The same question on the same data versions returns the
// stored release at no cost (DESIGN §2 step 5, §5).
import type pg from 'pg';
import { contentHash } from '@cleanroom/contracts';
import {
  buildRelease,
  decide,
  drawsNeeded,
  epsilonSpent,
  planRelease,
  type Decision,
  type InsightRequest,
  type LedgerSnapshot,
  type PolicyDocument,
  type Reason,
  type Release,
} from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Principal } from '../auth/tokens.js';
import { newReleaseId } from '../ids.js';
import { appendAuditEvent } from '../store/audit.js';
import { inTransaction } from '../store/pool.js';
import { listVersions, readLedger, type AgreementRow, type VersionRow } from '../store/agreements.js';
import { currentDatasets, type CurrentDataset } from '../store/datasets.js';
import { readInsightSituation } from '../store/insight-situation.js';
import { brandSegmentSizes, exactCounts } from '../store/aggregates.js';
import { debitLedger, findReleaseByCacheKey, insertRelease, lockLedger, type ReleaseRow } from '../store/releases.js';
import { visibleAgreement } from './agreements.js';
import { recordEvent } from './audit-log.js';

export interface InsightInput {
  readonly kind: 'overlap' | 'context';
  readonly brandAttribute?: string | undefined;
  readonly partnerAttribute?: string | undefined;
}

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

export interface InsightResult {
  readonly release: ReleaseRow;
  readonly cached: boolean;
  readonly versionHash: string;
  readonly privacy: PrivacyAccount;
}

interface Situation {
  readonly agreement: AgreementRow;
  readonly governing: VersionRow | undefined;
  readonly request: InsightRequest;
  readonly recipientSide: 'brand' | 'partner' | null;
  readonly protectedOrg: string;
  readonly datasets: { brand: CurrentDataset | null; partner: CurrentDataset | null };
  /** The ledger of (protected party, requester) as read with the rest. */
  readonly ledger: LedgerSnapshot;
}

function limits(ctx: ServiceContext): { minCohortFloor: number; maxEpsilonPerRelease: number } {
  return { minCohortFloor: ctx.config.minCohortFloor, maxEpsilonPerRelease: ctx.config.maxEpsilonPerRelease };
}

async function situation(ctx: ServiceContext, principal: Principal, agreementId: string, input: InsightInput): Promise<Situation> {
  const request: InsightRequest = { kind: input.kind, requester: principal.orgId, brandAttribute: input.brandAttribute, partnerAttribute: input.partnerAttribute };
  // The common case in one read: an active agreement, within its validity, that the caller may see.
  // Anything else takes the general path below, which expires what is due and answers 404 alike.
  const read = await readInsightSituation(ctx.pool, agreementId, principal.orgId);
  if (
    read?.agreement.state === 'active' &&
    read.governing !== undefined &&
    Date.parse(read.governing.document.validUntil) > Date.now() &&
    (principal.role === 'admin' || read.roles.length > 0)
  ) {
    const { agreement } = read;
    const recipientSide = principal.orgId === agreement.brandOrg ? 'brand' : principal.orgId === agreement.partnerOrg ? 'partner' : null;
    return {
      agreement,
      governing: read.governing,
      request,
      recipientSide,
      protectedOrg: recipientSide === 'partner' ? agreement.brandOrg : agreement.partnerOrg,
      datasets: read.datasets,
      ledger: read.ledger,
    };
  }
  const agreement = await visibleAgreement(ctx, principal, agreementId);
  const versions = await listVersions(ctx.pool, agreementId);
  const governing = versions.find((v) => v.version === agreement.activeVersion);
  const recipientSide = principal.orgId === agreement.brandOrg ? 'brand' : principal.orgId === agreement.partnerOrg ? 'partner' : null;
  const protectedOrg = recipientSide === 'partner' ? agreement.brandOrg : agreement.partnerOrg;
  return {
    agreement,
    governing,
    request,
    recipientSide,
    protectedOrg,
    datasets: await currentDatasets(ctx.pool, agreementId),
    ledger: await readLedger(ctx.pool, protectedOrg, principal.orgId),
  };
}

async function decideFor(ctx: ServiceContext, s: Situation, ledger: LedgerSnapshot, db: pg.Pool | pg.PoolClient): Promise<Decision> {
  const { brand, partner } = s.datasets;
  const attribute = s.request.brandAttribute;
  const policy = s.governing?.document ?? null;
  let brandSegments;
  if (brand && attribute !== undefined && policy?.brandAttributes.includes(attribute) && brand.attributes.some((a) => a.name === attribute)) {
    const sizes = await brandSegmentSizes(db, brand, attribute);
    const changes = brand.segmentChanges?.[attribute];
    brandSegments = {
      attribute,
      total: brand.rows,
      sizes: new Map([...sizes].map(([key, n]) => [(JSON.parse(key) as [string | null])[0] ?? '', Number(n)])),
      changes: changes ? new Map(Object.entries(changes)) : undefined,
    };
  }
  return decide(s.request, { id: s.agreement.id, state: s.agreement.state, policy }, ledger, {
    now: new Date(),
    limits: limits(ctx),
    data: {
      brand: brand && { rows: brand.rows, saltCheck: brand.saltCheck },
      partner: partner && { rows: partner.rows, saltCheck: partner.saltCheck },
      minDatasetSize: ctx.config.minDatasetSize,
      brandSegments,
    },
  });
}

function cacheKey(s: Situation): string {
  return contentHash({
    agreementId: s.agreement.id,
    versionHash: s.governing?.versionHash ?? null,
    brandDataset: s.datasets.brand?.id ?? null,
    partnerDataset: s.datasets.partner?.id ?? null,
    request: s.request,
  });
}

function account(policy: PolicyDocument, ledger: LedgerSnapshot, charged: number, s: Situation): PrivacyAccount {
  const spent = epsilonSpent(ledger, policy.privacy.delta);
  return {
    epsilonCharged: charged,
    epsilonSpent: spent,
    epsilonBudget: policy.privacy.budget,
    epsilonLeft: Math.max(0, policy.privacy.budget - spent),
    delta: policy.privacy.delta,
    releases: ledger.releases,
    protectedParty: s.protectedOrg,
    recipient: s.request.requester,
  };
}

function denied(reasons: readonly Reason[]): AppError {
  const first = reasons[0]!;
  return new AppError('policy-denied', {
    detail: first.message,
    rule: first.code,
    extra: { reasons: reasons.map((r) => ({ code: r.code, message: r.message, ...(r.field ? { field: r.field } : {}) })) },
  });
}

async function auditDenial(ctx: ServiceContext, principal: Principal, s: Situation, reasons: readonly Reason[]): Promise<void> {
  await recordEvent(ctx, {
    actorOrg: principal.orgId,
    actorRole: principal.role,
    action: 'insight.denied',
    agreementId: s.agreement.id,
    decision: 'deny',
    detail: { request: { ...s.request }, reasons: reasons.map((r) => ({ ...r })) },
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
  const policy = s.governing?.document;
  const ledger = s.ledger;
  const first = await decideFor(ctx, s, ledger, ctx.pool);
  const budgetOnly = !first.allowed && first.reasons.every((r) => r.code === 'budget_exhausted');
  if (!first.allowed && !budgetOnly) {
    await auditDenial(ctx, principal, s, first.reasons);
    throw denied(first.reasons);
  }
  // Allowed by every rule but possibly the budget: a stored answer to the same question costs nothing.
  const key = cacheKey(s);
  const cached = await findReleaseByCacheKey(ctx.pool, key);
  if (cached) return served(ctx, principal, s, cached, ledger);
  if (!first.allowed) {
    await auditDenial(ctx, principal, s, first.reasons);
    throw denied(first.reasons);
  }
  const brand = s.datasets.brand!;
  const partner = s.datasets.partner!;
  const plan = planRelease(s.request, policy!, limits(ctx));
  const exact = await exactCounts(ctx.pool, plan, brand, partner);

  const outcome = await inTransaction(ctx.pool, async (client) => {
    // The agreement must still be what we decided on, and the ledger is re-read under its lock so
    // concurrent requests can never overspend.
    const now = await client.query<{ state: string; active_version: number | null }>('SELECT state, active_version FROM agreements WHERE id = $1 FOR SHARE', [s.agreement.id]);
    const locked = await lockLedger(client, s.protectedOrg, principal.orgId);
    const again = decide(s.request, { id: s.agreement.id, state: now.rows[0]!.state as AgreementRow['state'], policy: now.rows[0]!.active_version === s.governing!.version ? policy! : null }, locked, {
      now: new Date(),
      limits: limits(ctx),
    });
    if (!again.allowed) return { denied: again.reasons } as const;
    const after = await debitLedger(client, s.protectedOrg, principal.orgId, again.cost);
    // Noise is drawn only after the debit.
    const release = buildRelease(plan, exact, ctx.noise.take(plan.noise, drawsNeeded(plan)));
    await client.query('SAVEPOINT store_release');
    let row: ReleaseRow;
    try {
      row = await insertRelease(client, {
        id: newReleaseId(),
        agreementId: s.agreement.id,
        agreementVersion: s.governing!.version,
        recipientOrg: principal.orgId,
        protectedOrg: s.protectedOrg,
        cacheKey: key,
        brandDataset: brand.id,
        brandVersion: brand.version,
        partnerDataset: partner.id,
        partnerVersion: partner.version,
        release,
        epsilonCharged: again.cost.epsilon,
        request: s.request,
        rhoCharged: again.cost.rho,
      });
    } catch (err) {
      // A concurrent identical request stored its release first: this one is discarded unseen.
      if ((err as { code?: string }).code === '23505') return { raced: true } as const;
      throw err;
    }
    await appendAuditEvent(client, {
      actorOrg: principal.orgId,
      actorRole: principal.role,
      action: 'insight.allowed',
      agreementId: s.agreement.id,
      decision: 'allow',
      detail: {
        releaseId: row.id,
        request: { ...s.request },
        agreementVersion: s.governing!.version,
        versionHash: s.governing!.versionHash,
        dataVersions: { brand: brand.version, partner: partner.version },
        epsilonCharged: again.cost.epsilon,
        release: { ...release },
      },
    });
    return { row, after } as const;
  });
  if ('denied' in outcome) {
    await auditDenial(ctx, principal, s, outcome.denied);
    throw denied(outcome.denied);
  }
  if ('raced' in outcome) {
    const stored = await findReleaseByCacheKey(ctx.pool, key);
    if (!stored) throw new Error('release vanished after a cache-key conflict');
    return served(ctx, principal, s, stored, await readLedger(ctx.pool, s.protectedOrg, principal.orgId));
  }
  return { release: outcome.row, cached: false, versionHash: s.governing!.versionHash, privacy: account(policy!, outcome.after, outcome.row.epsilonCharged, s) };
}

async function served(ctx: ServiceContext, principal: Principal, s: Situation, row: ReleaseRow, ledger: LedgerSnapshot): Promise<InsightResult> {
  await recordEvent(ctx, {
    actorOrg: principal.orgId,
    actorRole: principal.role,
    action: 'insight.allowed',
    agreementId: s.agreement.id,
    decision: 'allow',
    detail: { releaseId: row.id, request: { ...s.request }, cached: true, epsilonCharged: 0 },
  });
  return { release: row, cached: true, versionHash: s.governing!.versionHash, privacy: account(s.governing!.document, ledger, 0, s) };
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

/** The dry run: the same decision without computing, charging or releasing anything. */
export async function explainInsight(ctx: ServiceContext, principal: Principal, agreementId: string, input: InsightInput): Promise<Explanation> {
  const s = await situation(ctx, principal, agreementId, input);
  const policy = s.governing?.document;
  const ledger = s.ledger;
  const decision = await decideFor(ctx, s, ledger, ctx.pool);
  const cachedReleaseAvailable = (await findReleaseByCacheKey(ctx.pool, cacheKey(s))) !== undefined;
  const ruleOk = decision.allowed || decision.reasons.every((r) => r.code === 'budget_exhausted');
  const plan = policy && s.recipientSide && ruleOk ? planRelease(s.request, policy, limits(ctx)) : null;
  await recordEvent(ctx, {
    actorOrg: principal.orgId,
    actorRole: principal.role,
    action: 'insight.explained',
    agreementId: s.agreement.id,
    decision: decision.allowed ? 'allow' : 'deny',
    detail: { request: { ...s.request }, reasons: decision.reasons.map((r) => ({ ...r })) },
  });
  const full = policy && s.recipientSide ? account(policy, ledger, 0, s) : null;
  return {
    allowed: decision.allowed,
    reasons: decision.reasons,
    epsilonCost: decision.cost?.epsilon ?? null,
    budget: full && (({ epsilonCharged: _charged, ...rest }) => rest)(full),
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

