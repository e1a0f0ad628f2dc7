// Organisations: registration by the operator, visibility between organisations, public keys.
import { x25519 } from '@noble/curves/ed25519.js';
import { AppError } from '../errors.js';
import { disclose } from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import type { Principal } from '../auth/tokens.js';
import { hashGeneratedSecret } from '../auth/secrets.js';
import { secretPepper } from './credentials.js';
import { newClientId, newClientSecret, newOrgId } from '../ids.js';
import {
  findOrganizationById,
  insertOrganization,
  setPublicKey,
  type OrganizationRow,
} from '../store/organizations.js';
import { orgsShareAgreement } from '../store/agreements-visibility.js';
import { appendAuditEvent } from '../store/audit.js';
import { inTransaction } from '../store/pool.js';

export interface NewOrganization {
  readonly row: OrganizationRow;
  readonly clientSecret: string;
}

export async function createOrganization(
  ctx: ServiceContext,
  principal: Principal,
  input: { kind: 'brand' | 'media_partner' | 'auditor'; name: string },
): Promise<NewOrganization> {
  if (principal.role !== 'admin') throw new AppError('forbidden', { detail: 'only the operator registers organisations' });
  const clientSecret = newClientSecret();
  const secretHash = hashGeneratedSecret(clientSecret, secretPepper(ctx));
  const row = await inTransaction(ctx.pool, async (client) => {
    const created = await insertOrganization(client, { id: newOrgId(), kind: input.kind, name: input.name, clientId: newClientId(), secretHash });
    await appendAuditEvent(client, { actorOrg: principal.orgId, actorRole: principal.role, action: 'organization.created', detail: { orgId: created.id, kind: created.kind } });
    return created;
  });
  return { row, clientSecret };
}

/** An organisation is visible to itself, the operator, and organisations it shares an agreement with. */
export async function getVisibleOrganization(ctx: ServiceContext, principal: Principal, orgId: string): Promise<OrganizationRow> {
  // Membership follows governing versions, so an auditor a proposal merely names deals with nobody yet.
  const sharesAgreement = principal.orgId === orgId || (await orgsShareAgreement(ctx.pool, principal.orgId, orgId));
  const found = await findOrganizationById(ctx.pool, orgId);
  const row = found && disclose(principal, { kind: 'organization', sharesAgreement, organization: found });
  // Not-found for invisible organisations too, so ids cannot be probed.
  if (!row) throw new AppError('not-found', { detail: 'no such organisation' });
  return row;
}

export async function registerPublicKey(ctx: ServiceContext, principal: Principal, orgId: string, publicKeyB64: string): Promise<OrganizationRow> {
  if (principal.orgId !== orgId) {
    await getVisibleOrganization(ctx, principal, orgId);
    throw new AppError('forbidden', { detail: "only an organisation registers its own key" });
  }
  const key = new Uint8Array(Buffer.from(publicKeyB64, 'base64url'));
  assertUsableX25519(key);
  const row = await inTransaction(ctx.pool, async (client) => {
    const updated = await setPublicKey(client, orgId, key);
    if (!updated) throw new AppError('not-found', { detail: 'no such organisation' });
    await appendAuditEvent(client, { actorOrg: principal.orgId, actorRole: principal.role, action: 'organization.key_registered', detail: { orgId } });
    return updated;
  });
  return row;
}

/** RFC 7748 §6.1: a low-order point makes every shared secret all-zero; noble refuses those. */
function assertUsableX25519(key: Uint8Array): void {
  try {
    x25519.getSharedSecret(x25519.utils.randomSecretKey(), key);
  } catch {
    throw new AppError('validation-failed', {
      detail: 'the public key is not a usable X25519 key',
      errors: [{ path: 'body/publicKey', code: 'low_order_point', message: 'a low-order point; generate a fresh key pair' }],
    });
  }
}

export function publicOrganization(row: OrganizationRow): {
  id: string;
  kind: OrganizationRow['kind'];
  name: string;
  publicKey: string | null;
  publicKeyUpdatedAt: string | null;
  createdAt: string;
} {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    publicKey: row.publicKey ? Buffer.from(row.publicKey).toString('base64url') : null,
    publicKeyUpdatedAt: row.publicKeyUpdatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
