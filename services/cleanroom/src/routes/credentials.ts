// POST /v1/organizations/{orgId}/secret, …/disable, …/enable and POST /v1/tokens/{jti}/revoke — the
// operator's credential lifecycle (domain/credentials.ts).
import type { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { revokeToken, rotateClientSecret, setOrganizationEnabled } from '../domain/credentials.js';
import type { Handler } from '../http/route.js';

export function rotateClientSecretHandler(ctx: ServiceContext): Handler<typeof operations.rotateClientSecret> {
  return async ({ principal, params, body }) => {
    const rotated = await rotateClientSecret(ctx, principal, params.orgId, body.overlapSeconds);
    return {
      body: { id: rotated.orgId, clientId: rotated.clientId, clientSecret: rotated.clientSecret, previousSecretExpiresAt: rotated.previousSecretExpiresAt?.toISOString() ?? null },
      headers: { 'Cache-Control': 'no-store' },
    };
  };
}

const status = (state: { orgId: string; disabledAt: Date | null }) => ({ id: state.orgId, disabled: state.disabledAt !== null, disabledAt: state.disabledAt?.toISOString() ?? null });

export function disableOrganizationHandler(ctx: ServiceContext): Handler<typeof operations.disableOrganization> {
  return async ({ principal, params }) => ({ body: status(await setOrganizationEnabled(ctx, principal, params.orgId, false)) });
}

export function enableOrganizationHandler(ctx: ServiceContext): Handler<typeof operations.enableOrganization> {
  return async ({ principal, params }) => ({ body: status(await setOrganizationEnabled(ctx, principal, params.orgId, true)) });
}

export function revokeTokenHandler(ctx: ServiceContext): Handler<typeof operations.revokeToken> {
  return async ({ principal, params }) => {
    const revoked = await revokeToken(ctx, principal, params.jti);
    return { body: { jti: revoked.jti, revokedAt: revoked.revokedAt.toISOString() } };
  };
}
