// Identifiers and small shared shapes.
import { z } from './zod.js';

export const OrgId = z
  .string()
  .regex(/^org_[0-9a-z]{26}$/, 'an organisation id: org_ followed by 26 base-32 characters')
  .openapi('OrgId', { example: 'org_01jd6m3v8x4k2h7q9w5c0b1n3r' });

export const OrgKind = z.enum(['brand', 'media_partner', 'auditor']).openapi('OrgKind');

export const Role = z.enum(['admin', 'brand', 'media_partner', 'auditor']).openapi('Role');

/** Within what PostgreSQL's timestamptz takes (and any real clock shows): no year 0000, UTC offsets up to ±15:59. */
const storable = (s: string): boolean => !s.startsWith('0000') && Number(/[+-](\d\d):\d\d$/.exec(s)?.[1] ?? 0) <= 15;

export const Timestamp = z.iso
  .datetime({ offset: true })
  .refine(storable, 'a year from 0001 and a UTC offset within ±15:59')
  .openapi({ example: '2026-11-23T10:00:00.000Z' });

/** A 32-byte X25519 public key, base64url without padding. */
export const X25519PublicKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, '32 bytes in base64url without padding')
  .openapi('X25519PublicKey', { example: 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo' });
