// The per-agreement salt and the salt check (DESIGN §2.3).
//
// salt = HKDF-SHA256(IKM = X25519(own private, peer public), salt = UTF-8(agreement id),
//                    info = UTF-8("cleanroom id-salt v1"), L = 32)            (RFC 5869, RFC 7748 §6.1)
//
// Both parties compute the same X25519 shared secret from their own private key and the other's
// public key, so they derive the same salt; the service, which holds only public keys, cannot. The
// agreement id as HKDF salt (RFC 5869 §3.1) gives every agreement between the same two keys its own
// salt, so id hashes cannot be linked across agreements.
//
// salt check = hex(HMAC-SHA256(salt, UTF-8("cleanroom salt-check v1|" + profile + "|v" + version)))
//
// A keyed digest of a fixed label: equal on both uploads iff both used the same salt and the same
// profile version; it reveals nothing about the salt (HMAC is a PRF under it).
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { abytes, anumber, bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { sharedSecret } from './keys.js';
import { getProfile } from './normalize.js';
import type { ProfileName } from './normalize.js';
import { checkString, isWellFormed } from './result.js';

/** HKDF info for the agreement salt. */
export const ID_SALT_INFO = 'cleanroom id-salt v1';
/** Label prefix of the salt check. */
export const SALT_CHECK_LABEL = 'cleanroom salt-check v1';
/** Bytes in an agreement salt. */
export const SALT_LENGTH = 32;

/** HKDF-SHA256 (RFC 5869 §2): extract with `salt`, expand with `info` to `length` bytes. */
export function hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Uint8Array {
  abytes(ikm, undefined, 'ikm');
  abytes(salt, undefined, 'salt');
  abytes(info, undefined, 'info');
  anumber(length, 'length');
  return hkdf(sha256, ikm, salt, info, length);
}

/** The 32-byte salt both parties of `agreementId` derive from their own key and the other's. */
export function deriveAgreementSalt(
  ownPrivateKey: Uint8Array,
  peerPublicKey: Uint8Array,
  agreementId: string,
): Uint8Array {
  checkString(agreementId, 'agreementId');
  if (agreementId === '' || !isWellFormed(agreementId)) {
    throw new RangeError('"agreementId" expected a non-empty, well-formed string');
  }
  const ikm = sharedSecret(ownPrivateKey, peerPublicKey);
  try {
    return hkdfSha256(ikm, utf8ToBytes(agreementId), utf8ToBytes(ID_SALT_INFO), SALT_LENGTH);
  } finally {
    ikm.fill(0);
  }
}

/** The message the salt check authenticates, e.g. "cleanroom salt-check v1|email|v1". */
export function saltCheckMessage(profile: ProfileName): string {
  return `${SALT_CHECK_LABEL}|${profile}|v${getProfile(profile).version}`;
}

/** Lowercase hex salt check for uploads hashed with `salt` under `profile`. */
export function saltCheck(salt: Uint8Array, profile: ProfileName): string {
  abytes(salt, SALT_LENGTH, 'salt');
  return bytesToHex(hmac(sha256, salt, utf8ToBytes(saltCheckMessage(profile))));
}
