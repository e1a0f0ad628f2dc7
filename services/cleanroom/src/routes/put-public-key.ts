// PUT /v1/organizations/{orgId}/public-key — the organisation registers its X25519 public key.
import { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { publicOrganization, registerPublicKey } from '../domain/organizations.js';
import type { Handler } from '../http/route.js';

export const op = operations.putPublicKey;

export function putPublicKeyHandler(ctx: ServiceContext): Handler<typeof op> {
  return async ({ principal, params, body }) => ({
    body: publicOrganization(await registerPublicKey(ctx, principal, params.orgId, body.publicKey)),
  });
}
