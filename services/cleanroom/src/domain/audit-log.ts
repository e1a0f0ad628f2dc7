// Recording events that are not part of a larger transaction (token issuance, refusals).
import type { ServiceContext } from '../context.js';
import { appendAuditEvent, type NewAuditEvent } from '../store/audit.js';
import { inTransaction } from '../store/pool.js';

export async function recordEvent(ctx: Pick<ServiceContext, 'pool'>, event: NewAuditEvent): Promise<void> {
  await inTransaction(ctx.pool, (client) => appendAuditEvent(client, event));
}
