// Organisations: registration by the operator, public details, X25519 public keys.
import { OrgId, OrgKind, Role, Timestamp, X25519PublicKey } from './common.js';
import { orNull, z } from './zod.js';

export const CreateOrganizationRequest = z
  .object({
    kind: OrgKind,
    name: z.string().trim().min(1).max(200),
  })
  .strict()
  .openapi('CreateOrganizationRequest');

export const OrganizationCredentials = z
  .object({
    id: OrgId,
    kind: OrgKind,
    name: z.string(),
    clientId: z.string(),
    clientSecret: z.string().openapi({ description: 'Shown once; only a slow salted hash is stored' }),
    createdAt: Timestamp,
  })
  .openapi('OrganizationCredentials');

export const Organization = z
  .object({
    id: OrgId,
    kind: Role,
    name: z.string(),
    publicKey: orNull(X25519PublicKey),
    publicKeyUpdatedAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .openapi('Organization');

export const PutPublicKeyRequest = z
  .object({ publicKey: X25519PublicKey })
  .strict()
  .openapi('PutPublicKeyRequest');

export const OrgIdParams = z.object({ orgId: OrgId });
