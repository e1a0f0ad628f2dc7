// The record of processing of one agreement (GDPR Art. 30): the facts the agreement and the service
// hold about the processing it governs — who, why, which data, who receives what, for how long, and
// how it is protected. Built from the governing (or pending) version of the policy document.
import { AgreementId, AgreementState, VersionHash } from './agreements.js';
import { OrgId, Timestamp } from './common.js';
import { z } from './zod.js';

const Party = z
  .object({
    orgId: OrgId,
    name: z.string(),
    role: z.enum(['brand', 'media_partner', 'auditor']),
  })
  .openapi('RecordParty');

export const RecordOfProcessing = z
  .object({
    agreementId: AgreementId,
    state: AgreementState,
    version: z.number().int().positive().openapi({ description: 'The version this record describes: the governing one, else the pending one' }),
    versionHash: VersionHash,
    versionStatus: z.enum(['pending', 'approved', 'superseded', 'withdrawn']),
    controllers: z.array(Party).openapi({ description: 'The brand and the media partner: each decides why and how its own data is processed' }),
    processor: z.string().openapi({ description: 'The clean room service acting for both' }),
    auditors: z.array(Party),
    purpose: z.string(),
    dataSubjects: z.array(z.string()),
    dataCategories: z.array(
      z.object({
        holder: OrgId,
        category: z.string(),
        fields: z.array(z.string()),
      }),
    ),
    recipients: z.array(
      z.object({
        orgId: OrgId,
        name: z.string(),
        receives: z.string(),
      }),
    ),
    retention: z.object({
      retentionDays: z.number().int().positive(),
      validUntil: Timestamp,
      onEnd: z.string(),
    }),
    securityMeasures: z.object({
      identifierHashing: z.string(),
      rekeying: z.string(),
      mechanism: z.enum(['discrete-gaussian', 'discrete-laplace']),
      epsilonPerRelease: z.number(),
      epsilonBudget: z.number(),
      delta: z.number(),
      minCohort: z.number().int().openapi({ description: 'k: the stricter of the agreement and the operator floor; applied to noisy counts' }),
      insights: z.array(z.string()),
      other: z.array(z.string()),
    }),
    dates: z.object({
      createdAt: Timestamp,
      proposedAt: Timestamp,
      approvedAt: Timestamp.nullable(),
      stateChangedAt: Timestamp,
      validUntil: Timestamp,
    }),
    generatedAt: Timestamp,
  })
  .openapi('RecordOfProcessing');
