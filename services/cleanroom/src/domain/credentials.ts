// The credential lifecycle, operator only and audited: rotate an organisation's client secret (the
// previous one works for an overlap), disable and re-enable an organisation (its tokens stop at
// once), revoke one access token by `jti`. Each change is committed with its audit event, then
// applied to this instance's revocation list before the answer leaves, so the next request sees it.
import { AppError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import type { Principal } from '../auth/tokens.js';
import { hashGeneratedSecret } from '../auth/secrets.js';
import { newClientSecret } from '../ids.js';
import { findOrganizationById } from '../store/organizations.js';
import { deleteForgottenRevocations, insertRevokedToken, readRevocations, rotateSecretHash, setDisabled } from '../store/credentials.js';
import { appendAuditEvent } from '../store/audit.js';
import { inTransaction } from '../store/pool.js';

/** The server pepper; the start sets it (configured, derived or generated) before any request. */
export function secretPepper(ctx: Pick<ServiceContext, 'config'>): Uint8Array {
  const pepper = ctx.config.secretPepper;
  if (!pepper) throw new Error('unreachable: the secret pepper is set at start');
  return pepper;
}

function requireOperator(principal: Principal, what: string): void {
  if (principal.role !== 'admin') throw new AppError('forbidden', { detail: `only the operator ${what}`, rule: 'operator_only' });
}

export async function rotateClientSecret(
  ctx: ServiceContext,
  principal: Principal,
  orgId: string,
  overlapSeconds: number = ctx.config.secretOverlapSeconds,
): Promise<{ orgId: string; clientId: string; clientSecret: string; previousSecretExpiresAt: Date | null }> {
  requireOperator(principal, 'rotates client secrets');
  const org = await findOrganizationById(ctx.pool, orgId);
  if (!org) throw new AppError('not-found', { detail: 'no such organisation', rule: 'no_such_organization' });
  // The operator's own secret is set by environment (CLEANROOM_ADMIN_CLIENT_SECRET), which wins at every start.
  if (org.kind === 'admin') throw new AppError('forbidden', { detail: "the operator's secret is rotated in its environment", rule: 'operator_secret_by_environment' });
  const clientSecret = newClientSecret();
  const rotated = await inTransaction(ctx.pool, async (client) => {
    const done = await rotateSecretHash(client, orgId, org.secretHash, hashGeneratedSecret(clientSecret, secretPepper(ctx)), overlapSeconds);
    if (!done) throw new AppError('conflict', { detail: 'the secret changed meanwhile; try again', rule: 'concurrent_rotation' });
    await appendAuditEvent(client, { actorOrg: principal.orgId, actorRole: principal.role, action: 'organization.secret_rotated', detail: { orgId, overlapSeconds } });
    return done;
  });
  return { orgId, clientId: org.clientId, clientSecret, previousSecretExpiresAt: rotated.previousSecretExpiresAt };
}

/** Disables (`enabled: false`) or re-enables an organisation; a call that changes nothing records nothing. */
export async function setOrganizationEnabled(ctx: ServiceContext, principal: Principal, orgId: string, enabled: boolean): Promise<{ orgId: string; disabledAt: Date | null }> {
  requireOperator(principal, enabled ? 'enables organisations' : 'disables organisations');
  const org = await findOrganizationById(ctx.pool, orgId);
  if (!org) throw new AppError('not-found', { detail: 'no such organisation', rule: 'no_such_organization' });
  if (org.kind === 'admin') throw new AppError('forbidden', { detail: 'the operator cannot be disabled', rule: 'operator_not_disabled' });
  const state = await inTransaction(ctx.pool, async (client) => {
    const after = await setDisabled(client, orgId, !enabled);
    if (!after) throw new AppError('not-found', { detail: 'no such organisation', rule: 'no_such_organization' });
    if (after.changed) {
      await appendAuditEvent(client, { actorOrg: principal.orgId, actorRole: principal.role, action: enabled ? 'organization.enabled' : 'organization.disabled', detail: { orgId } });
    }
    return after;
  });
  if (enabled) ctx.revocations.enable(orgId);
  else ctx.revocations.disable(orgId);
  return { orgId, disabledAt: state.disabledAt };
}

/** Revokes one access token; revoking it again changes nothing and records nothing. */
export async function revokeToken(ctx: ServiceContext, principal: Principal, jti: string): Promise<{ jti: string; revokedAt: Date }> {
  requireOperator(principal, 'revokes tokens');
  // No token bearing it is accepted after this (maxTokenAge in auth/tokens.ts): then it is swept.
  const forgetAfter = new Date(Date.now() + (ctx.config.tokenTtlSeconds + 60) * 1000);
  const revoked = await inTransaction(ctx.pool, async (client) => {
    const row = await insertRevokedToken(client, jti, principal.orgId, forgetAfter);
    if (row.created) await appendAuditEvent(client, { actorOrg: principal.orgId, actorRole: principal.role, action: 'token.revoked', detail: { jti } });
    return row;
  });
  ctx.revocations.revoke(jti, revoked.forgetAfter);
  return { jti, revokedAt: revoked.revokedAt };
}

/** Reloads the revocation list from the table (other instances' changes). */
export async function refreshRevocations(ctx: Pick<ServiceContext, 'pool' | 'revocations'>): Promise<void> {
  const mark = ctx.revocations.mark();
  ctx.revocations.load(await readRevocations(ctx.pool), mark);
}

export async function sweepRevocations(ctx: Pick<ServiceContext, 'pool'>): Promise<number> {
  return deleteForgottenRevocations(ctx.pool);
}
