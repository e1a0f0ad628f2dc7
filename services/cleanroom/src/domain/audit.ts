// What each caller may read of the audit log: the operator everything; auditors and parties the
// events of the agreements they are members of.
import type { ChainedEvent } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import type { Principal } from '../auth/tokens.js';
import { listAuditEvents, type AuditEventCriteria, type AuditFilter } from '../store/audit.js';

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

export async function listEvents(ctx: ServiceContext, principal: Principal, q: AuditQuery): Promise<{ events: ChainedEvent[]; nextCursor: string | null }> {
  const filter = { ...auditFilterFor(principal, q), afterSeq: q.cursor === undefined ? undefined : Number(q.cursor) };
  const events = await listAuditEvents(ctx.pool, filter, q.limit + 1);
  const page = events.slice(0, q.limit);
  return { events: page, nextCursor: events.length > q.limit ? String(page.at(-1)!.seq) : null };
}
