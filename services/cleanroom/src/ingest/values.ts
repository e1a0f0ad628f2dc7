// What a row may carry: an id that is a well-formed 32-byte digest (never plaintext), and attribute
// values the agreement allows. Each check returns a stable issue code; the caller adds the line.
import type { UploadAttribute } from '@cleanroom/policies';

export type IssueCode =
  | 'plaintext_email'
  | 'plaintext_phone'
  | 'id_not_a_digest'
  | 'ids_not_digests'
  | 'missing_id'
  | 'attribute_not_allowed'
  | 'duplicate_field'
  | 'value_not_allowed'
  | 'invalid_value'
  | 'not_multi_valued'
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

/** Declared values a refusal lists before it says how many more there are. */
const VALUES_IN_MESSAGE = 10;

/**
 * One attribute's values: exactly those the agreement declares, each kept once as UTF-8 bytes.
 * Anything else is refused, so no text a party types reaches a table, a cell or a label; a refusal
 * never quotes the value (it may be someone's personal data), only the declared ones.
 */
export class AttributeCodec {
  readonly #known = new Map<string, Uint8Array>();
  /** The same values by a hash of their bytes, to find one without making a string. */
  readonly #byHash = new Map<number, Uint8Array[]>();
  readonly #notAllowed: Issue;

  constructor(readonly spec: UploadAttribute) {
    for (const v of spec.allowedValues) {
      const bytes = Buffer.from(v, 'utf8');
      this.#known.set(v, bytes);
      const h = fnv1a(bytes, 0, bytes.length);
      const list = this.#byHash.get(h);
      if (list) list.push(bytes);
      else this.#byHash.set(h, [bytes]);
    }
    const values = spec.allowedValues;
    const shown = values.slice(0, VALUES_IN_MESSAGE).map((v) => JSON.stringify(v)).join(', ');
    const more = values.length > VALUES_IN_MESSAGE ? ` and ${values.length - VALUES_IN_MESSAGE} more` : '';
    this.#notAllowed = issue(
      'value_not_allowed',
      values.length === 0
        ? `"${spec.name}" has no values declared in the agreement, so it takes none: amend the agreement to list them`
        : `"${spec.name}" takes only the values the agreement lists for it: ${shown}${more}`,
    );
  }

  /** The bytes of a declared value whose UTF-8 is exactly b[start..end); undefined otherwise. */
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
    // A plaintext identifier is named for what it is, which tells the uploader more than "not listed".
    const name = this.spec.name;
    if (v.includes('@')) return issue('plaintext_email', `"${name}" holds what looks like an email address`);
    if (looksLikePhone(v)) return issue('plaintext_phone', `"${name}" holds what looks like a phone number`);
    return this.#notAllowed;
  }
}

/** FNV-1a, 32 bits: a lookup key, not a security function. */
function fnv1a(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ b[i]!, 0x01000193);
  return h >>> 0;
}

export const isIssue = (x: unknown): x is Issue => typeof x === 'object' && x !== null && 'code' in x;
