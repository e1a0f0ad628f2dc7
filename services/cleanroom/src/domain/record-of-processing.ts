// The record of processing (GDPR Art. 30) of one agreement, from the facts the agreement holds: its
// governing version (or the pending one before approval), the organisations it names, and the
// measures the service applies to every agreement.
import { disclose, effectiveMinCohort } from '@cleanroom/policies';
import type { RecordOfProcessing } from '@cleanroom/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../context.js';
import type { Principal } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { findOrganizationById } from '../store/organizations.js';
import { getAgreement, membershipOf, type AgreementView } from './agreements.js';

type Record = z.input<typeof RecordOfProcessing>;

export async function recordOfProcessing(ctx: ServiceContext, principal: Principal, agreementId: string): Promise<Record> {
  const view = await getAgreement(ctx, principal, agreementId);
  const record = disclose(principal, { kind: 'recordOfProcessing', membership: membershipOf(view), record: await buildRecord(ctx, view) });
  if (record === null) throw new AppError('not-found', { detail: 'no such agreement' });
  return record;
}

/**
 * The record from the governing version (or the pending one before any approval). Its auditors and
 * recipients are the members the governing version made: an auditor a pending proposal names is not
 * a recipient of anything yet.
 */
async function buildRecord(ctx: ServiceContext, view: AgreementView): Promise<Record> {
  const version =
    view.versions.find((v) => v.version === view.row.activeVersion) ?? view.versions.find((v) => v.status === 'pending') ?? view.versions.at(-1);
  if (!version) throw new AppError('not-found', { detail: 'the agreement has no version' });
  const doc = version.document;
  const nameOf = async (orgId: string): Promise<string> => (await findOrganizationById(ctx.pool, orgId))?.name ?? orgId;
  const brand = { orgId: view.row.brandOrg, name: await nameOf(view.row.brandOrg), role: 'brand' as const };
  const partner = { orgId: view.row.partnerOrg, name: await nameOf(view.row.partnerOrg), role: 'media_partner' as const };
  const auditors = await Promise.all(view.auditors.map(async (orgId) => ({ orgId, name: await nameOf(orgId), role: 'auditor' as const })));
  const profile = doc.identity.profile === 'email' ? 'email address' : 'phone number';
  const insights = doc.insights.join(' and ');
  return {
    agreementId: view.row.id,
    state: view.row.state,
    version: version.version,
    versionHash: version.versionHash,
    versionStatus: version.status,
    controllers: [brand, partner],
    processor: 'The clean room service (this deployment), acting on the instructions of both controllers under this agreement',
    auditors,
    purpose: doc.purpose,
    dataSubjects: [`Customers of ${brand.name}`, `Audience members of ${partner.name}`],
    dataCategories: [
      { holder: brand.orgId, category: `Identifier (${profile}), received only as a salted hash and re-keyed on arrival`, fields: ['id_hash'] },
      { holder: brand.orgId, category: 'Customer segments', fields: [...doc.brandAttributes] },
      { holder: partner.orgId, category: `Identifier (${profile}), received only as a salted hash and re-keyed on arrival`, fields: ['id_hash'] },
      {
        holder: partner.orgId,
        category: 'Context attributes',
        fields: Object.entries(doc.partnerAttributes).map(([name, rule]) => (rule.maxValuesPerId > 1 ? `${name} (≤ ${rule.maxValuesPerId} values per id)` : name)),
      },
    ],
    recipients: [
      { orgId: brand.orgId, name: brand.name, receives: `Differentially private aggregates (${insights}); never rows or identifiers` },
      { orgId: partner.orgId, name: partner.name, receives: `Differentially private aggregates (${insights}); never rows or identifiers` },
      ...auditors.map((a) => ({ orgId: a.orgId, name: a.name, receives: "This agreement's audit log (decisions and releases), its export and signed checkpoints" })),
    ],
    retention: {
      retentionDays: doc.retentionDays,
      validUntil: doc.validUntil,
      onEnd: "On revocation, expiry or after the retention period the agreement's key is destroyed and its rows deleted; the audit log keeps a deletion receipt",
    },
    securityMeasures: {
      identifierHashing:
        'Each party normalises the identifier, takes its SHA-256 and then HMAC-SHA256 under a salt both derive with X25519 and HKDF-SHA256; the service never sees an identifier or the salt',
      rekeying: "Every hash is re-keyed on arrival with the agreement's own secret key (wrapped by the service's master key) into a compact token",
      mechanism: doc.privacy.mechanism,
      epsilonPerRelease: doc.privacy.epsilonPerRelease,
      epsilonBudget: doc.privacy.budget,
      delta: doc.privacy.delta,
      minCohort: effectiveMinCohort(doc, { minCohortFloor: ctx.config.minCohortFloor, maxEpsilonPerRelease: ctx.config.maxEpsilonPerRelease }),
      insights: [...doc.insights],
      other: [
        'Cells whose noisy count is below the threshold are suppressed; derived numbers come from noisy values only',
        'The privacy budget is debited before noise is drawn; ledgers per (protected party, recipient) span agreements and never refresh',
        'A repeated request on the same data returns the stored release at no new cost',
        'Short-lived EdDSA access tokens; every decision is recorded in a hash-chained audit log with signed checkpoints',
      ],
    },
    dates: {
      createdAt: view.row.createdAt.toISOString(),
      proposedAt: version.proposedAt.toISOString(),
      approvedAt: version.approvedAt?.toISOString() ?? null,
      stateChangedAt: view.row.stateChangedAt.toISOString(),
      validUntil: doc.validUntil,
    },
    generatedAt: new Date().toISOString(),
  };
}
