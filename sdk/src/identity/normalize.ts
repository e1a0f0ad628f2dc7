// Normalization profiles: the exact string each party hashes for an identifier. Both sides must
// produce the same string for the same person or the join silently loses them, so the rules follow
// the published UID2 rules (Unified ID 2.0, "Normalization and Encoding",
// https://unifiedid.com/docs/getting-started/gs-normalization-encoding): a party holding only
// UID2-style SHA-256 hashes in its CRM then matches one that hashes here. What the rules do not
// cover is rejected, never repaired. A profile is versioned: any change to its output is a new
// version, and the version is bound into the salt check (salt.ts) so mismatched sides are detected.
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { checkString, err, isWellFormed, ok } from './result.js';
import type { Result } from './result.js';

export type ProfileName = 'email' | 'phone';
export type NormalizeErrorCode = 'email_invalid' | 'phone_not_e164';
export type NormalizeResult = Result<string, NormalizeErrorCode>;

export interface NormalizationProfile {
  readonly name: ProfileName;
  readonly version: number;
  /** The normalized identifier, or why `raw` is not one. Throws TypeError if `raw` is not a string. */
  normalize(raw: string): NormalizeResult;
}

// UID2: the dot and plus rules apply "in gmail.com addresses only" (googlemail.com is not named).
const GMAIL_DOMAIN = 'gmail.com';
// RFC 5321 §4.5.3.1.1 (local part) and §4.5.3.1.3 with erratum 1690 (whole address), in octets.
const MAX_LOCAL_OCTETS = 64;
const MAX_ADDRESS_OCTETS = 254;
// Whitespace, control and format characters, and the RFC 5322 §3.2.3 specials that only occur in
// quoted local parts, comments or address literals, none of which UID2's rules cover.
const FORBIDDEN_IN_EMAIL = /[\s\p{Cc}\p{Cf}"(),:;<>[\\\]]/u;
// At least two non-empty dot-separated labels.
const EMAIL_DOMAIN = /^[^.]+(?:\.[^.]+)+$/u;

function emailInvalid(message: string): NormalizeResult {
  return err('email_invalid', message);
}

function normalizeEmail(raw: string): NormalizeResult {
  checkString(raw, 'raw');
  // UID2 steps 1 and 2: remove leading and trailing spaces, then lowercase.
  const email = raw.trim().toLowerCase();
  const at = email.indexOf('@');
  if (at <= 0 || at === email.length - 1 || at !== email.lastIndexOf('@')) {
    return emailInvalid('expected exactly one "@" with text on both sides');
  }
  if (FORBIDDEN_IN_EMAIL.test(email) || !isWellFormed(email)) {
    return emailInvalid('contains whitespace, control characters or characters not allowed unquoted');
  }
  let local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (!EMAIL_DOMAIN.test(domain)) return emailInvalid('the domain must be dot-separated non-empty labels');
  if (domain === GMAIL_DOMAIN) {
    // UID2 step 3: remove every "." from the local part, then "+" and everything after it.
    local = local.replaceAll('.', '');
    const plus = local.indexOf('+');
    if (plus >= 0) local = local.slice(0, plus);
    if (local === '') return emailInvalid('nothing is left of the local part after gmail.com normalization');
  }
  const normalized = `${local}@${domain}`;
  if (utf8ToBytes(local).length > MAX_LOCAL_OCTETS || utf8ToBytes(normalized).length > MAX_ADDRESS_OCTETS) {
    return emailInvalid(`longer than ${MAX_LOCAL_OCTETS} octets (local part) or ${MAX_ADDRESS_OCTETS} (address)`);
  }
  return ok(normalized);
}

// E.164: "+", the country code (never starting with 0), then the national number, at most 15
// digits in all. UID2 requires callers to have normalized already and rejects anything else; its
// operator also requires at least 10 digits (uid2-operator InputUtil.isPhoneNumberNormalized). The
// SDK never guesses a country code, so "(02) 1234 5678" is rejected rather than rewritten.
const E164 = /^\+[1-9][0-9]{9,14}$/;

function normalizePhone(raw: string): NormalizeResult {
  checkString(raw, 'raw');
  // Surrounding whitespace (a CSV artefact) is dropped; any inside the number is an error.
  const phone = raw.trim();
  if (E164.test(phone)) return ok(phone);
  return err('phone_not_e164', 'expected E.164: "+" then 10 to 15 digits, country code first, no spaces or punctuation');
}

/** Email, version 1: UID2 email normalization. */
export const emailProfile: NormalizationProfile = Object.freeze({
  name: 'email',
  version: 1,
  normalize: normalizeEmail,
});

/** Phone, version 1: E.164 as UID2 requires it, checked, never rewritten. */
export const phoneProfile: NormalizationProfile = Object.freeze({
  name: 'phone',
  version: 1,
  normalize: normalizePhone,
});

export const PROFILES: Readonly<Record<ProfileName, NormalizationProfile>> = Object.freeze({
  email: emailProfile,
  phone: phoneProfile,
});

/** The profile named `name`; throws RangeError for an unknown name. */
export function getProfile(name: ProfileName): NormalizationProfile {
  checkString(name, 'profile');
  if (!Object.hasOwn(PROFILES, name)) throw new RangeError(`"profile" expected "email" or "phone", got "${name}"`);
  return PROFILES[name];
}
