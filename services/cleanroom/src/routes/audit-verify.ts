// GET /v1/audit/verify — the chain recomputed from the table and a signed checkpoint.
import type { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { verifyForCaller } from '../domain/audit-verify.js';
import type { Handler } from '../http/route.js';

export function verifyAuditChainHandler(ctx: ServiceContext): Handler<typeof operations.verifyAuditChain> {
  return async ({ principal }) => ({ body: await verifyForCaller(ctx, principal), headers: { 'Cache-Control': 'no-store' } });
}
