// Insight requests and the releases that answer them (DESIGN §5: every release says what was
// suppressed and why, the mechanism and its scale, the privacy spent and the budget left).
import { AgreementId, AttributeName, VersionHash } from './agreements.js';
import { OrgId, Timestamp } from './common.js';
import { orNull, z } from './zod.js';

export const OverlapRequest = z
  .object({ brandAttribute: AttributeName.optional().openapi({ description: 'Break the overlap down by this brand attribute' }) })
  .strict()
  .openapi('OverlapRequest');

export const ContextRequest = z
  .object({
    partnerAttribute: AttributeName.openapi({ description: 'The context attribute to break down' }),
    brandAttribute: AttributeName.optional().openapi({ description: 'Cross with this brand attribute (segment × context cells)' }),
  })
  .strict()
  .openapi('ContextRequest');

export const ExplainRequest = z
  .discriminatedUnion('kind', [
    OverlapRequest.extend({ kind: z.literal('overlap') }).strict(),
    ContextRequest.extend({ kind: z.literal('context') }).strict(),
  ])
  .openapi('ExplainRequest');

export const Cell = z
  .discriminatedUnion('status', [
    z.object({ status: z.literal('released'), value: z.number().int() }),
    z.object({ status: z.literal('suppressed'), reason: z.literal('below_threshold') }),
  ])
  .openapi('Cell', { description: 'A noisy count: released when the noisy value reaches the threshold, else suppressed' });

export const OverlapRow = z
  .object({ segment: z.string().nullable(), overlap: Cell, brandBase: Cell, shareOfBrand: z.number().nullable() })
  .openapi('OverlapRow');

export const ContextRow = z
  .object({
    segment: z.string().nullable(),
    context: z.string(),
    overlap: Cell,
    shareOfOverlap: z.number().nullable(),
    partnerBase: orNull(Cell),
    affinityIndex: z.number().nullable(),
  })
  .openapi('ContextRow');

export const NoiseDescription = z
  .object({
    mechanism: z.enum(['discrete-gaussian', 'discrete-laplace']),
    stdDev: z.number(),
    halfWidth95: z.number().int().openapi({ description: '95% of cells are within ± this of their true value' }),
    l1Sensitivity: z.number(),
    l2Sensitivity: z.number(),
  })
  .openapi('NoiseDescription');

export const Release = z
  .object({
    kind: z.enum(['overlap', 'context']),
    brandAttribute: z.string().nullable(),
    partnerAttribute: z.string().nullable(),
    noise: NoiseDescription,
    threshold: z.number().int(),
    overlapRows: z.array(OverlapRow),
    contextRows: z.array(ContextRow),
    partnerBase: orNull(Cell),
    totals: z.object({ overlap: z.number().int().openapi({ description: 'Sum of the released noisy overlap cells' }) }),
    suppressedCells: z.number().int(),
  })
  .openapi('Release');

export const PrivacyAccount = z
  .object({
    epsilonCharged: z.number().openapi({ description: 'ε this answer cost (0 when served from the release cache)' }),
    epsilonSpent: z.number().openapi({ description: 'Total ε spent on this (protected party, recipient) ledger at δ' }),
    epsilonBudget: z.number(),
    epsilonLeft: z.number(),
    delta: z.number(),
    releases: z.number().int(),
    protectedParty: OrgId,
    recipient: OrgId,
  })
  .openapi('PrivacyAccount');

export const DataVersion = z.object({ datasetId: z.string(), version: z.number().int() }).openapi('DataVersion');

export const InsightResponse = z
  .object({
    releaseId: z.string(),
    agreementId: AgreementId,
    agreementVersion: z.number().int(),
    agreementVersionHash: VersionHash,
    dataVersions: z.object({ brand: DataVersion, partner: DataVersion }),
    cached: z.boolean(),
    createdAt: Timestamp,
    release: Release,
    privacy: PrivacyAccount,
  })
  .openapi('InsightResponse');

export const DecisionReason = z
  .object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    about: z.enum(['brand', 'partner']).optional().openapi({ description: "Whose data a data-dependent rule looked at: such a reason is given only to that party" }),
  })
  .openapi('DecisionReason');

export const ExplainResponse = z
  .object({
    allowed: z.boolean(),
    reasons: z.array(DecisionReason),
    epsilonCost: z.number().nullable(),
    budget: orNull(PrivacyAccount.omit({ epsilonCharged: true })),
    noise: orNull(NoiseDescription),
    threshold: z.number().int().nullable(),
    cells: z.number().int().nullable().openapi({ description: 'Number of cells the release would have' }),
    cachedReleaseAvailable: z.boolean().openapi({ description: 'The same question on the same data was answered before: asking costs nothing' }),
  })
  .openapi('ExplainResponse');
