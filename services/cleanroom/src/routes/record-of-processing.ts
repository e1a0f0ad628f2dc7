// GET /v1/agreements/{agreementId}/record-of-processing — the agreement's GDPR Art. 30 record.
import type { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { recordOfProcessing } from '../domain/record-of-processing.js';
import type { Handler } from '../http/route.js';

export function getRecordOfProcessingHandler(ctx: ServiceContext): Handler<typeof operations.getRecordOfProcessing> {
  return async ({ principal, params }) => ({ body: await recordOfProcessing(ctx, principal, params.agreementId), headers: { 'Cache-Control': 'no-store' } });
}
