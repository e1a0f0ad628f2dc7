// The client-credentials grant (RFC 6749 §4.4) and the service's published keys.
import { z } from './zod.js';

export const TokenRequest = z
  .object({
    grant_type: z.literal('client_credentials'),
    client_id: z.string().min(1).max(200).optional(),
    client_secret: z.string().min(1).max(500).optional(),
    scope: z.string().max(500).optional(),
  })
  .openapi('TokenRequest', { description: 'Client credentials go in HTTP Basic or in these fields' });

export const TokenResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal('Bearer'),
    expires_in: z.number().int().positive(),
  })
  .openapi('TokenResponse');

export const Jwk = z
  .object({
    kty: z.literal('OKP'),
    crv: z.literal('Ed25519'),
    x: z.string(),
    kid: z.string(),
    alg: z.literal('EdDSA'),
    use: z.literal('sig'),
  })
  .openapi('Jwk');

export const Jwks = z.object({ keys: z.array(Jwk) }).openapi('Jwks');
