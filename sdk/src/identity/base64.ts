// Strict Base64 and base64url (RFC 4648 §4 and §5) without Node's Buffer, so the SDK runs in a
// browser. Strict means: one alphabet per string, padding either complete or absent, and the unused
// bits of the last character zero (RFC 4648 §3.5), so every byte string has exactly one accepted
// spelling per alphabet and padding choice.
import { abytes } from '@noble/hashes/utils.js';

export type Base64Alphabet = 'base64' | 'base64url';

const COMMON = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const ALPHABETS: Readonly<Record<Base64Alphabet, string>> = {
  base64: `${COMMON}+/`,
  base64url: `${COMMON}-_`,
};

function decodeTable(alphabet: string): Int8Array {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < alphabet.length; i++) table[alphabet.charCodeAt(i)] = i;
  return table;
}

const TABLES: Readonly<Record<Base64Alphabet, Int8Array>> = {
  base64: decodeTable(ALPHABETS.base64),
  base64url: decodeTable(ALPHABETS.base64url),
};

export function encodeBase64(bytes: Uint8Array, alphabet: Base64Alphabet, pad: boolean): string {
  abytes(bytes, undefined, 'bytes');
  const chars = ALPHABETS[alphabet];
  let out = '';
  let acc = 0;
  let bits = 0;
  for (const byte of bytes) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += chars.charAt((acc >> bits) & 63);
    }
    acc &= (1 << bits) - 1;
  }
  if (bits > 0) out += chars.charAt((acc << (6 - bits)) & 63);
  if (pad) out += '='.repeat((4 - (out.length % 4)) % 4);
  return out;
}

/** Decodes `text` in the given alphabet; undefined if it is not a canonical encoding. */
export function decodeBase64(text: string, alphabet: Base64Alphabet): Uint8Array | undefined {
  const table = TABLES[alphabet];
  let end = text.length;
  if (end % 4 === 0) {
    if (text.endsWith('=')) end--;
    if (text.endsWith('==')) end--;
  }
  // One leftover character carries only 6 bits: never a whole byte.
  if (end % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? (table[code] ?? -1) : -1;
    if (value < 0) return undefined;
    acc = (acc << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
    acc &= (1 << bits) - 1;
  }
  return acc === 0 ? out : undefined;
}
