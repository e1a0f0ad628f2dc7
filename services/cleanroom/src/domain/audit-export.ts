// The audit export: who may export (auditors for the agreements that name them, the operator for
// everything), and the lines of an export — each event of the scope in seq order with its agreement
// chain fields, the ones the filters leave out as elided lines — streamed from PostgreSQL in pages.
import { AgreementChains, type ChainedEvent, type ExportLine, type RecordOfProcessing } from '@cleanroom/contracts';
import type { z } from 'zod';
import { disclose, type Membership } from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import type { Principal } from '../auth/tokens.js';
import { AppError } from '../errors.js';
import { allAuditEvents, auditHead, type AuditEventCriteria, type AuditFilter } from '../store/audit.js';
import { auditorsOf } from '../store/agreements.js';
import { visibleAgreement } from './agreements.js';
import { discloseEvents } from './audit.js';
import { recordOfProcessing } from './record-of-processing.js';

export interface ExportQuery extends AuditEventCriteria {
  readonly format: 'ndjson' | 'csv';
  readonly through?: number | undefined;
  readonly include?: 'record' | undefined;
}

export type ExportItem = { readonly kind: 'line'; readonly line: ExportLine } | { readonly kind: 'record'; readonly record: z.input<typeof RecordOfProcessing> };

export interface PreparedExport {
  /** The last seq the export can contain (the head when it started, or `through`). */
  readonly through: number;
  /** Whether chains start mid-way (a `from` filter): verify with `partial`. */
  readonly partial: boolean;
  readonly items: AsyncGenerator<ExportItem>;
}

/** Auditors and the operator read the whole log of their scope; parties use /v1/audit/events (the gate decides). */
export function assertAuditor(principal: Principal, membership: Membership | null = null): void {
  if (!disclose(principal, { kind: 'auditExport', membership })) {
    throw new AppError('forbidden', { detail: 'only auditors (and the operator) may export or verify the audit log', rule: 'auditors_only' });
  }
}

/** Checks everything that can fail before the first byte is sent, then returns the lines to stream. */
export async function prepareExport(ctx: ServiceContext, principal: Principal, q: ExportQuery): Promise<PreparedExport> {
  assertAuditor(principal);
  if (q.include === 'record') {
    const issues = [];
    if (q.agreementId === undefined) issues.push({ path: 'query/include', code: 'agreement_required', message: 'include=record needs agreementId' });
    if (q.format !== 'ndjson') issues.push({ path: 'query/include', code: 'ndjson_only', message: 'the record of processing is included in NDJSON exports only' });
    if (issues.length > 0) throw new AppError('validation-failed', { detail: 'see errors', errors: issues });
  }
  if (q.agreementId !== undefined) {
    const agreement = await visibleAgreement(ctx, principal, q.agreementId);
    assertAuditor(principal, { brand: agreement.brandOrg, partner: agreement.partnerOrg, auditors: await auditorsOf(ctx.pool, agreement.id) });
  }
  const record: ExportItem | undefined =
    q.include === 'record' && q.agreementId !== undefined ? { kind: 'record', record: await recordOfProcessing(ctx, principal, q.agreementId) } : undefined;
  const head = (await auditHead(ctx.pool)).seq;
  const through = q.through === undefined ? head : Math.min(q.through, head);
  const scope: AuditFilter = { visibleTo: principal.role === 'admin' ? null : principal.orgId, agreementId: q.agreementId, throughSeq: through };
  return { through, partial: q.from !== undefined, items: exportItems(ctx, principal, scope, q, record) };
}

async function* exportItems(ctx: ServiceContext, principal: Principal, scope: AuditFilter, q: ExportQuery, record: ExportItem | undefined): AsyncGenerator<ExportItem> {
  if (record) yield record;
  const from = q.from === undefined ? undefined : Date.parse(q.from);
  const to = q.to === undefined ? undefined : Date.parse(q.to);
  const matches = (e: ChainedEvent): boolean =>
    (q.actor === undefined || e.actorOrg === q.actor) &&
    (q.action === undefined || e.action === q.action) &&
    (q.decision === undefined || e.decision === q.decision) &&
    (from === undefined || Date.parse(e.at) >= from) &&
    (to === undefined || Date.parse(e.at) < to);
  // The agreement chains are derived from each agreement's first event, so the walk starts there
  // even when `from` starts the export later.
  const chains = new AgreementChains();
  const memberships = new Map<string, Membership>();
  let started = from === undefined;
  for await (const e of allAuditEvents(ctx.pool, scope)) {
    const chain = chains.add(e);
    if (!started) {
      if (Date.parse(e.at) < from!) continue;
      started = true;
    }
    const [shown] = matches(e) ? await discloseEvents(ctx, principal, [e], memberships) : [];
    yield shown !== undefined && !('elided' in shown)
      ? { kind: 'line', line: { kind: 'event', event: shown, chain } }
      : { kind: 'line', line: { kind: 'elided', seq: e.seq, agreementId: e.agreementId, prevHash: e.prevHash, hash: e.hash, chain } };
  }
}
