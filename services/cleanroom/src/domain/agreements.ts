// Agreements: propose, amend, approve by hash, revoke, expire; and what each party may see. Every
// change of state goes through the policies' state machine and is recorded in the audit log in the
// same transaction.
import type pg from 'pg';
import {
  checkPolicy,
  disclose,
  ledgerTerms,
  openLedger,
  policyVersionHash,
  privacyAccount,
  transition,
  type AgreementEvent,
  type AgreementState,
  type Membership,
  type PolicyDocument,
} from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import { AppError, type FieldIssue } from '../errors.js';
import type { Principal } from '../auth/tokens.js';
import { newAgreementId } from '../ids.js';
import { destroyAgreementData } from './data-deletion.js';
import { appendAuditEvent } from '../store/audit.js';
import { inTransaction } from '../store/pool.js';
import { findOrganizationById } from '../store/organizations.js';
import { lockLedgerTerms, readLedger, writeLedgerTerms } from '../store/ledgers.js';
import {
  addMembers,
  approveVersion,
  auditorsOf,
  findAgreement,
  findExpiredActive,
  insertAgreement,
  insertVersion,
  listAgreementsFor,
  listVersions,
  lockAgreement,
  memberRoles,
  setAuditors,
  setState,
  withdrawPending,
  type AgreementRow,
  type VersionRow,
} from '../store/agreements.js';

export interface AgreementView {
  readonly row: AgreementRow;
  readonly versions: readonly VersionRow[];
  readonly auditors: readonly string[];
}

function limits(ctx: ServiceContext): { minCohortFloor: number; maxEpsilonPerRelease: number } {
  return { minCohortFloor: ctx.config.minCohortFloor, maxEpsilonPerRelease: ctx.config.maxEpsilonPerRelease };
}

function must(state: AgreementState, event: AgreementEvent): AgreementState {
  const t = transition(state, event);
  if (!t.ok) throw new AppError('conflict', { detail: t.reason, rule: 'agreement_state' });
  return t.state;
}

/** Faults of the document as a whole: its own rules and the organisations it names. */
async function validateDocument(ctx: ServiceContext, doc: PolicyDocument): Promise<void> {
  const issues: FieldIssue[] = checkPolicy(doc, limits(ctx), new Date());
  const expect = async (orgId: string, kind: 'brand' | 'media_partner' | 'auditor', path: string): Promise<void> => {
    const org = await findOrganizationById(ctx.pool, orgId);
    if (!org) issues.push({ path, code: 'unknown_organization', message: `no organisation ${orgId}` });
    else if (org.kind !== kind) issues.push({ path, code: 'wrong_organization_kind', message: `${orgId} is a ${org.kind}, not a ${kind}` });
  };
  await expect(doc.parties.brand, 'brand', 'body/parties/brand');
  await expect(doc.parties.partner, 'media_partner', 'body/parties/partner');
  for (const [i, auditor] of doc.auditors.entries()) await expect(auditor, 'auditor', `body/auditors/${i}`);
  if (issues.length > 0) throw new AppError('validation-failed', { detail: 'the policy document has faults; see errors', errors: issues });
}

function assertProposer(principal: Principal, doc: PolicyDocument): void {
  if (principal.orgId !== doc.parties.brand && principal.orgId !== doc.parties.partner) {
    throw new AppError('forbidden', { detail: 'only the brand or the partner named in the document may propose it', rule: 'not_a_party' });
  }
}

export async function proposeAgreement(ctx: ServiceContext, principal: Principal, doc: PolicyDocument): Promise<AgreementView> {
  assertProposer(principal, doc);
  await validateDocument(ctx, doc);
  const versionHash = policyVersionHash(doc);
  const id = newAgreementId();
  await inTransaction(ctx.pool, async (client) => {
    await insertAgreement(client, { id, brandOrg: doc.parties.brand, partnerOrg: doc.parties.partner, state: must('draft', 'propose'), createdBy: principal.orgId });
    await insertVersion(client, { agreementId: id, version: 1, versionHash, document: doc, proposedBy: principal.orgId });
    // Auditors become members when a version naming them governs (approveAgreement), not before.
    await addMembers(client, id, parties(doc));
    await appendAuditEvent(client, {
      actorOrg: principal.orgId,
      actorRole: principal.role,
      action: 'agreement.proposed',
      agreementId: id,
      detail: { version: 1, versionHash, purpose: doc.purpose, auditors: doc.auditors },
    });
  });
  return viewFor(principal, await loadView(ctx.pool, id));
}

export async function proposeAmendment(ctx: ServiceContext, principal: Principal, agreementId: string, doc: PolicyDocument): Promise<AgreementView> {
  await visibleAgreement(ctx, principal, agreementId);
  assertProposer(principal, doc);
  await validateDocument(ctx, doc);
  const versionHash = policyVersionHash(doc);
  await inTransaction(ctx.pool, async (client) => {
    const row = await lockedOrNotFound(client, agreementId);
    if (doc.parties.brand !== row.brandOrg || doc.parties.partner !== row.partnerOrg) {
      throw new AppError('validation-failed', { detail: 'an amendment cannot change the parties', errors: [{ path: 'body/parties', code: 'parties_changed', message: 'the parties of an agreement are fixed' }] });
    }
    const next = must(row.state, 'propose');
    const versions = await listVersions(client, agreementId);
    // A newer proposal replaces one still waiting for approval.
    await withdrawPending(client, agreementId);
    const version = (versions.at(-1)?.version ?? 0) + 1;
    await insertVersion(client, { agreementId, version, versionHash, document: doc, proposedBy: principal.orgId });
    if (next !== row.state) await setState(client, agreementId, next);
    await appendAuditEvent(client, {
      actorOrg: principal.orgId,
      actorRole: principal.role,
      action: 'agreement.amendment_proposed',
      agreementId,
      detail: { version, versionHash, auditors: doc.auditors },
    });
  });
  return viewFor(principal, await loadView(ctx.pool, agreementId));
}

export async function approveAgreement(ctx: ServiceContext, principal: Principal, agreementId: string, versionHash: string): Promise<AgreementView> {
  const row = await visibleAgreement(ctx, principal, agreementId);
  assertParty(principal, row);
  const refusal = await inTransaction(ctx.pool, async (client) => {
    const locked = await lockedOrNotFound(client, agreementId);
    const pending = (await listVersions(client, agreementId)).find((v) => v.status === 'pending');
    const refuse = async (code: 'conflict' | 'forbidden', rule: string, detail: string): Promise<AppError> => {
      await appendAuditEvent(client, {
        actorOrg: principal.orgId,
        actorRole: principal.role,
        action: 'agreement.approval_refused',
        agreementId,
        decision: 'deny',
        detail: { rule, versionHash, pendingVersionHash: pending?.versionHash ?? null },
      });
      return new AppError(code, { detail, rule });
    };
    if (!pending) return refuse('conflict', 'nothing_pending', 'no version of this agreement awaits approval');
    if (pending.proposedBy === principal.orgId) return refuse('forbidden', 'proposer_cannot_approve', 'the counterparty approves; a proposer cannot approve its own proposal');
    if (pending.versionHash !== versionHash) return refuse('conflict', 'stale_version_hash', `the pending version's hash is ${pending.versionHash}`);
    if (Date.parse(pending.document.validUntil) <= Date.now()) return refuse('conflict', 'agreement_expired', 'the proposed version has already expired');
    const t = transition(locked.state, 'approve');
    if (!t.ok) return refuse('conflict', 'agreement_state', t.reason);
    await approveVersion(client, agreementId, pending.version, principal.orgId);
    await setState(client, agreementId, t.state);
    await setAuditors(client, agreementId, pending.document.auditors);
    await openLedgers(client, pending.document);
    await appendAuditEvent(client, {
      actorOrg: principal.orgId,
      actorRole: principal.role,
      action: 'agreement.approved',
      agreementId,
      decision: 'allow',
      detail: { version: pending.version, versionHash },
    });
    return undefined;
  });
  if (refusal) throw refusal;
  return viewFor(principal, await loadView(ctx.pool, agreementId));
}

export async function revokeAgreement(ctx: ServiceContext, principal: Principal, agreementId: string, reason: string | undefined): Promise<AgreementView> {
  const row = await visibleAgreement(ctx, principal, agreementId);
  assertParty(principal, row);
  await inTransaction(ctx.pool, async (client) => {
    const locked = await lockedOrNotFound(client, agreementId);
    await setState(client, agreementId, must(locked.state, 'revoke'));
    await withdrawPending(client, agreementId);
    await appendAuditEvent(client, { actorOrg: principal.orgId, actorRole: principal.role, action: 'agreement.revoked', agreementId, detail: reason ? { reason } : {} });
    await destroyAgreementData(client, agreementId, 'revoked', { orgId: principal.orgId, role: principal.role });
  });
  return viewFor(principal, await loadView(ctx.pool, agreementId));
}

/** Ends every agreement whose governing (or only proposed) version has passed its validUntil. */
export async function expireDueAgreements(ctx: Pick<ServiceContext, 'pool'>, now = new Date()): Promise<string[]> {
  const expired: string[] = [];
  for (const id of await findExpiredActive(ctx.pool, now)) {
    if (await expireAgreement(ctx, id, now)) expired.push(id);
  }
  return expired;
}

async function expireAgreement(ctx: Pick<ServiceContext, 'pool'>, id: string, now: Date): Promise<boolean> {
  return inTransaction(ctx.pool, async (client) => {
    const locked = await lockAgreement(client, id);
    const t = locked && transition(locked.state, 'expire');
    if (!t?.ok) return false;
    await setState(client, id, t.state);
    await withdrawPending(client, id);
    await appendAuditEvent(client, { actorOrg: null, actorRole: 'system', action: 'agreement.expired', agreementId: id, detail: { at: now.toISOString() } });
    await destroyAgreementData(client, id, 'expired', { orgId: null, role: 'system' });
    return true;
  });
}

/** The agreement if the caller is a member (party or auditor) or the operator; 404 otherwise. */
export async function visibleAgreement(ctx: ServiceContext, principal: Principal, agreementId: string): Promise<AgreementRow> {
  // Expiry is enforced at request time too, not only by the sweeper.
  await expireIfDue(ctx, agreementId);
  const row = await findAgreement(ctx.pool, agreementId);
  const visible = row && (principal.role === 'admin' || (await memberRoles(ctx.pool, agreementId, principal.orgId)).length > 0);
  if (!row || !visible) throw new AppError('not-found', { detail: 'no such agreement' });
  return row;
}

async function expireIfDue(ctx: ServiceContext, agreementId: string): Promise<void> {
  const row = await findAgreement(ctx.pool, agreementId);
  if (!row || (row.state !== 'active' && row.state !== 'suspended' && row.state !== 'proposed')) return;
  const versions = await listVersions(ctx.pool, agreementId);
  const governing = row.activeVersion === null ? versions.find((v) => v.status === 'pending') : versions.find((v) => v.version === row.activeVersion);
  if (governing && Date.parse(governing.document.validUntil) <= Date.now()) await expireAgreement(ctx, agreementId, new Date());
}

export async function getAgreement(ctx: ServiceContext, principal: Principal, agreementId: string): Promise<AgreementView> {
  await visibleAgreement(ctx, principal, agreementId);
  return viewFor(principal, await loadView(ctx.pool, agreementId));
}

export async function listAgreements(ctx: ServiceContext, principal: Principal): Promise<AgreementView[]> {
  const rows = await listAgreementsFor(ctx.pool, principal.role === 'admin' ? null : principal.orgId);
  const views = await Promise.all(rows.map((r) => loadView(ctx.pool, r.id)));
  return views.flatMap((view) => disclose(principal, { kind: 'agreementView', membership: membershipOf(view), view }) ?? []);
}

export function membershipOf(view: AgreementView): Membership {
  return { brand: view.row.brandOrg, partner: view.row.partnerOrg, auditors: view.auditors };
}

/** The view through the disclosure gate: a caller it withholds the agreement from gets 404. */
function viewFor(principal: Principal, view: AgreementView): AgreementView {
  const shown = disclose(principal, { kind: 'agreementView', membership: membershipOf(view), view });
  if (shown === null) throw new AppError('not-found', { detail: 'no such agreement' });
  return shown;
}

function assertParty(principal: Principal, row: AgreementRow): void {
  if (principal.orgId !== row.brandOrg && principal.orgId !== row.partnerOrg) {
    throw new AppError('forbidden', { detail: 'only the brand or the partner of this agreement may do this', rule: 'not_a_party' });
  }
}

async function lockedOrNotFound(client: pg.PoolClient, agreementId: string): Promise<AgreementRow> {
  const row = await lockAgreement(client, agreementId);
  if (!row) throw new AppError('not-found', { detail: 'no such agreement' });
  return row;
}

function parties(doc: PolicyDocument): { orgId: string; role: 'brand' | 'partner' }[] {
  return [
    { orgId: doc.parties.brand, role: 'brand' },
    { orgId: doc.parties.partner, role: 'partner' },
  ];
}

/**
 * Opens (or tightens) both ledgers an approved version governs releases from: a ledger keeps the
 * terms it opened with, and a later agreement may only lower them (policies' ledgerTerms).
 */
async function openLedgers(client: pg.PoolClient, doc: PolicyDocument): Promise<void> {
  for (const [protectedOrg, recipientOrg] of [[doc.parties.partner, doc.parties.brand], [doc.parties.brand, doc.parties.partner]] as const) {
    const existing = await lockLedgerTerms(client, protectedOrg, recipientOrg);
    await writeLedgerTerms(client, protectedOrg, recipientOrg, ledgerTerms(existing, doc.privacy));
  }
}

async function loadView(db: pg.Pool, agreementId: string): Promise<AgreementView> {
  const row = await findAgreement(db, agreementId);
  if (!row) throw new AppError('not-found', { detail: 'no such agreement' });
  return { row, versions: await listVersions(db, agreementId), auditors: await auditorsOf(db, agreementId) };
}

/** Both ledgers of the agreement's parties, (partner's data → brand) and (brand's data → partner), each under its own cap. */
export async function budgetsOf(db: pg.Pool, view: AgreementView): Promise<
  { recipient: string; protectedParty: string; epsilonSpent: number; epsilonBudget: number; epsilonLeft: number; delta: number; releases: number }[]
> {
  const governing = view.versions.find((v) => v.version === view.row.activeVersion) ?? view.versions.at(-1);
  if (!governing) return [];
  const out = [];
  for (const [protectedParty, recipient] of [[view.row.partnerOrg, view.row.brandOrg], [view.row.brandOrg, view.row.partnerOrg]] as const) {
    // Not yet opened (nothing approved): what it would open with.
    const ledger = (await readLedger(db, protectedParty, recipient)) ?? openLedger(ledgerTerms(null, governing.document.privacy));
    out.push((({ epsilonCharged: _none, ...account }) => account)(privacyAccount(ledger, 0, { protectedParty, recipient })));
  }
  return out;
}
