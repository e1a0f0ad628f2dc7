// X25519 key agreement keys (RFC 7748). Each party registers its public key with the service and
// derives the agreement salt from its own private key and the other party's public key (salt.ts).
// Public keys travel as unpadded base64url (RFC 4648 §5). A peer key is checked before use: a
// low-order point would make the shared secret all-zero (RFC 7748 §6.1), i.e. a salt anyone can
// compute, so it is refused.
import { x25519 } from '@noble/curves/ed25519.js';
import { abytes } from '@noble/hashes/utils.js';
import { decodeBase64, encodeBase64 } from './base64.js';
import { checkString, err, ok } from './result.js';
import type { Result } from './result.js';

/** Bytes in an X25519 private key, public key and shared secret. */
export const X25519_KEY_LENGTH = 32;
/** Characters in an unpadded base64url public key. */
export const ENCODED_PUBLIC_KEY_LENGTH = 43;

export interface KeyPair {
  readonly privateKey: Uint8Array;
  readonly publicKey: Uint8Array;
}

export type PublicKeyErrorCode = 'public_key_encoding' | 'public_key_length' | 'public_key_low_order';

const P = 2n ** 255n - 19n;

// The u-coordinates, reduced mod p, of every point whose order divides the cofactor 8, on the curve
// and on its twist: multiplying any of them by a clamped scalar (a multiple of 8) gives 0. The same
// list libsodium blocks (crypto_scalarmult_curve25519 blocklist; cr.yp.to/ecdh.html#validate).
const LOW_ORDER_U: ReadonlySet<bigint> = new Set([
  0n,
  1n,
  P - 1n,
  325606250916557431795983626356110631294008115727848805560023387167927233504n,
  39382357235489614581723060781553021112529911719440698176882885853963445705823n,
]);

// RFC 7748 §5 decodeUCoordinate: little-endian, top bit masked, non-canonical values reduced mod p.
function decodeU(publicKey: Uint8Array): bigint {
  let u = 0n;
  for (let i = publicKey.length - 1; i >= 0; i--) {
    const byte = publicKey[i] ?? 0;
    u = (u << 8n) | BigInt(i === publicKey.length - 1 ? byte & 0x7f : byte);
  }
  return u % P;
}

/** A fresh key pair from the platform CSPRNG (crypto.getRandomValues). */
export function generateKeyPair(): KeyPair {
  const { secretKey, publicKey } = x25519.keygen();
  return { privateKey: secretKey, publicKey };
}

/** The public key of a 32-byte private key. */
export function getPublicKey(privateKey: Uint8Array): Uint8Array {
  abytes(privateKey, X25519_KEY_LENGTH, 'privateKey');
  return x25519.getPublicKey(privateKey);
}

/** The peer's public key if it is 32 bytes and not a low-order point; an error value otherwise. */
export function validatePeerPublicKey(publicKey: Uint8Array): Result<Uint8Array, PublicKeyErrorCode> {
  abytes(publicKey, undefined, 'publicKey');
  if (publicKey.length !== X25519_KEY_LENGTH) {
    return err('public_key_length', `expected ${X25519_KEY_LENGTH} bytes, got ${publicKey.length}`);
  }
  if (LOW_ORDER_U.has(decodeU(publicKey))) {
    return err('public_key_low_order', 'a low-order point: the shared secret would be all zeros');
  }
  return ok(publicKey);
}

/** Unpadded base64url of a 32-byte public key. */
export function encodePublicKey(publicKey: Uint8Array): string {
  abytes(publicKey, X25519_KEY_LENGTH, 'publicKey');
  return encodeBase64(publicKey, 'base64url', false);
}

/** Parses an unpadded base64url public key and validates it as a peer key. */
export function decodePublicKey(text: string): Result<Uint8Array, PublicKeyErrorCode> {
  checkString(text, 'text');
  const bytes = text.length === ENCODED_PUBLIC_KEY_LENGTH ? decodeBase64(text, 'base64url') : undefined;
  if (bytes === undefined) {
    return err('public_key_encoding', `expected ${ENCODED_PUBLIC_KEY_LENGTH} characters of unpadded base64url`);
  }
  return validatePeerPublicKey(bytes);
}

/**
 * X25519(privateKey, peerPublicKey) (RFC 7748 §5). Throws RangeError for a peer key that
 * `validatePeerPublicKey` rejects. The caller owns the result and should wipe it after use.
 */
export function sharedSecret(privateKey: Uint8Array, peerPublicKey: Uint8Array): Uint8Array {
  abytes(privateKey, X25519_KEY_LENGTH, 'privateKey');
  const peer = validatePeerPublicKey(peerPublicKey);
  if (!peer.ok) throw new RangeError(`"peerPublicKey" rejected: ${peer.message}`);
  return x25519.getSharedSecret(privateKey, peer.value);
}
