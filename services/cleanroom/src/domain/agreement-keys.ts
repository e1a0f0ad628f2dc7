// Agreement keys: 32 random bytes per agreement, created at its first upload, kept only wrapped
// with AES-256-GCM (NIST SP 800-38D) under the master key from configuration, with the agreement
// id as associated data so a wrapped key cannot be moved to another agreement. Unwrapped only in
// memory for the length of an upload.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type pg from 'pg';
import { AppError } from '../errors.js';
import { findAgreementKey, insertAgreementKey } from '../store/agreement-keys.js';

export const AGREEMENT_KEY_BYTES = 32;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export function wrapKey(masterKey: Uint8Array, agreementId: string, key: Uint8Array): Buffer {
  if (masterKey.length !== 32) throw new RangeError('the master key must be 32 bytes');
  if (key.length !== AGREEMENT_KEY_BYTES) throw new RangeError(`an agreement key is ${AGREEMENT_KEY_BYTES} bytes`);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', masterKey, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(agreementId, 'utf8'));
  return Buffer.concat([nonce, cipher.update(key), cipher.final(), cipher.getAuthTag()]);
}

/** Throws if the wrapped key was not made under this master key for this agreement. */
export function unwrapKey(masterKey: Uint8Array, agreementId: string, wrapped: Uint8Array): Buffer {
  if (wrapped.length !== NONCE_BYTES + AGREEMENT_KEY_BYTES + TAG_BYTES) throw new RangeError('a wrapped agreement key is 60 bytes');
  const decipher = createDecipheriv('aes-256-gcm', masterKey, wrapped.subarray(0, NONCE_BYTES), { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(agreementId, 'utf8'));
  decipher.setAuthTag(wrapped.subarray(NONCE_BYTES + AGREEMENT_KEY_BYTES));
  return Buffer.concat([decipher.update(wrapped.subarray(NONCE_BYTES, NONCE_BYTES + AGREEMENT_KEY_BYTES)), decipher.final()]);
}

/** The agreement's key, created on first use; refused once destroyed. The caller wipes it. */
export async function agreementKey(db: pg.Pool | pg.PoolClient, masterKey: Uint8Array | undefined, agreementId: string): Promise<Buffer> {
  if (!masterKey) throw new AppError('internal', { cause: new Error('no master key configured') });
  let row = await findAgreementKey(db, agreementId);
  if (!row) {
    const fresh = randomBytes(AGREEMENT_KEY_BYTES);
    row = await insertAgreementKey(db, agreementId, wrapKey(masterKey, agreementId, fresh));
    fresh.fill(0);
  }
  if (!row.wrappedKey) throw new AppError('conflict', { detail: "the agreement's key has been destroyed; its data can no longer be joined", rule: 'agreement_key_destroyed' });
  try {
    return unwrapKey(masterKey, agreementId, row.wrappedKey);
  } catch (cause) {
    throw new AppError('internal', { cause: new Error('the agreement key does not unwrap under the configured master key', { cause }) });
  }
}
