// What each caller may read of the audit log: the events of the agreements it is a member of (the
// operator: everything), each shaped by the disclosure gate — a party sees the counterparty's events
// elided (that they happened, where they sit in the chain), never their detail.
import type { ChainedEvent } from '@cleanroom/contracts';
import { disclose, type ElidedAuditEvent, type Membership } from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import type { Principal } from '../auth/tokens.js';
import { listAuditEvents, type AuditEventCriteria, type AuditFilter } from '../store/audit.js';
import { membershipsOf } from '../store/agreements.js';
import { visibleAgreement } from './agreements.js';

export interface AuditQuery extends AuditEventCriteria {
  readonly cursor?: string | undefined;
  readonly limit: number;
}

export function auditFilterFor(principal: Principal, q: Omit<AuditQuery, 'limit' | 'cursor'>): AuditFilter {
  return {
    visibleTo: principal.role === 'admin' ? null : principal.orgId,
    agreementId: q.agreementId,
    actor: q.actor,
    action: q.action,
    decision: q.decision,
    from: q.from,
    to: q.to,
  };
}

/** Events through the gate; those it withholds entirely are dropped. */
export async function discloseEvents(ctx: ServiceContext, principal: Principal, events: readonly ChainedEvent[], known = new Map<string, Membership>()): Promise<(ChainedEvent | ElidedAuditEvent)[]> {
  const missing = [...new Set(events.flatMap((e) => (e.agreementId !== null && !known.has(e.agreementId) ? [e.agreementId] : [])))];
  if (missing.length > 0) for (const [id, m] of await membershipsOf(ctx.pool, missing)) known.set(id, m);
  return events.flatMap((event) => disclose(principal, { kind: 'auditEvent', event, membership: event.agreementId === null ? null : (known.get(event.agreementId) ?? null) }) ?? []);
}

export async function listEvents(ctx: ServiceContext, principal: Principal, q: AuditQuery): Promise<{ events: (ChainedEvent | ElidedAuditEvent)[]; nextCursor: string | null }> {
  // An agreement the caller is not a member of does not exist for it (404), rather than being an empty page.
  if (q.agreementId !== undefined) await visibleAgreement(ctx, principal, q.agreementId);
  const filter = { ...auditFilterFor(principal, q), afterSeq: q.cursor === undefined ? undefined : Number(q.cursor) };
  const events = await listAuditEvents(ctx.pool, filter, q.limit + 1);
  const page = events.slice(0, q.limit);
  return { events: await discloseEvents(ctx, principal, page), nextCursor: events.length > q.limit ? String(page.at(-1)!.seq) : null };
}
