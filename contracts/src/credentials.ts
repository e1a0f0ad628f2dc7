// Credential lifecycle (operator only): rotating an organisation's client secret with an overlap,
// disabling and re-enabling an organisation, revoking one access token by its `jti`.
import { OrgId, Timestamp } from './common.js';
import { z } from './zod.js';

export const RotateSecretRequest = z
  .object({
    overlapSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 3600)
      .optional()
      .openapi({ description: 'How long the previous secret keeps working (default: CLEANROOM_SECRET_OVERLAP_SECONDS); 0 ends it at once' }),
  })
  .strict()
  .openapi('RotateSecretRequest');

export const RotatedSecret = z
  .object({
    id: OrgId,
    clientId: z.string(),
    clientSecret: z.string().openapi({ description: 'The new secret, shown once; only its keyed hash is stored' }),
    previousSecretExpiresAt: Timestamp.nullable().openapi({ description: 'Until when the previous secret still works (null: it stopped at once)' }),
  })
  .openapi('RotatedSecret');

export const OrganizationStatus = z
  .object({
    id: OrgId,
    disabled: z.boolean(),
    disabledAt: Timestamp.nullable(),
  })
  .openapi('OrganizationStatus', { description: "Whether the organisation may obtain and use tokens; a disabled one's tokens stop at once" });

export const TokenId = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._~-]+$/, 'a token id (the jti claim)')
  .openapi('TokenId', { example: '3f0c6d1e-7a55-4f4b-9a57-2f1f5f0b9e21' });

export const TokenIdParams = z.object({ jti: TokenId });

export const RevokedToken = z
  .object({
    jti: TokenId,
    revokedAt: Timestamp,
  })
  .openapi('RevokedToken');
