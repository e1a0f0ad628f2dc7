// Normalization profiles against the published UID2 examples, plus the inputs they must refuse.
import { describe, expect, it } from 'vitest';
import { emailProfile, getProfile, parsePrehashed, phoneProfile, sha256OfNormalized, toHex } from '../../src/identity/index.js';
import type { ProfileName } from '../../src/identity/index.js';

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function normalized(profile: ProfileName, raw: string): string {
  const result = getProfile(profile).normalize(raw);
  if (!result.ok) throw new Error(`${raw}: ${result.code} ${result.message}`);
  return result.value;
}

// UID2 "Normalization and Encoding", https://unifiedid.com/docs/getting-started/gs-normalization-encoding
// (source: github.com/IABTechLab/uid2docs, docs/getting-started/gs-normalization-encoding.md):
// the "Normalization Examples for Email" table, the introduction's example and the two hash
// encoding tables. [inputs, normalized, SHA-256 hex, SHA-256 Base64].
const UID2_VECTORS: readonly [ProfileName, readonly string[], string, string, string][] = [
  [
    'email',
    ['MyEmail@example.com', 'MYEMAIL@example.com'],
    'myemail@example.com',
    '16c18d336f0b250f0e2d907452ceb9658a74ecdae8bc94864c23122a72cc27a5',
    'FsGNM28LJQ8OLZB0Us65ZYp07NrovJSGTCMSKnLMJ6U=',
  ],
  [
    'email',
    ['My.Email@example.com'],
    'my.email@example.com',
    'e22b53bc6f871274f3a62ab37a3caed7214fc14d676215a96a242fcfada1c81f',
    '4itTvG+HEnTzpiqzejyu1yFPwU1nYhWpaiQvz62hyB8=',
  ],
  [
    'email',
    ['JANESAOIRSE@example.com', 'JaneSaoirse@example.com'],
    'janesaoirse@example.com',
    'd6670e7a92007f1b5ff785f1fc81e53aa6d3d7bd06bdf5c473cdc7286c284b6d',
    '1mcOepIAfxtf94Xx/IHlOqbT170GvfXEc83HKGwoS20=',
  ],
  [
    'email',
    ['jane.saoirse@example.com', 'Jane.Saoirse@example.com'],
    'jane.saoirse@example.com',
    'b196432c7b989a2ca91c83799957c515da53e6c13abf20b78fea94f117e90bf8',
    'sZZDLHuYmiypHIN5mVfFFdpT5sE6vyC3j+qU8RfpC/g=',
  ],
  [
    'email',
    ['JaneSaoirse+Work@example.com'],
    'janesaoirse+work@example.com',
    '28aaee4815230cd3b4ebd88c515226550666e91ac019929e3adac3f66c288180',
    'KKruSBUjDNO069iMUVImVQZm6RrAGZKeOtrD9mwogYA=',
  ],
  [
    'email',
    ['JANE.SAOIRSE@gmail.com', 'Jane.Saoirse@gmail.com', 'JaneSaoirse+Work@gmail.com', 'JANESaoirse@gmail.com'],
    'janesaoirse@gmail.com',
    '92ee26057ed9dea2535d6c8b141d48373932476599196e00352254896db5888f',
    'ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8=',
  ],
  [
    'email',
    ['user@example.com'],
    'user@example.com',
    'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514',
    'tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ=',
  ],
  [
    'phone',
    ['+12345678901'],
    '+12345678901',
    '10e6f0b47054a83359477dcb35231db6de5c69fb1816e1a6b98e192de9e5b9ee',
    'EObwtHBUqDNZR33LNSMdtt5cafsYFuGmuY4ZLenlue4=',
  ],
];

describe('UID2 published examples', () => {
  for (const [profile, inputs, expected, hex, b64] of UID2_VECTORS) {
    for (const input of inputs) {
      it(`${profile}: ${input} → ${expected}`, () => {
        const value = normalized(profile, input);
        expect(value).toBe(expected);
        const digest = sha256OfNormalized(value);
        expect(toHex(digest)).toBe(hex);
        expect(base64(digest)).toBe(b64);
        expect(parsePrehashed(b64)).toEqual({ ok: true, value: digest });
      });
    }
  }

  it('hashing without normalizing gives the different value UID2 warns about', () => {
    expect(base64(sha256OfNormalized('JANESaoirse@gmail.com'))).toBe('VpLXEp5N1bj/V1WzjgZsC+FfuYdntAOywSVIO00FD/E=');
  });

  it('phone: the document’s already-normalized forms pass unchanged, the raw forms are refused', () => {
    for (const phone of ['+12345678901', '+6512345678', '+61212345678']) expect(normalized('phone', phone)).toBe(phone);
    for (const raw of ['1 (234) 567-8901', '65 1243 5678', '(02) 1234 5678']) {
      expect(phoneProfile.normalize(raw)).toMatchObject({ ok: false, code: 'phone_not_e164' });
    }
  });
});

describe('email v1', () => {
  it('is version 1 of the email profile', () => {
    expect(emailProfile).toMatchObject({ name: 'email', version: 1 });
  });

  it.each([
    ['  Jane.Doe@Example.COM \t\n', 'jane.doe@example.com'],
    ['TEst.TEst+123@GMail.Com', 'testtest@gmail.com'],
    ['j.a.n.e+a+b@gmail.com', 'jane@gmail.com'],
    ['+test@test.com', '+test@test.com'],
    // Only gmail.com is named by UID2: googlemail.com and subdomains keep their dots and tags.
    ['Jane.Doe+x@googlemail.com', 'jane.doe+x@googlemail.com'],
    ['jane.doe+x@mail.gmail.com', 'jane.doe+x@mail.gmail.com'],
    ['\u{1F60A}testtest@test.com', '\u{1F60A}testtest@test.com'],
    ['ÉLODIE@EXEMPLE.FR', 'élodie@exemple.fr'],
  ])('%j → %j', (raw, expected) => {
    expect(normalized('email', raw)).toBe(expected);
  });

  it.each([
    '',
    ' ',
    '@',
    ' @',
    'a@',
    '@b.com',
    'plainaddress',
    'a@ba@z.com',
    'test test@test.com',
    'test@te st.com',
    'tab\tinside@example.com',
    'zero\u200bwidth@example.com',
    '"quoted"@example.com',
    'a@[192.168.0.1]',
    'jane@localhost',
    'jane@example.',
    'jane@.example.com',
    'jane@example..com',
    '+@gmail.com',
    '.+@gmail.com',
    '...@gmail.com',
    'lone\ud800surrogate@example.com',
    `${'a'.repeat(65)}@example.com`,
    `jane@${'d'.repeat(250)}.com`,
    '+12345678901',
    'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514',
  ])('%j is rejected with email_invalid', (raw) => {
    const result = emailProfile.normalize(raw);
    expect(result).toMatchObject({ ok: false, code: 'email_invalid' });
    if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
  });

  it('accepts 64 octets of local part and refuses 65', () => {
    expect(emailProfile.normalize(`${'a'.repeat(64)}@example.com`).ok).toBe(true);
    expect(emailProfile.normalize(`${'é'.repeat(33)}@example.com`).ok).toBe(false);
  });

  it('throws TypeError for a non-string', () => {
    expect(() => emailProfile.normalize(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('phone v1', () => {
  it('is version 1 of the phone profile', () => {
    expect(phoneProfile).toMatchObject({ name: 'phone', version: 1 });
  });

  it.each(['+1234567890', '+123456789012345', '+442071838750'])('%j is accepted unchanged', (phone) => {
    expect(normalized('phone', phone)).toBe(phone);
  });

  it('drops surrounding whitespace only', () => {
    expect(normalized('phone', ' \t+12345678901\r\n')).toBe('+12345678901');
  });

  it.each([
    '',
    '+',
    '12345678901',
    '0012345678901',
    '+123456789',
    '+1234567890123456',
    '+01234567890',
    '+1 234 567 8901',
    '+1-234-567-8901',
    '+1 (234) 5678901',
    '+1234567890A',
    '+12345+67890',
    '++12345678901',
    '+１２３４５６７８９０１',
    'jane@example.com',
  ])('%j is rejected with phone_not_e164', (raw) => {
    expect(phoneProfile.normalize(raw)).toMatchObject({ ok: false, code: 'phone_not_e164' });
  });
});

describe('getProfile', () => {
  it('returns the named profile and refuses others', () => {
    expect(getProfile('email')).toBe(emailProfile);
    expect(getProfile('phone')).toBe(phoneProfile);
    expect(() => getProfile('maid' as ProfileName)).toThrow(RangeError);
    expect(() => getProfile('toString' as ProfileName)).toThrow(RangeError);
  });
});
