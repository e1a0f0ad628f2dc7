// Identity on the party's side: the one entry point for turning identifiers into the id hashes an
// upload carries (DESIGN §2.3). Nothing here talks to the service; raw identifiers and the salt
// never leave the party.
//
//   const { privateKey, publicKey } = generateKeyPair();          // register encodePublicKey(publicKey)
//   const peer = decodePublicKey(counterpartyKeyText);             // from GET /v1/organizations/{id}
//   if (!peer.ok) throw new Error(peer.message);
//   const salt = deriveAgreementSalt(privateKey, peer.value, agreementId);
//   const hashId = createIdHasher(salt);
//   for (const raw of emails) {
//     const digest = normalizeAndHash('email', raw);              // or parsePrehashed(sha256Text)
//     if (digest.ok) upload(toHex(hashId(digest.value)));
//   }
//   send saltCheck(salt, 'email') with the upload; wipe with salt.fill(0) when done.
export type { Result } from './result.js';
export type { NormalizationProfile, NormalizeErrorCode, NormalizeResult, ProfileName } from './normalize.js';
export { emailProfile, getProfile, phoneProfile, PROFILES } from './normalize.js';
export type { PrehashedErrorCode } from './hashing.js';
export {
  createIdHasher,
  DIGEST_LENGTH,
  idHash,
  normalizeAndHash,
  parsePrehashed,
  sha256OfNormalized,
  toHex,
} from './hashing.js';
export type { KeyPair, PublicKeyErrorCode } from './keys.js';
export {
  decodePublicKey,
  ENCODED_PUBLIC_KEY_LENGTH,
  encodePublicKey,
  generateKeyPair,
  getPublicKey,
  validatePeerPublicKey,
  X25519_KEY_LENGTH,
} from './keys.js';
export {
  deriveAgreementSalt,
  ID_SALT_INFO,
  SALT_CHECK_LABEL,
  SALT_LENGTH,
  saltCheck,
  saltCheckMessage,
} from './salt.js';
