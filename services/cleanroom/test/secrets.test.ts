// Stored client secrets (auth/secrets.ts) and the failure limits of the token endpoint
// (auth/rate-limiter.ts): the keyed hash against node's HMAC and a hand-computed value, the pepper's
// HKDF derivation against RFC 5869's own construction, earlier scrypt hashes still verifying, and the
// back-off's schedule and its address keys.
import { createHmac, randomBytes } from 'node:crypto';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { describe, expect, it } from 'vitest';
import { derivePepper, dummySecretHash, hashChosenSecret, hashGeneratedSecret, needsRehash, PEPPER_LABEL, verifySecret } from '../src/auth/secrets.js';
import { addressKey, BackOff, FailurePacer } from '../src/auth/rate-limiter.js';

const pepper = new Uint8Array(32).fill(0x0b);

describe('stored secrets', () => {
  it('a generated secret is stored as HMAC-SHA256 under the pepper and verifies only with both', async () => {
    const secret = 'crs_' + randomBytes(32).toString('base64url');
    const stored = hashGeneratedSecret(secret, pepper);
    expect(stored).toBe(`hmac-sha256$${createHmac('sha256', pepper).update(secret).digest('base64url')}`);
    expect(await verifySecret(secret, stored, pepper)).toBe(true);
    expect(await verifySecret(secret + 'x', stored, pepper)).toBe(false);
    expect(await verifySecret(secret, stored, new Uint8Array(32).fill(1))).toBe(false);
    expect(needsRehash(stored)).toBe(false);
    expect(await verifySecret(secret, dummySecretHash(pepper), pepper)).toBe(false);
    expect(() => hashGeneratedSecret(secret, new Uint8Array(16))).toThrow(RangeError);
  });

  it('the derived pepper is HKDF-SHA256 of the master key with the label (RFC 5869)', () => {
    const master = new Uint8Array(32).map((_, i) => i);
    const expected = hkdf(sha256, master, new Uint8Array(0), new TextEncoder().encode(PEPPER_LABEL), 32);
    expect(Buffer.from(derivePepper(master)).toString('hex')).toBe(Buffer.from(expected).toString('hex'));
    expect(PEPPER_LABEL).toBe('cleanroom secret pepper v1');
    expect(Buffer.from(derivePepper(master)).equals(Buffer.from(master))).toBe(false);
  });

  it("a chosen secret gets scrypt in the thread pool; earlier versions' scrypt hashes still verify", async () => {
    const stored = await hashChosenSecret('correct horse battery staple');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifySecret('correct horse battery staple', stored, pepper)).toBe(true);
    expect(await verifySecret('correct horse battery stapler', stored, pepper)).toBe(false);
    // The format (and the derivation) of the pure-JS scrypt the service used before.
    const salt = randomBytes(16);
    const dk = await scryptAsync(new TextEncoder().encode('crs_legacy-secret'), salt, { N: 2 ** 14, r: 8, p: 1, dkLen: 32 });
    const legacy = ['scrypt', 16384, 8, 1, salt.toString('base64url'), Buffer.from(dk).toString('base64url')].join('$');
    expect(await verifySecret('crs_legacy-secret', legacy, pepper)).toBe(true);
    expect(needsRehash(legacy)).toBe(true);
    // Unknown or corrupt formats never match (and never ask for huge memory).
    for (const bad of ['', 'plain', 'hmac-sha256$', 'scrypt$1073741824$8$1$AAAA$AAAAAAAAAAAAAAAAAAAAAA', legacy.replace('scrypt', 'bcrypt')]) {
      expect(await verifySecret('crs_legacy-secret', bad, pepper)).toBe(false);
    }
  });
});

describe('failure back-off', () => {
  it('waits from the free-th failure on, doubling to the cap; a wait ends by itself; a success clears', () => {
    let now = 0;
    const b = new BackOff({ free: 3, baseMs: 1000, maxMs: 4000, forgetMs: 60_000, now: () => now });
    b.fail('k');
    b.fail('k');
    expect(b.retryAfter('k')).toBe(0);
    b.fail('k');
    expect(b.retryAfter('k')).toBe(1);
    expect(b.retryAfter('other')).toBe(0);
    now += 1000;
    expect(b.retryAfter('k')).toBe(0);
    b.fail('k');
    expect(b.retryAfter('k')).toBe(2);
    now += 2000;
    b.fail('k');
    expect(b.retryAfter('k')).toBe(4);
    now += 4000;
    b.fail('k');
    expect(b.retryAfter('k')).toBe(4); // capped
    b.succeed('k');
    expect(b.retryAfter('k')).toBe(0);
    b.fail('k');
    expect(b.retryAfter('k')).toBe(0);
    now += 60_000;
    b.fail('k');
    b.fail('k');
    expect(b.retryAfter('k')).toBe(0); // forgotten after a quiet minute: counting from 1 again
  });

  it('remembers a bounded number of keys, dropping the longest-idle unblocked ones first', () => {
    const now = 0;
    const b = new BackOff({ free: 2, baseMs: 1000, maxMs: 1000, forgetMs: 60_000, maxKeys: 100, now: () => now });
    b.fail('blocked');
    b.fail('blocked');
    for (let i = 0; i < 1000; i++) b.fail(`k${i}`);
    expect(b.retryAfter('blocked')).toBe(1);
  });

  it('answers failures at once until a flood, then 1–2 delays after arrival, for the hold time after it', () => {
    let now = 10_000;
    const p = new FailurePacer({ threshold: 3, delayMs: 500, holdMs: 5000, now: () => now });
    expect([p.fail(now), p.fail(now), p.fail(now)]).toEqual([0, 0, 0]);
    const paced = p.fail(now - 100);
    expect(paced).toBeGreaterThanOrEqual(400);
    expect(paced).toBeLessThan(900);
    now += 4000;
    expect(p.fail(now)).toBeGreaterThanOrEqual(500); // still held
    now += 1001;
    expect(p.fail(now)).toBe(0);
  });

  it('counts IPv4 addresses as themselves and IPv6 addresses by their /64', () => {
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressKey(undefined)).toBe('unknown');
  });
});

describe('the pepper and proxy configuration', () => {
  const base = { DATABASE_URL: 'postgres://u@127.0.0.1:5432/db', CLEANROOM_MASTER_KEY: '11'.repeat(32) } as const;

  it('with DATABASE_URL and no pepper, the pepper is derived from the master key; a configured one wins', async () => {
    const { loadConfig } = await import('../src/config.js');
    const derived = loadConfig(base).secretPepper!;
    expect(Buffer.from(derived).equals(Buffer.from(derivePepper(new Uint8Array(32).fill(0x11))))).toBe(true);
    expect(Buffer.from(loadConfig({ ...base, CLEANROOM_SECRET_PEPPER: 'ab'.repeat(32) }).secretPepper!).toString('hex')).toBe('ab'.repeat(32));
    // Embedded: generated into the data dir at start.
    expect(loadConfig({}).secretPepper).toBeUndefined();
  });

  it('refuses a malformed pepper, overlap or proxy hop count naming the variable', async () => {
    const { ConfigError, loadConfig } = await import('../src/config.js');
    for (const [name, value] of [
      ['CLEANROOM_SECRET_PEPPER', 'short'],
      ['CLEANROOM_SECRET_OVERLAP_SECONDS', '-1'],
      ['CLEANROOM_TRUST_PROXY', '11'],
    ] as const) {
      expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
      expect(() => loadConfig({ ...base, [name]: value })).toThrow(name);
    }
    expect(loadConfig(base)).toMatchObject({ trustProxy: 0, secretOverlapSeconds: 3600 });
  });
});
