// What a row may carry: an id that is a well-formed 32-byte digest (never plaintext), and attribute
// values the agreement allows. Each check returns a stable issue code; the caller adds the line.
import { MAX_DISTINCT_VALUES, MAX_VALUE_LENGTH, type UploadAttribute } from '@cleanroom/policies';

export type IssueCode =
  | 'plaintext_email'
  | 'plaintext_phone'
  | 'id_not_a_digest'
  | 'missing_id'
  | 'attribute_not_allowed'
  | 'duplicate_field'
  | 'value_not_allowed'
  | 'invalid_value'
  | 'not_multi_valued'
  | 'too_many_values'
  | 'malformed_row'
  | 'wrong_field_count'
  | 'missing_id_column'
  | 'line_too_long'
  | 'invalid_utf8';

export interface Issue {
  readonly code: IssueCode;
  readonly message: string;
}

const issue = (code: IssueCode, message: string): Issue => ({ code, message });

// ---- ids -------------------------------------------------------------------------------------

const HEX = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) HEX[48 + i] = i;
for (let i = 0; i < 6; i++) {
  HEX[65 + i] = 10 + i;
  HEX[97 + i] = 10 + i;
}
const B64URL = new Int8Array(256).fill(-1);
'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('').forEach((c, i) => (B64URL[c.charCodeAt(0)] = i));

const scratch = new Uint8Array(33);

/**
 * Decodes the id hash in b[start..end) — 64 hex digits (either case) or 43 base64url characters
 * (RFC 4648 §5, unpadded, or 44 with one "=") — into 8 big-endian words. False if it is neither.
 */
export function decodeIdInto(b: Uint8Array, start: number, end: number, words: Int32Array): boolean {
  const len = end - start;
  if (len === 64) {
    for (let w = 0; w < 8; w++) {
      let word = 0;
      for (let j = 0; j < 8; j++) {
        const v = HEX[b[start + w * 8 + j]!]!;
        if (v < 0) return false;
        word = (word << 4) | v;
      }
      words[w] = word;
    }
    return true;
  }
  const chars = len === 44 && b[end - 1] === 61 ? 43 : len;
  if (chars !== 43) return false;
  // 43 characters carry 258 bits: 32 bytes and two bits that must be zero (canonical encoding).
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < 43; i++) {
    const v = B64URL[b[start + i]!]!;
    if (v < 0) return false;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      scratch[o++] = (acc >> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  if (acc !== 0) return false;
  for (let w = 0; w < 8; w++) words[w] = (scratch[w * 4]! << 24) | (scratch[w * 4 + 1]! << 16) | (scratch[w * 4 + 2]! << 8) | scratch[w * 4 + 3]!;
  return true;
}

/** The same for an id given as a string (a quoted CSV field or an escaped JSON string). */
export function decodeIdString(text: string, words: Int32Array): boolean {
  const t = text.trim();
  if (t.length !== 64 && t.length !== 43 && t.length !== 44) return false;
  const bytes = Buffer.from(t, 'latin1');
  // latin1 maps characters above U+00FF to their low byte: make sure nothing was folded.
  for (let i = 0; i < t.length; i++) if (t.charCodeAt(i) > 0x7f) return false;
  return decodeIdInto(bytes, 0, bytes.length, words);
}

// A phone number as people write it: digits with optional +, spaces, dots, dashes and parentheses.
const PHONE_LIKE = /^\+?[\d\s().-]+$/;
const DIGITS = /\d/g;

function looksLikePhone(text: string): boolean {
  return PHONE_LIKE.test(text) && (text.match(DIGITS)?.length ?? 0) >= 7;
}

/** Why `text` is not an id hash; it is never echoed back (it may be someone's email). */
export function badIdIssue(text: string): Issue {
  const t = text.trim();
  if (t === '') return issue('missing_id', 'the id is empty');
  if (t.includes('@')) return issue('plaintext_email', 'the id looks like an email address: hash identifiers with the SDK before uploading');
  if (looksLikePhone(t)) return issue('plaintext_phone', 'the id looks like a phone number: hash identifiers with the SDK before uploading');
  return issue('id_not_a_digest', 'the id is not a 32-byte id hash (64 hex digits or 43 base64url characters)');
}

// ---- attribute values ------------------------------------------------------------------------

// Control and format characters; a long run of identifier-like characters (a hash or an id
// smuggled into an attribute).
const CONTROL = /[\p{Cc}\p{Cf}\p{Cs}]/u;
const TOKEN_LIKE = /^[A-Za-z0-9_+/=-]{32,}$/;

/**
 * One attribute's values: checked once per distinct value and kept as UTF-8 bytes, at most
 * MAX_DISTINCT_VALUES of them (or the agreement's list), so the cache is bounded.
 */
export class AttributeCodec {
  readonly #known = new Map<string, Uint8Array>();
  /** The same values by a hash of their bytes, to find one without making a string. */
  readonly #byHash = new Map<number, Uint8Array[]>();
  readonly #listed: boolean;

  constructor(readonly spec: UploadAttribute) {
    this.#listed = spec.allowedValues !== null;
    for (const v of spec.allowedValues ?? []) this.#remember(v, Buffer.from(v, 'utf8'));
  }

  /** The bytes of a value already accepted whose UTF-8 is exactly b[start..end); undefined otherwise. */
  lookup(b: Uint8Array, start: number, end: number): Uint8Array | undefined {
    const candidates = this.#byHash.get(fnv1a(b, start, end));
    if (!candidates) return undefined;
    const len = end - start;
    for (const c of candidates) {
      if (c.length !== len) continue;
      let i = 0;
      while (i < len && c[i] === b[start + i]) i++;
      if (i === len) return c;
    }
    return undefined;
  }

  #remember(value: string, bytes: Uint8Array): void {
    this.#known.set(value, bytes);
    const h = fnv1a(bytes, 0, bytes.length);
    const list = this.#byHash.get(h);
    if (list) list.push(bytes);
    else this.#byHash.set(h, [bytes]);
  }

  /** The value's bytes, null for an empty value (absent), or why it is refused. */
  encode(raw: string): Uint8Array | null | Issue {
    const hit = this.#known.get(raw);
    if (hit) return hit;
    const v = raw.trim();
    if (v === '') return null;
    if (v !== raw) {
      const trimmed = this.#known.get(v);
      if (trimmed) return trimmed;
    }
    const name = this.spec.name;
    if (v.includes('@')) return issue('plaintext_email', `"${name}" holds what looks like an email address`);
    if (looksLikePhone(v)) return issue('plaintext_phone', `"${name}" holds what looks like a phone number`);
    if (this.#listed) return issue('value_not_allowed', `"${name}" takes only the values the agreement lists for it`);
    if (v.length > MAX_VALUE_LENGTH) return issue('invalid_value', `"${name}" values are at most ${MAX_VALUE_LENGTH} characters`);
    if (CONTROL.test(v)) return issue('invalid_value', `"${name}" holds control characters`);
    if (TOKEN_LIKE.test(v)) return issue('invalid_value', `"${name}" holds what looks like an identifier or a hash`);
    if (this.#known.size >= MAX_DISTINCT_VALUES) {
      return issue('too_many_values', `"${name}" takes more than ${MAX_DISTINCT_VALUES} distinct values: attributes are categories`);
    }
    const bytes = Buffer.from(v, 'utf8');
    this.#remember(v, bytes);
    return bytes;
  }
}

/** FNV-1a, 32 bits: a lookup key, not a security function. */
function fnv1a(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h >>> 0;
}

export const isIssue = (x: unknown): x is Issue => typeof x === 'object' && x !== null && 'code' in x;
