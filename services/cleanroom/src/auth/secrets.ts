// Client secrets are stored only as scrypt hashes (RFC 7914) with a per-secret salt and the cost
// parameters beside them, so the cost can be raised without invalidating stored secrets.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { scryptAsync } from '@noble/hashes/scrypt.js';

const PARAMS = { N: 2 ** 14, r: 8, p: 1, dkLen: 32 } as const;

export async function hashSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const dk = await scryptAsync(new TextEncoder().encode(secret), salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), Buffer.from(dk).toString('base64url')].join('$');
}

export async function verifySecret(secret: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltB64, hashB64] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !saltB64 || !hashB64) return false;
  const expected = Buffer.from(hashB64, 'base64url');
  const dk = await scryptAsync(new TextEncoder().encode(secret), Buffer.from(saltB64, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    dkLen: expected.length,
  });
  return timingSafeEqual(Buffer.from(dk), expected);
}

/** A hash of a random secret, so that an unknown client id costs as much time as a known one. */
export const DUMMY_SECRET_HASH = await hashSecret(randomBytes(32).toString('base64url'));
