// Random identifiers from the CSPRNG, in lowercase Crockford base32 (no i, l, o, u).
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** `length` base-32 characters, 5 random bits each (256 is a multiple of 32: no modulo bias). */
export function randomBase32(length: number): string {
  const bytes = randomBytes(length);
  let out = '';
  for (const b of bytes) out += ALPHABET[b & 31];
  return out;
}

export const newOrgId = (): string => `org_${randomBase32(26)}`;
export const newClientId = (): string => `cli_${randomBase32(20)}`;
export const newClientSecret = (): string => `crs_${randomBytes(32).toString('base64url')}`;
export const newRequestId = (): string => `req_${randomBase32(16)}`;
export const newAgreementId = (): string => `agr_${randomBase32(26)}`;
export const newDatasetId = (): string => `ds_${randomBase32(26)}`;
export const newReleaseId = (): string => `rel_${randomBase32(26)}`;
