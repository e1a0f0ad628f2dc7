// Stored client secrets, in two kinds told apart by their format:
//
// - `hmac-sha256$<mac>`: a secret the service generated (`crs_` + 256 random bits). A slow password
//   hash protects nothing there — nobody can guess 256 bits — and it cost ~110 ms of event-loop CPU
//   per attempt, so a flood of wrong secrets froze the service. It is checked with HMAC-SHA256
//   (RFC 2104) under a server pepper instead: a stolen table alone does not let anyone test a secret,
//   and a check costs microseconds.
// - `scrypt$N$r$p$salt$hash` (RFC 7914): a secret a person chose (the operator's, set by environment),
//   which may be guessable and keeps a slow, memory-hard hash. Node's `crypto.scrypt` runs it in the
//   libuv thread pool, never on the event loop, and at most a few at a time (`SCRYPT_IN_FLIGHT`).
//   Generated secrets stored this way by earlier versions still verify, and are re-hashed with the
//   HMAC on their next successful use (`needsRehash`).
//
// Every comparison is constant-time (`timingSafeEqual`) over equal-length digests.
import { createHmac, hkdfSync, randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const SCRYPT = { N: 2 ** 14, r: 8, p: 1, dkLen: 32 } as const;
/** scrypt verifications allowed to run or wait at once; more are refused (`SecretCheckBusy`). */
export const SCRYPT_IN_FLIGHT = 8;
/** The HKDF label (RFC 5869 `info`) of a pepper derived from the master key. */
export const PEPPER_LABEL = 'cleanroom secret pepper v1';

let scryptInFlight = 0;

/** Thrown when too many slow (scrypt) checks are already running: the caller answers 429. */
export class SecretCheckBusy extends Error {
  constructor() {
    super('too many slow secret checks in flight');
    this.name = 'SecretCheckBusy';
  }
}

function checkPepper(pepper: Uint8Array): void {
  if (!(pepper instanceof Uint8Array)) throw new TypeError('pepper must be a Uint8Array');
  if (pepper.length !== 32) throw new RangeError(`pepper must be 32 bytes, got ${pepper.length}`);
}

/** The pepper derived from the master key when none is configured: HKDF-SHA256 (RFC 5869), no salt. */
export function derivePepper(masterKey: Uint8Array): Uint8Array {
  if (masterKey.length !== 32) throw new RangeError(`master key must be 32 bytes, got ${masterKey.length}`);
  return new Uint8Array(hkdfSync('sha256', masterKey, new Uint8Array(0), PEPPER_LABEL, 32));
}

function mac(pepper: Uint8Array, secret: string): Buffer {
  checkPepper(pepper);
  return createHmac('sha256', pepper).update(secret, 'utf8').digest();
}

/** The stored form of a secret the service generated (high entropy): its HMAC under the pepper. */
export function hashGeneratedSecret(secret: string, pepper: Uint8Array): string {
  return `hmac-sha256$${mac(pepper, secret).toString('base64url')}`;
}

function scryptAsync(secret: string, salt: Buffer, options: ScryptOptions & { dkLen: number }): Promise<Buffer> {
  const { dkLen, ...rest } = options;
  return new Promise((resolve, reject) => {
    scryptCallback(secret, salt, dkLen, { ...rest, maxmem: 256 * rest.N! * rest.r! }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** The stored form of a secret a person chose: scrypt with a per-secret salt and its parameters. */
export async function hashChosenSecret(secret: string): Promise<string> {
  const salt = randomBytes(16);
  const dk = await scryptAsync(secret, salt, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64url'), dk.toString('base64url')].join('$');
}

/** Whether `secret` is the one `stored` was made from. Unknown formats never match. */
export async function verifySecret(secret: string, stored: string, pepper: Uint8Array): Promise<boolean> {
  const parts = stored.split('$');
  if (parts[0] === 'hmac-sha256' && parts.length === 2) {
    const expected = Buffer.from(parts[1]!, 'base64url');
    const actual = mac(pepper, secret);
    return expected.length === actual.length && timingSafeEqual(actual, expected);
  }
  const [scheme, n, r, p, saltB64, hashB64] = parts;
  if (scheme !== 'scrypt' || parts.length !== 6 || !n || !r || !p || !saltB64 || !hashB64) return false;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  // Parameters from the table, bounded so that a corrupt row cannot ask for gigabytes.
  if (!Number.isInteger(params.N) || params.N < 2 || params.N > 2 ** 20 || !(params.r >= 1 && params.r <= 32) || !(params.p >= 1 && params.p <= 16)) return false;
  const expected = Buffer.from(hashB64, 'base64url');
  if (expected.length < 16 || expected.length > 64) return false;
  if (scryptInFlight >= SCRYPT_IN_FLIGHT) throw new SecretCheckBusy();
  scryptInFlight++;
  try {
    const dk = await scryptAsync(secret, Buffer.from(saltB64, 'base64url'), { ...params, dkLen: expected.length });
    return timingSafeEqual(dk, expected);
  } finally {
    scryptInFlight--;
  }
}

/** A stored scrypt hash of a generated secret (earlier versions): re-hash it with the HMAC. */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith('hmac-sha256$');
}

/** A stored form no presented secret matches, so an unknown client id costs what a known one costs. */
export function dummySecretHash(pepper: Uint8Array): string {
  return hashGeneratedSecret(randomBytes(32).toString('base64url'), pepper);
}
