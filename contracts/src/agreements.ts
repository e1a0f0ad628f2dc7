// The data agreement: the policy document both parties sign (DESIGN §4), its versions and state.
import { OrgId, Timestamp } from './common.js';
import { orNull, z } from './zod.js';

/** Attribute names are identifiers: they become column names and cell labels, never free text. */
export const AttributeName = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'lowercase letters, digits and _, starting with a letter (≤ 40)')
  .openapi('AttributeName', { example: 'value_tier' });

export const InsightKind = z.enum(['overlap', 'context']).openapi('InsightKind');

export const PrivacySettings = z
  .object({
    mechanism: z.enum(['discrete-gaussian', 'discrete-laplace']),
    epsilonPerRelease: z.number().positive().max(10),
    budget: z.number().positive().max(100).openapi({ description: 'Total ε (at δ) per (protected data, recipient); never refreshes' }),
    delta: z.number().gt(0).max(1e-3).openapi({ description: 'δ at which ε is reported (zCDP conversion)' }),
  })
  .strict()
  .openapi('PrivacySettings');

export const PartnerAttributeRule = z
  .object({ maxValuesPerId: z.number().int().min(1).max(20).default(1) })
  .strict()
  .openapi('PartnerAttributeRule');

export const PolicyDocument = z
  .object({
    purpose: z.string().trim().min(1).max(1000),
    parties: z.object({ brand: OrgId, partner: OrgId }).strict(),
    auditors: z.array(OrgId).max(20).default([]),
    identity: z.object({ profile: z.enum(['email', 'phone']) }).strict(),
    brandAttributes: z.array(AttributeName).max(20),
    partnerAttributes: z.record(AttributeName, PartnerAttributeRule),
    insights: z.array(InsightKind).min(1),
    minCohort: z.number().int().min(1).max(1_000_000),
    privacy: PrivacySettings,
    attributeValues: z
      .record(AttributeName, z.array(z.string().min(1).max(100)).min(1).max(200))
      .default({})
      .openapi({
        description:
          'The values each attribute may take. They define the cells of every release, which must never come from the data ' +
          '(a cell that exists only because someone has a rare value would reveal them). Every brand and partner attribute the policy names must be listed here (values_required), and uploads accept only these values.',
        example: { value_tier: ['high', 'mid', 'low'], content_category: ['news', 'sports', 'cooking'] },
      }),
    revealPartnerBaseSize: z.boolean().default(false),
    validUntil: Timestamp,
    retentionDays: z.number().int().min(1).max(3650),
  })
  .strict()
  .openapi('PolicyDocument');

export const AgreementState = z.enum(['draft', 'proposed', 'active', 'suspended', 'revoked', 'expired']).openapi('AgreementState');

export const VersionHash = z
  .string()
  .regex(/^[0-9a-f]{64}$/, 'SHA-256 of the canonical policy document, lowercase hex')
  .openapi('VersionHash');

export const AgreementId = z
  .string()
  .regex(/^agr_[0-9a-z]{26}$/, 'an agreement id: agr_ followed by 26 base-32 characters')
  .openapi('AgreementId', { example: 'agr_01jd6m3v8x4k2h7q9w5c0b1n3r' });

export const AgreementVersion = z
  .object({
    version: z.number().int().positive(),
    versionHash: VersionHash,
    status: z.enum(['pending', 'approved', 'superseded', 'withdrawn']),
    proposedBy: OrgId,
    proposedAt: Timestamp,
    approvedBy: orNull(OrgId),
    approvedAt: Timestamp.nullable(),
    policy: PolicyDocument,
  })
  .openapi('AgreementVersion');

export const BudgetStatus = z
  .object({
    recipient: OrgId,
    protectedParty: OrgId,
    epsilonSpent: z.number().nonnegative(),
    epsilonBudget: z.number().positive(),
    epsilonLeft: z.number().nonnegative(),
    delta: z.number(),
    releases: z.number().int().nonnegative(),
  })
  .openapi('BudgetStatus');

export const Agreement = z
  .object({
    id: AgreementId,
    state: AgreementState,
    brand: OrgId,
    partner: OrgId,
    auditors: z.array(OrgId),
    activeVersion: z.number().int().positive().nullable(),
    activeVersionHash: orNull(VersionHash),
    pendingVersion: z.number().int().positive().nullable(),
    pendingVersionHash: orNull(VersionHash),
    validUntil: Timestamp.nullable().openapi({ description: 'Of the governing version' }),
    createdAt: Timestamp,
    stateChangedAt: Timestamp,
    versions: z.array(AgreementVersion),
    budgets: z.array(BudgetStatus).openapi({ description: 'One ledger per (protected party, recipient), spanning agreements' }),
  })
  .openapi('Agreement');

export const AgreementSummary = Agreement.omit({ versions: true, budgets: true }).openapi('AgreementSummary');

export const AgreementList = z.object({ agreements: z.array(AgreementSummary) }).openapi('AgreementList');

export const AgreementIdParams = z.object({ agreementId: AgreementId });

export const ApproveRequest = z.object({ versionHash: VersionHash }).strict().openapi('ApproveRequest');

export const RevokeRequest = z
  .object({ reason: z.string().trim().min(1).max(500).optional() })
  .strict()
  .openapi('RevokeRequest');
