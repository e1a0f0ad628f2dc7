// GET /v1/audit/events — the events the caller may see, filtered and cursor-paginated.
import type { operations} from '@cleanroom/contracts';
import { type AuditEvent } from '@cleanroom/contracts';
import type { z } from 'zod';
import type { ServiceContext } from '../context.js';
import { listEvents } from '../domain/audit.js';
import type { Handler } from '../http/route.js';

export function listAuditEventsHandler(ctx: ServiceContext): Handler<typeof operations.listAuditEvents> {
  return async ({ principal, query }) => {
    const { events, nextCursor } = await listEvents(ctx, principal, query);
    return { body: { events: events as z.input<typeof AuditEvent>[], nextCursor }, headers: { 'Cache-Control': 'no-store' } };
  };
}
