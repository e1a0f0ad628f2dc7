// The operator organisation: created on first start from the configured credentials, or with
// generated ones that are returned so main can print them once.
import type { ServiceContext } from '../context.js';
import { hashChosenSecret, hashGeneratedSecret, verifySecret } from '../auth/secrets.js';
import { secretPepper } from './credentials.js';
import { newClientId, newClientSecret, newOrgId } from '../ids.js';
import { findAdmin, insertOrganization, updateAdminCredentials } from '../store/organizations.js';

export async function ensureAdmin(ctx: Pick<ServiceContext, 'pool' | 'config'>): Promise<{ clientId: string; clientSecret: string } | undefined> {
  const configured = ctx.config.admin;
  const pepper = secretPepper(ctx);
  const existing = await findAdmin(ctx.pool);
  if (existing) {
    // Configured credentials are authoritative: rotating them in the environment rotates them here.
    if (configured && (configured.clientId !== existing.clientId || !(await verifySecret(configured.clientSecret, existing.secretHash, pepper)))) {
      // A secret a person may have chosen: the slow hash (auth/secrets.ts).
      await updateAdminCredentials(ctx.pool, existing.id, configured.clientId, await hashChosenSecret(configured.clientSecret));
    }
    return undefined;
  }
  const creds = configured ?? { clientId: newClientId(), clientSecret: newClientSecret() };
  try {
    // A generated secret has 256 bits: its keyed hash; a configured one the slow hash.
    const secretHash = configured ? await hashChosenSecret(creds.clientSecret) : hashGeneratedSecret(creds.clientSecret, pepper);
    await insertOrganization(ctx.pool, { id: newOrgId(), kind: 'admin', name: 'operator', clientId: creds.clientId, secretHash });
  } catch (err) {
    // Another instance bootstrapped the operator at the same moment.
    if ((err as { code?: string }).code === '23505') return undefined;
    throw err;
  }
  return configured ? undefined : creds;
}
