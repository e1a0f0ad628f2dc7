// Agreement salt (HKDF over X25519) and salt check: RFC 5869 vectors, a pinned known answer, and
// the properties the protocol relies on.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hkdfSha256 } from '../../src/identity/salt.js';
import {
  deriveAgreementSalt,
  getPublicKey,
  ID_SALT_INFO,
  SALT_CHECK_LABEL,
  saltCheck,
  saltCheckMessage,
} from '../../src/identity/index.js';
import type { ProfileName } from '../../src/identity/index.js';

const range = (from: number, to: number) => Uint8Array.from({ length: to - from + 1 }, (_, i) => from + i);

// RFC 5869 Appendix A, test cases 1–3 (SHA-256): [name, IKM, salt, info, L, OKM].
const RFC5869: readonly [string, Uint8Array, Uint8Array, Uint8Array, number, string][] = [
  [
    '1',
    new Uint8Array(22).fill(0x0b),
    range(0x00, 0x0c),
    range(0xf0, 0xf9),
    42,
    '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
  ],
  [
    '2',
    range(0x00, 0x4f),
    range(0x60, 0xaf),
    range(0xb0, 0xff),
    82,
    'b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71cc30c58179ec3e87c14c01d5c1f3434f1d87',
  ],
  [
    '3 (empty salt and info)',
    new Uint8Array(22).fill(0x0b),
    new Uint8Array(0),
    new Uint8Array(0),
    42,
    '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8',
  ],
];

describe('HKDF-SHA256 (RFC 5869)', () => {
  it.each(RFC5869)('test case %s', (_name, ikm, salt, info, length, okm) => {
    expect(bytesToHex(hkdfSha256(ikm, salt, info, length))).toBe(okm);
  });
});

// RFC 7748 §6.1 keys.
const ALICE = hexToBytes('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
const BOB = hexToBytes('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
const SHARED = hexToBytes('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742');
const AGREEMENT = 'agr_01HZX3Q9R7';
// Computed independently with Node's crypto.hkdfSync('sha256', SHARED, AGREEMENT, ID_SALT_INFO, 32)
// and crypto.createHmac('sha256', salt).update(label): pins the construction and its labels.
const PINNED_SALT = '93976d74a81dab35fa0549151b723cfccf5a93b92928127e9f44c246e0a20f25';
const PINNED_CHECK = {
  email: '1935e6f0627d8b25b8cc550e997bccc8a835cee337d136a8e7d721c965074e06',
  phone: 'eb63036a0774d997be6b285eb3d500b4b64b7b2bdc173cd68010ba249c15d69f',
};

describe('deriveAgreementSalt', () => {
  it('uses the published labels', () => {
    expect(ID_SALT_INFO).toBe('cleanroom id-salt v1');
    expect(SALT_CHECK_LABEL).toBe('cleanroom salt-check v1');
  });

  it('is HKDF-SHA256(X25519 secret, agreement id, id-salt label, 32): both sides, pinned', () => {
    const brand = deriveAgreementSalt(ALICE, getPublicKey(BOB), AGREEMENT);
    const partner = deriveAgreementSalt(BOB, getPublicKey(ALICE), AGREEMENT);
    expect(bytesToHex(brand)).toBe(PINNED_SALT);
    expect(partner).toEqual(brand);
    // RFC 5869 §2.2–2.3 spelled out for L = 32: PRK = HMAC(salt, IKM); OKM = HMAC(PRK, info ‖ 0x01).
    const prk = hmac(sha256, utf8ToBytes(AGREEMENT), SHARED);
    expect(brand).toEqual(hmac(sha256, prk, Uint8Array.of(...utf8ToBytes(ID_SALT_INFO), 1)));
  });

  const privateKey = fc.uint8Array({ minLength: 32, maxLength: 32 });
  const agreementId = fc.string({ minLength: 1, maxLength: 40 });

  it('brand and partner derive the same salt from each other’s public keys', () => {
    fc.assert(
      fc.property(privateKey, privateKey, agreementId, (brand, partner, id) => {
        const fromBrand = deriveAgreementSalt(brand, getPublicKey(partner), id);
        expect(fromBrand).toHaveLength(32);
        expect(deriveAgreementSalt(partner, getPublicKey(brand), id)).toEqual(fromBrand);
      }),
      { numRuns: 30 },
    );
  });

  it('different agreement ids give different salts', () => {
    fc.assert(
      fc.property(
        privateKey,
        privateKey,
        agreementId,
        agreementId,
        (brand, partner, a, b) => {
          fc.pre(a !== b);
          const peer = getPublicKey(partner);
          expect(deriveAgreementSalt(brand, peer, a)).not.toEqual(deriveAgreementSalt(brand, peer, b));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a different peer key gives a different salt', () => {
    fc.assert(
      fc.property(privateKey, privateKey, privateKey, agreementId, (own, peer, other, id) => {
        const peerPublic = getPublicKey(peer);
        const otherPublic = getPublicKey(other);
        fc.pre(bytesToHex(peerPublic) !== bytesToHex(otherPublic));
        expect(deriveAgreementSalt(own, peerPublic, id)).not.toEqual(deriveAgreementSalt(own, otherPublic, id));
      }),
      { numRuns: 30 },
    );
  });

  it('refuses bad input', () => {
    const peer = getPublicKey(BOB);
    expect(() => deriveAgreementSalt(ALICE, peer, '')).toThrow(RangeError);
    expect(() => deriveAgreementSalt(ALICE, peer, 'agr_\ud800')).toThrow(RangeError);
    expect(() => deriveAgreementSalt(ALICE, peer, 7 as unknown as string)).toThrow(TypeError);
    expect(() => deriveAgreementSalt(ALICE.subarray(1), peer, AGREEMENT)).toThrow(RangeError);
    expect(() => deriveAgreementSalt(ALICE, new Uint8Array(32), AGREEMENT)).toThrow(RangeError);
    expect(() => deriveAgreementSalt(ALICE, Uint8Array.of(1, ...new Uint8Array(31)), AGREEMENT)).toThrow(RangeError);
  });
});

describe('saltCheck', () => {
  const salt = hexToBytes(PINNED_SALT);

  it('is hex HMAC-SHA256(salt, "cleanroom salt-check v1|<profile>|v1"), pinned', () => {
    expect(saltCheckMessage('email')).toBe('cleanroom salt-check v1|email|v1');
    expect(saltCheckMessage('phone')).toBe('cleanroom salt-check v1|phone|v1');
    expect(saltCheck(salt, 'email')).toBe(PINNED_CHECK.email);
    expect(saltCheck(salt, 'phone')).toBe(PINNED_CHECK.phone);
    expect(saltCheck(salt, 'email')).toBe(bytesToHex(hmac(sha256, salt, utf8ToBytes('cleanroom salt-check v1|email|v1'))));
  });

  it('is equal exactly when salt and profile are equal', () => {
    const profile = fc.constantFrom<ProfileName>('email', 'phone');
    const saltBytes = fc.uint8Array({ minLength: 32, maxLength: 32 });
    fc.assert(
      fc.property(saltBytes, saltBytes, fc.boolean(), profile, profile, (s1, other, same, p1, p2) => {
        const s2 = same ? s1.slice() : other;
        const equalInputs = bytesToHex(s1) === bytesToHex(s2) && p1 === p2;
        expect(saltCheck(s1, p1) === saltCheck(s2, p2)).toBe(equalInputs);
      }),
    );
  });

  it('refuses a salt of the wrong size or an unknown profile', () => {
    expect(() => saltCheck(new Uint8Array(16), 'email')).toThrow(RangeError);
    expect(() => saltCheck(salt, 'maid' as ProfileName)).toThrow(RangeError);
  });
});
