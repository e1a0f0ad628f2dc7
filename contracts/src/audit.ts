// The audit log as seen through the API: hash-chained events and their filters.
import { AgreementId } from './agreements.js';
import { OrgId, Timestamp } from './common.js';
import { orNull, z } from './zod.js';

export const AuditAction = z
  .enum([
    'organization.created',
    'organization.key_registered',
    'organization.secret_rotated',
    'organization.disabled',
    'organization.enabled',
    'token.issued',
    'token.revoked',
    'auth.failed',
    'agreement.proposed',
    'agreement.amendment_proposed',
    'agreement.approved',
    'agreement.approval_refused',
    'agreement.revoked',
    'agreement.expired',
    'key.created',
    'key.destroyed',
    'data.deleted',
    'upload.accepted',
    'upload.rejected',
    'insight.allowed',
    'insight.denied',
    'insight.explained',
    'checkpoint.signed',
    'checkpoint.pushed',
  ])
  .openapi('AuditAction');

export const AuditEvent = z
  .object({
    seq: z.number().int().positive(),
    at: Timestamp,
    actorOrg: orNull(OrgId),
    actorRole: z.string().nullable(),
    action: AuditAction,
    agreementId: orNull(AgreementId),
    decision: z.enum(['allow', 'deny']).nullable(),
    detail: z.record(z.string(), z.unknown()),
    prevHash: z.string().regex(/^[0-9a-f]{64}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    elided: z.literal(true).optional().openapi({
      description:
        "Present on another party's event: it happened (action, time, decision, place in the chain) but its detail is withheld ({}), so its hash cannot be recomputed from what is shown",
    }),
  })
  .openapi('AuditEvent');

export const AuditEventsQuery = z
  .object({
    agreementId: AgreementId.optional(),
    actor: OrgId.optional(),
    action: AuditAction.optional(),
    decision: z.enum(['allow', 'deny']).optional(),
    from: Timestamp.optional(),
    to: Timestamp.optional(),
    cursor: z.string().regex(/^[0-9]{1,19}$/, 'the nextCursor of the previous page').optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();

export const AuditEventPage = z
  .object({
    events: z.array(AuditEvent),
    nextCursor: z.string().nullable().openapi({ description: 'Pass as cursor for the next page; null at the end' }),
  })
  .openapi('AuditEventPage');
