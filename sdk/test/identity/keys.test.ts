// X25519 keys: RFC 7748 vectors, public-key encoding, and refusal of low-order peer keys.
import { x25519 } from '@noble/curves/ed25519.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharedSecret } from '../../src/identity/keys.js';
import {
  decodePublicKey,
  encodePublicKey,
  generateKeyPair,
  getPublicKey,
  validatePeerPublicKey,
} from '../../src/identity/index.js';

const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });

// RFC 7748 §5.2: [scalar, u-coordinate, X25519(scalar, u)]. The second u has its top bit set,
// which §5 requires to be masked.
const RFC7748_5_2: readonly [string, string, string][] = [
  [
    'a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4',
    'e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c',
    'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552',
  ],
  [
    '4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d',
    'e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493',
    '95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957',
  ],
];

// RFC 7748 §6.1 Diffie–Hellman example.
const ALICE_PRIVATE = '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a';
const ALICE_PUBLIC = '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a';
const BOB_PRIVATE = '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb';
const BOB_PUBLIC = 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f';
const SHARED = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';

describe('X25519 (RFC 7748)', () => {
  it.each(RFC7748_5_2)('§5.2 single vector %s', (scalar, u, expected) => {
    expect(bytesToHex(sharedSecret(hexToBytes(scalar), hexToBytes(u)))).toBe(expected);
  });

  it('§5.2 iterated: 1 and 1,000 iterations from the base point', () => {
    let k: Uint8Array = hexToBytes('09' + '00'.repeat(31));
    let u: Uint8Array = k.slice();
    for (let i = 1; i <= 1000; i++) {
      const next = sharedSecret(k, u);
      u = k;
      k = next;
      if (i === 1) expect(bytesToHex(k)).toBe('422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079');
    }
    expect(bytesToHex(k)).toBe('684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51');
  });

  it('§6.1 Diffie–Hellman: public keys and the shared secret, both ways', () => {
    const alice = hexToBytes(ALICE_PRIVATE);
    const bob = hexToBytes(BOB_PRIVATE);
    expect(bytesToHex(getPublicKey(alice))).toBe(ALICE_PUBLIC);
    expect(bytesToHex(getPublicKey(bob))).toBe(BOB_PUBLIC);
    expect(bytesToHex(sharedSecret(alice, hexToBytes(BOB_PUBLIC)))).toBe(SHARED);
    expect(bytesToHex(sharedSecret(bob, hexToBytes(ALICE_PUBLIC)))).toBe(SHARED);
  });
});

describe('generateKeyPair', () => {
  it('returns 32-byte keys that belong together, fresh each time', () => {
    const a = generateKeyPair();
    const b = generateKeyPair();
    expect(a.privateKey).toHaveLength(32);
    expect(a.publicKey).toHaveLength(32);
    expect(a.publicKey).toEqual(getPublicKey(a.privateKey));
    expect(a.privateKey).not.toEqual(b.privateKey);
    expect(validatePeerPublicKey(a.publicKey).ok).toBe(true);
    expect(sharedSecret(a.privateKey, b.publicKey)).toEqual(sharedSecret(b.privateKey, a.publicKey));
  });
});

// Low-order u-coordinates (libsodium's blocklist): 0, 1, the two points of order 8, p − 1, and the
// non-canonical encodings p and p + 1 of 0 and 1 — each also with the ignored top bit set.
const FF30 = 'ff'.repeat(30);
const LOW_ORDER = [
  '00'.repeat(32),
  '01' + '00'.repeat(31),
  'e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800',
  '5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157',
  `ec${FF30}7f`,
  `ed${FF30}7f`,
  `ee${FF30}7f`,
];
const WITH_TOP_BIT = LOW_ORDER.map((hex) => {
  const bytes = hexToBytes(hex);
  bytes[31]! |= 0x80;
  return bytesToHex(bytes);
});

describe('low-order peer keys', () => {
  it.each([...LOW_ORDER, ...WITH_TOP_BIT])('%s is refused', (hex) => {
    const key = hexToBytes(hex);
    expect(validatePeerPublicKey(key)).toMatchObject({ ok: false, code: 'public_key_low_order' });
    expect(decodePublicKey(encodePublicKey(key))).toMatchObject({ ok: false, code: 'public_key_low_order' });
    expect(() => sharedSecret(hexToBytes(ALICE_PRIVATE), key)).toThrow(RangeError);
    // The ladder itself would give the all-zero secret; noble refuses the same points.
    expect(() => x25519.getSharedSecret(hexToBytes(ALICE_PRIVATE), key)).toThrow();
  });

  it('the next values up are ordinary points', () => {
    for (const hex of ['02' + '00'.repeat(31), `ef${FF30}7f`, ALICE_PUBLIC]) {
      expect(validatePeerPublicKey(hexToBytes(hex)).ok).toBe(true);
    }
  });

  it('random keys are accepted exactly when X25519 with them succeeds', () => {
    fc.assert(
      fc.property(bytes32, bytes32, (privateKey, publicKey) => {
        let noble = true;
        try {
          x25519.getSharedSecret(privateKey, publicKey);
        } catch {
          noble = false;
        }
        expect(validatePeerPublicKey(publicKey).ok).toBe(noble);
      }),
      { numRuns: 50 },
    );
  });
});

describe('public key encoding', () => {
  it('is unpadded base64url and round-trips', () => {
    expect(encodePublicKey(hexToBytes(ALICE_PUBLIC))).toBe('hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo');
    fc.assert(
      fc.property(bytes32, (privateKey) => {
        const publicKey = getPublicKey(privateKey);
        const text = encodePublicKey(publicKey);
        expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(decodePublicKey(text)).toEqual({ ok: true, value: publicKey });
      }),
      { numRuns: 50 },
    );
  });

  it.each([
    ['padded', 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmo='],
    ['the standard alphabet', 'hSDwCYkwp1R0i33ctD73Wg2/Og0mOBr066SpjqqbTmo'],
    ['too short', 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTm'],
    ['non-zero unused bits', 'hSDwCYkwp1R0i33ctD73Wg2_Og0mOBr066SpjqqbTmp'],
    ['hex', ALICE_PUBLIC],
    ['empty', ''],
  ])('refuses %s', (_label, text) => {
    expect(decodePublicKey(text)).toMatchObject({ ok: false, code: 'public_key_encoding' });
  });

  it('checks lengths and types', () => {
    expect(validatePeerPublicKey(new Uint8Array(31).fill(9))).toMatchObject({ ok: false, code: 'public_key_length' });
    expect(() => validatePeerPublicKey('key' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => encodePublicKey(new Uint8Array(33))).toThrow(RangeError);
    expect(() => getPublicKey(new Uint8Array(31))).toThrow(RangeError);
    expect(() => sharedSecret(hexToBytes(ALICE_PRIVATE), new Uint8Array(31).fill(9))).toThrow(RangeError);
  });
});
