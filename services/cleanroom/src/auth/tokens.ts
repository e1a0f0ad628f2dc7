// Access tokens: short-lived JWTs signed with EdDSA (RFC 8037). Verification pins the algorithm,
// issuer and audience, requires every claim the service relies on, and takes keys only from the
// service's own key ring (an unknown `kid` fails).
import { createHash, randomUUID } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../errors.js';
import type { KeyRing } from './signing-keys.js';
import type { RevocationList } from './revocation.js';

export type Role = 'admin' | 'brand' | 'media_partner' | 'auditor';

export interface Principal {
  readonly orgId: string;
  readonly clientId: string;
  readonly role: Role;
  readonly tokenId: string;
}

export interface TokenSettings {
  readonly issuer: string;
  readonly audience: string;
  readonly ttlSeconds: number;
}

const ROLES: readonly string[] = ['admin', 'brand', 'media_partner', 'auditor'];

export async function issueAccessToken(keys: KeyRing, settings: TokenSettings, who: Omit<Principal, 'tokenId'>, jti: string = randomUUID()): Promise<string> {
  return new SignJWT({ org: who.orgId, role: who.role })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: keys.current.kid })
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setSubject(who.clientId)
    .setIssuedAt()
    .setExpirationTime(`${settings.ttlSeconds}s`)
    .setJti(jti)
    .sign(keys.current.privateKey);
}

/** How many verified tokens are remembered (the oldest is forgotten first). */
const VERIFIED_LIMIT = 10_000;

/**
 * `revocations`, when given, is asked on every call — a remembered token too — so that revoking a
 * token or disabling its organisation takes effect on the next request.
 */
export function createTokenVerifier(keys: KeyRing, settings: TokenSettings, revocations?: RevocationList): (token: string) => Promise<Principal> {
  const keySet: JWTVerifyGetKey = createLocalJWKSet({ keys: keys.published.map((k) => ({ ...k })) });
  // A client sends the same token with every request until it expires, and an EdDSA verification
  // was an eighth of a cached insight's CPU. So a token verified once is remembered until its `exp`
  // — by its SHA-256, the token itself is not kept. The key ring is fixed for the process's life.
  const verified = new Map<string, { readonly principal: Principal; readonly expiresAtMs: number }>();
  return async (token) => {
    const digest = createHash('sha256').update(token).digest('base64url');
    const known = verified.get(digest);
    if (known && known.expiresAtMs > Date.now()) {
      if (revocations?.refuses(known.principal)) throw revokedToken();
      return known.principal;
    }
    verified.delete(digest);
    let principal: Principal;
    try {
      const { payload } = await jwtVerify(token, keySet, {
        algorithms: ['EdDSA'],
        issuer: settings.issuer,
        audience: settings.audience,
        typ: 'at+jwt',
        requiredClaims: ['iss', 'aud', 'sub', 'exp', 'iat', 'jti', 'org', 'role'],
        maxTokenAge: `${settings.ttlSeconds + 60}s`,
      });
      const { org, role, sub, jti, exp } = payload;
      if (typeof org !== 'string' || typeof role !== 'string' || !ROLES.includes(role) || !sub || !jti || exp === undefined) {
        throw new Error('malformed claims');
      }
      principal = { orgId: org, clientId: sub, role: role as Role, tokenId: jti };
      if (verified.size >= VERIFIED_LIMIT) verified.delete(verified.keys().next().value!);
      verified.set(digest, { principal, expiresAtMs: exp * 1000 });
    } catch (cause) {
      throw new AppError('invalid-token', { detail: 'the access token is missing, malformed, expired or not ours', cause, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    }
    if (revocations?.refuses(principal)) throw revokedToken();
    return principal;
  };
}

function revokedToken(): AppError {
  // The same cause as any other bad token: a revoked token tells its holder nothing more.
  return new AppError('invalid-token', { detail: 'the access token is revoked or its organisation disabled', rule: 'token_revoked', headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
}
