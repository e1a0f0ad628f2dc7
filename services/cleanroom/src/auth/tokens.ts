// Access tokens: short-lived JWTs signed with EdDSA (RFC 8037). Verification pins the algorithm,
// issuer and audience, requires every claim the service relies on, and takes keys only from the
// service's own key ring (an unknown `kid` fails).
import { randomUUID } from 'node:crypto';
import { createLocalJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import { AppError } from '../errors.js';
import type { KeyRing } from './signing-keys.js';

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

export async function issueAccessToken(keys: KeyRing, settings: TokenSettings, who: Omit<Principal, 'tokenId'>): Promise<string> {
  return new SignJWT({ org: who.orgId, role: who.role })
    .setProtectedHeader({ alg: 'EdDSA', typ: 'at+jwt', kid: keys.current.kid })
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setSubject(who.clientId)
    .setIssuedAt()
    .setExpirationTime(`${settings.ttlSeconds}s`)
    .setJti(randomUUID())
    .sign(keys.current.privateKey);
}

export function createTokenVerifier(keys: KeyRing, settings: TokenSettings): (token: string) => Promise<Principal> {
  const keySet: JWTVerifyGetKey = createLocalJWKSet({ keys: keys.published.map((k) => ({ ...k })) });
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, keySet, {
        algorithms: ['EdDSA'],
        issuer: settings.issuer,
        audience: settings.audience,
        typ: 'at+jwt',
        requiredClaims: ['iss', 'aud', 'sub', 'exp', 'iat', 'jti', 'org', 'role'],
        maxTokenAge: `${settings.ttlSeconds + 60}s`,
      });
      const { org, role, sub, jti } = payload;
      if (typeof org !== 'string' || typeof role !== 'string' || !ROLES.includes(role) || !sub || !jti) {
        throw new Error('malformed claims');
      }
      return { orgId: org, clientId: sub, role: role as Role, tokenId: jti };
    } catch (cause) {
      throw new AppError('invalid-token', { detail: 'the access token is missing, malformed, expired or not ours', cause, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    }
  };
}
