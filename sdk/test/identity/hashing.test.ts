// SHA-256 of normalized ids, pre-hashed input parsing, and the salted id hash with its bulk fast path;
// the ids it makes pass the service's ids_not_digests rule (policies/src/id-digests.ts).
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idDigestFault, IdSample, idWords } from '@cleanroom/policies';
import { createHmacSha256 } from '../../src/identity/hashing.js';
import {
  createIdHasher,
  deriveAgreementSalt,
  generateKeyPair,
  idHash,
  normalizeAndHash,
  parsePrehashed,
  sha256OfNormalized,
  toHex,
} from '../../src/identity/index.js';

const bytes32 = fc.uint8Array({ minLength: 32, maxLength: 32 });

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function base64url(bytes: Uint8Array): string {
  return base64(bytes).replaceAll('+', '-').replaceAll('/', '_');
}

describe('sha256OfNormalized', () => {
  it('is SHA-256 of the UTF-8 bytes (FIPS 180-2 "abc" vector, and a non-ASCII string)', () => {
    expect(toHex(sha256OfNormalized('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256OfNormalized('élodie@exemple.fr')).toEqual(sha256(utf8ToBytes('élodie@exemple.fr')));
  });

  it('refuses a lone surrogate, which has no UTF-8 form', () => {
    expect(() => sha256OfNormalized('a\udc00@example.com')).toThrow(RangeError);
  });
});

describe('normalizeAndHash', () => {
  it('normalizes with the profile, then hashes', () => {
    const digest = normalizeAndHash('email', 'Jane.Saoirse@gmail.com');
    expect(digest.ok && toHex(digest.value)).toBe('92ee26057ed9dea2535d6c8b141d48373932476599196e00352254896db5888f');
    expect(normalizeAndHash('phone', '1 (234) 567-8901')).toMatchObject({ ok: false, code: 'phone_not_e164' });
  });
});

describe('parsePrehashed', () => {
  it('reads hex (either case) and Base64 / base64url (padded or not) of the same digest alike', () => {
    fc.assert(
      fc.property(bytes32, (digest) => {
        const hex = bytesToHex(digest);
        const spellings = [
          hex,
          hex.toUpperCase(),
          base64(digest),
          base64(digest).slice(0, 43),
          base64url(digest),
          base64url(digest).slice(0, 43),
          ` ${hex}\r\n`,
        ];
        for (const text of spellings) expect(parsePrehashed(text)).toEqual({ ok: true, value: digest });
      }),
    );
  });

  const digest = hexToBytes('fb' + 'ff'.repeat(30) + 'f0');
  it.each([
    ['empty', ''],
    ['63 hex digits', 'a'.repeat(63)],
    ['65 hex digits', 'a'.repeat(65)],
    ['a non-hex digit', 'g' + 'a'.repeat(63)],
    ['hex with a 0x prefix', `0x${'a'.repeat(62)}`],
    ['44 Base64 characters without padding (33 bytes)', 'A'.repeat(44)],
    ['Base64 of 31 bytes', base64(new Uint8Array(31))],
    ['Base64 with padding in the middle', `${'A'.repeat(20)}=${'A'.repeat(22)}`],
    ['mixed alphabets', `${base64url(digest).slice(0, 42)}+`],
    ['both - and +', `-+${'A'.repeat(41)}`],
    ['non-zero unused bits in the last character', `${base64(digest).slice(0, 42)}B=`],
    ['a plaintext email', 'jane.saoirse@gmail.com'],
    ['a 43-character plaintext', 'this is not a digest, just a long sentence!'],
    ['a space inside', `${'A'.repeat(21)} ${'A'.repeat(21)}`],
  ])('rejects %s', (_label, text) => {
    const result = parsePrehashed(text);
    expect(result).toMatchObject({ ok: false, code: 'prehashed_invalid' });
  });

  it('the strings above differ from a valid spelling only where the label says', () => {
    expect(base64(digest)).toMatch(/^\+\/.*A=$/);
    expect(base64url(digest)).toMatch(/^-_/);
    expect(parsePrehashed(base64(digest))).toEqual({ ok: true, value: digest });
    expect(parsePrehashed(base64url(digest))).toEqual({ ok: true, value: digest });
  });
});

// RFC 4231 §4: HMAC-SHA-256 results of test cases 1–4, 6 and 7 (5 is a truncated output).
// RFC 4231 keys and messages have arbitrary lengths, so they run through createHmacSha256, the
// keyed-state engine createIdHasher wraps (which only adds the 32-byte length checks).
const RFC4231: readonly [string, Uint8Array, Uint8Array, string][] = [
  ['1', new Uint8Array(20).fill(0x0b), utf8ToBytes('Hi There'), 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'],
  ['2', utf8ToBytes('Jefe'), utf8ToBytes('what do ya want for nothing?'), '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'],
  ['3', new Uint8Array(20).fill(0xaa), new Uint8Array(50).fill(0xdd), '773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'],
  [
    '4',
    Uint8Array.from({ length: 25 }, (_, i) => i + 1),
    new Uint8Array(50).fill(0xcd),
    '82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b',
  ],
  [
    '6',
    new Uint8Array(131).fill(0xaa),
    utf8ToBytes('Test Using Larger Than Block-Size Key - Hash Key First'),
    '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54',
  ],
  [
    '7',
    new Uint8Array(131).fill(0xaa),
    utf8ToBytes(
      'This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.',
    ),
    '9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2',
  ],
];

describe('HMAC-SHA256 with a precomputed key state (RFC 4231)', () => {
  it.each(RFC4231)('test case %s', (_name, key, data, expected) => {
    const mac = createHmacSha256(key);
    expect(bytesToHex(mac(data))).toBe(expected);
    // Again on the same state: the scratch clone must start from the keyed state every time.
    expect(bytesToHex(mac(data))).toBe(expected);
    expect(bytesToHex(mac(new Uint8Array(0)))).toBe(bytesToHex(hmac(sha256, key, new Uint8Array(0))));
    expect(bytesToHex(mac(data))).toBe(expected);
  });
});

describe('idHash and createIdHasher', () => {
  it('equal HMAC-SHA256(salt, digest) for random salts and digest sequences', () => {
    fc.assert(
      fc.property(bytes32, fc.array(bytes32, { minLength: 1, maxLength: 8 }), (salt, digests) => {
        const hashId = createIdHasher(salt);
        for (const d of digests) {
          const expected = hmac(sha256, salt, d);
          expect(hashId(d)).toEqual(expected);
          expect(idHash(salt, d)).toEqual(expected);
        }
      }),
    );
  });

  it('returns a fresh array per id', () => {
    const hashId = createIdHasher(new Uint8Array(32).fill(7));
    const a = hashId(new Uint8Array(32));
    const b = hashId(new Uint8Array(32).fill(1));
    expect(a).not.toEqual(b);
    expect(a).toEqual(hmac(sha256, new Uint8Array(32).fill(7), new Uint8Array(32)));
  });

  it('checks salt and digest', () => {
    const salt = new Uint8Array(32);
    expect(() => createIdHasher(new Uint8Array(31))).toThrow(RangeError);
    expect(() => createIdHasher('salt' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => createIdHasher(salt)(new Uint8Array(33))).toThrow(RangeError);
    expect(() => idHash(salt, new Uint8Array(31))).toThrow(RangeError);
    expect(() => idHash(new Uint8Array(16), new Uint8Array(32))).toThrow(RangeError);
    expect(() => idHash(salt, [1, 2, 3] as unknown as Uint8Array)).toThrow(TypeError);
  });

  it('toHex is lowercase hex', () => {
    expect(toHex(Uint8Array.of(0, 0xab, 0xff))).toBe('00abff');
  });

  it('measures the precomputed key state against one hmac() per id (printed, not asserted)', () => {
    const n = 200_000;
    const salt = randomBytes(32);
    const pool = randomBytes(32 * 1024);
    const digests = Array.from({ length: n }, (_, i) => pool.subarray((i % 1024) * 32, (i % 1024) * 32 + 32));
    const hashId = createIdHasher(salt);
    const run = (f: (d: Uint8Array) => Uint8Array): number => {
      let sink = 0;
      const start = performance.now();
      for (const d of digests) sink ^= f(d)[0]!;
      const seconds = (performance.now() - start) / 1000;
      expect(sink).toBeGreaterThanOrEqual(0);
      return n / seconds;
    };
    const naive = (d: Uint8Array) => hmac(sha256, salt, d);
    run(naive);
    run(hashId);
    const naiveRate = run(naive);
    const fastRate = run(hashId);
    console.log(
      `id hashing, ${n} ids: hmac() per id ${Math.round(naiveRate)} ids/s; createIdHasher ${Math.round(fastRate)} ids/s (×${(fastRate / naiveRate).toFixed(2)})`,
    );
    expect(hashId(digests[0]!)).toEqual(naive(digests[0]!));
  });
});

describe('the ids the SDK makes pass rule ids_not_digests', () => {
  it('20,000 emails, normalized, hashed and salted as an upload does: every id and the whole set', () => {
    const brand = generateKeyPair();
    const partner = generateKeyPair();
    const salt = deriveAgreementSalt(brand.privateKey, partner.publicKey, 'agr_01jd7ids0digests0test0000');
    const hashId = createIdHasher(salt);
    const sample = new IdSample();
    const words = new Int32Array(8);
    let refused = 0;
    for (let i = 0; i < 20_000; i++) {
      const digest = normalizeAndHash('email', ` Customer.${i}+news@Example${i % 97}.COM `);
      if (!digest.ok) throw new Error(`email ${i} did not normalize: ${digest.code}`);
      idWords(hashId(digest.value), words);
      if (idDigestFault(words) !== null) refused++;
      sample.add(words);
    }
    salt.fill(0);
    expect(refused).toBe(0);
    expect(sample.verdict()).toMatchObject({ tested: true, refused: false, degreesOfFreedom: 120 });
  });
});
