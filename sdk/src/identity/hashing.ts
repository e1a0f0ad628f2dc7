// Identifier hashing on the party's side. First the industry-standard SHA-256 of the normalized
// identifier (FIPS 180-4; what UID2, Google Customer Match and Meta prescribe, so a party holding
// only such hashes can join), then the agreement-scoped id hash HMAC-SHA256(salt, digest)
// (RFC 2104, FIPS 198-1). The service only ever sees the latter, and without the salt cannot link
// it to the public SHA-256 of anyone's email.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { abytes, bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { decodeBase64 } from './base64.js';
import { getProfile } from './normalize.js';
import type { NormalizeErrorCode, ProfileName } from './normalize.js';
import { checkString, err, isWellFormed, ok } from './result.js';
import type { Result } from './result.js';
import { SALT_LENGTH } from './salt.js';

/** Bytes in a SHA-256 digest and in an id hash. */
export const DIGEST_LENGTH = 32;

export type PrehashedErrorCode = 'prehashed_invalid';

/** SHA-256 of the UTF-8 bytes of an already-normalized identifier. */
export function sha256OfNormalized(normalized: string): Uint8Array {
  checkString(normalized, 'normalized');
  if (!isWellFormed(normalized)) throw new RangeError('"normalized" contains a lone UTF-16 surrogate');
  return sha256(utf8ToBytes(normalized));
}

/** Normalizes `raw` with the named profile and returns the SHA-256 of the result. */
export function normalizeAndHash(profile: ProfileName, raw: string): Result<Uint8Array, NormalizeErrorCode> {
  const normalized = getProfile(profile).normalize(raw);
  return normalized.ok ? ok(sha256OfNormalized(normalized.value)) : normalized;
}

const HEX_DIGEST = /^[0-9a-fA-F]{64}$/;
// Base64 of 32 bytes: 43 characters, plus one "=" when padded.
const BASE64_DIGEST_LENGTHS = new Set([43, 44]);
const URL_SAFE_CHARS = /[-_]/;

/**
 * An identifier that the party already holds as a SHA-256 digest (of a normalized value): 64 hex
 * digits (either case), or Base64 of the 32 bytes (RFC 4648 §4 as UID2 publishes it, or base64url,
 * §5), padded or not. Surrounding whitespace is ignored; anything else is an error value.
 */
export function parsePrehashed(input: string): Result<Uint8Array, PrehashedErrorCode> {
  checkString(input, 'input');
  const text = input.trim();
  if (HEX_DIGEST.test(text)) return ok(hexToBytes(text));
  if (BASE64_DIGEST_LENGTHS.has(text.length)) {
    const bytes = decodeBase64(text, URL_SAFE_CHARS.test(text) ? 'base64url' : 'base64');
    if (bytes?.length === DIGEST_LENGTH) return ok(bytes);
  }
  return err('prehashed_invalid', 'expected a SHA-256 digest: 64 hex digits or 43/44 Base64 characters');
}

/**
 * HMAC-SHA256 under one key, with the key's inner and outer pads absorbed once (the precomputation
 * RFC 2104 §4 describes): each call then costs two compressions for a short message instead of
 * four, and allocates nothing but its output. The per-call state is cloned into one scratch object
 * that noble wipes after every digest.
 */
export function createHmacSha256(key: Uint8Array): (message: Uint8Array) => Uint8Array {
  abytes(key, undefined, 'key');
  const keyed = hmac.create(sha256, key);
  const scratch = keyed.clone();
  return (message) => {
    abytes(message, undefined, 'message');
    keyed._cloneInto(scratch);
    const out = new Uint8Array(DIGEST_LENGTH);
    scratch.update(message).digestInto(out);
    return out;
  };
}

/**
 * The bulk form of `idHash`: checks the salt and absorbs it once, then maps each 32-byte SHA-256
 * digest to its 32-byte id hash.
 */
export function createIdHasher(salt: Uint8Array): (digest: Uint8Array) => Uint8Array {
  abytes(salt, SALT_LENGTH, 'salt');
  const mac = createHmacSha256(salt);
  return (digest) => mac(abytes(digest, DIGEST_LENGTH, 'digest'));
}

/** id_hash = HMAC-SHA256(salt, sha256Digest): 32 bytes. For many ids use `createIdHasher`. */
export function idHash(salt: Uint8Array, sha256Digest: Uint8Array): Uint8Array {
  abytes(salt, SALT_LENGTH, 'salt');
  abytes(sha256Digest, DIGEST_LENGTH, 'sha256Digest');
  return hmac(sha256, salt, sha256Digest);
}

/** Lowercase hex. */
export function toHex(bytes: Uint8Array): string {
  abytes(bytes, undefined, 'bytes');
  return bytesToHex(bytes);
}
