// The verified-token memory of createTokenVerifier: a token verified once is answered from memory
// until its `exp`, never after; a changed token is verified afresh.
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeyRing } from '../src/auth/signing-keys.js';
import { createTokenVerifier, issueAccessToken } from '../src/auth/tokens.js';
import { RevocationList } from '../src/auth/revocation.js';

const settings = { issuer: 'urn:cleanroom:service', audience: 'urn:cleanroom:api', ttlSeconds: 60 };
const who = { orgId: 'org_' + 'a'.repeat(26), clientId: 'client-a', role: 'brand' as const };

describe('verified tokens are remembered until they expire', () => {
  afterEach(() => vi.useRealTimers());

  it('serves a known token from memory, refuses it once expired, and verifies a tampered one afresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T12:00:00Z'));
    const keys = await createKeyRing(generateKeyPairSync('ed25519').privateKey);
    const verify = createTokenVerifier(keys, settings);
    const token = await issueAccessToken(keys, settings, who);

    const first = await verify(token);
    expect(first).toMatchObject(who);
    expect(await verify(token)).toBe(first); // the remembered principal itself

    // A token that differs in one character is not the remembered one.
    const [head, payload, signature] = token.split('.') as [string, string, string];
    const flipped = `${head}.${payload}.${signature.slice(0, -2)}${signature.at(-2) === 'A' ? 'B' : 'A'}${signature.at(-1)}`;
    await expect(verify(flipped)).rejects.toMatchObject({ code: 'invalid-token' });

    vi.setSystemTime(new Date('2026-11-23T12:00:59Z'));
    expect(await verify(token)).toBe(first);
    vi.setSystemTime(new Date('2026-11-23T12:01:01Z'));
    await expect(verify(token)).rejects.toMatchObject({ code: 'invalid-token' });
  });

  it('a remembered token is refused at once when it is revoked or its organisation disabled, and again once enabled', async () => {
    const keys = await createKeyRing(generateKeyPairSync('ed25519').privateKey);
    const revocations = new RevocationList();
    const verify = createTokenVerifier(keys, settings, revocations);
    const token = await issueAccessToken(keys, settings, who, 'jti-1');
    const other = await issueAccessToken(keys, settings, who, 'jti-2');
    const principal = await verify(token);
    expect(await verify(token)).toBe(principal); // remembered

    revocations.disable(who.orgId);
    await expect(verify(token)).rejects.toMatchObject({ code: 'invalid-token' });
    await expect(verify(other)).rejects.toMatchObject({ code: 'invalid-token' }); // never verified before: refused too
    revocations.enable(who.orgId);
    expect(await verify(token)).toBe(principal);

    revocations.revoke('jti-1', new Date(Date.now() + 60_000));
    await expect(verify(token)).rejects.toMatchObject({ code: 'invalid-token' });
    expect((await verify(other)).tokenId).toBe('jti-2');

    // A reload read before a change of this instance's own does not undo it.
    const mark = revocations.mark();
    revocations.revoke('jti-2', new Date(Date.now() + 60_000));
    expect(revocations.load({ disabledOrgs: [], revokedTokens: [] }, mark)).toBe(false);
    await expect(verify(other)).rejects.toMatchObject({ code: 'invalid-token' });
    expect(revocations.load({ disabledOrgs: [], revokedTokens: [] }, revocations.mark())).toBe(true);
    expect((await verify(other)).tokenId).toBe('jti-2');
  });
});
