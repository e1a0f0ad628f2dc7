// Client authentication for the token endpoint (RFC 6749 §2.3.1, §4.4) and bearer authentication of
// every other /v1 request.
import type { Request } from 'express';
import { AppError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { DUMMY_SECRET_HASH, verifySecret } from '../auth/secrets.js';
import { issueAccessToken, type Principal } from '../auth/tokens.js';
import { findOrganizationByClientId } from '../store/organizations.js';
import { recordEvent } from './audit-log.js';

export interface ClientCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

/** Credentials from HTTP Basic (preferred) or the form body; both at once is refused (§2.3). */
export function clientCredentials(req: Request, body: { client_id?: string | undefined; client_secret?: string | undefined }): ClientCredentials {
  const header = req.headers.authorization;
  const inBody = body.client_id !== undefined || body.client_secret !== undefined;
  if (header !== undefined) {
    if (inBody) throw invalidClient('send client credentials in one place only');
    const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header);
    if (!match?.[1]) throw invalidClient('malformed Basic authorization');
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 1) throw invalidClient('malformed Basic authorization');
    // RFC 6749 §2.3.1: both parts are form-urlencoded before Basic encoding.
    return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
  }
  if (!body.client_id || !body.client_secret) throw invalidClient('client credentials are required');
  return { clientId: body.client_id, clientSecret: body.client_secret };
}

export async function issueToken(ctx: ServiceContext, address: string, creds: ClientCredentials): Promise<{ token: string; expiresIn: number }> {
  const wait = ctx.limits.tokenFailures.retryAfter(address);
  if (wait > 0) {
    ctx.metrics.authFailures.inc({ reason: 'rate_limited' });
    throw new AppError('rate-limited', { detail: 'too many failed client authentications', headers: { 'Retry-After': String(wait) } });
  }
  const org = await findOrganizationByClientId(ctx.pool, creds.clientId);
  // Verify against a dummy hash for unknown clients so timing does not reveal which ids exist.
  const ok = await verifySecret(creds.clientSecret, org?.secretHash ?? DUMMY_SECRET_HASH);
  if (!org || !ok) {
    ctx.limits.tokenFailures.hit(address);
    ctx.metrics.authFailures.inc({ reason: 'invalid_client' });
    // Never the presented client id of an unknown client: it may be a mistyped secret.
    await recordEvent(ctx, { actorOrg: org?.id ?? null, actorRole: org?.kind ?? null, action: 'auth.failed', decision: 'deny', detail: { reason: org ? 'wrong_secret' : 'unknown_client' } });
    throw invalidClient('unknown client or wrong secret');
  }
  const token = await issueAccessToken(
    ctx.keys,
    { issuer: ctx.config.issuer, audience: ctx.config.audience, ttlSeconds: ctx.config.tokenTtlSeconds },
    { orgId: org.id, clientId: org.clientId, role: org.kind },
  );
  ctx.metrics.tokensIssued.inc();
  await recordEvent(ctx, { actorOrg: org.id, actorRole: org.kind, action: 'token.issued', decision: 'allow', detail: { expiresIn: ctx.config.tokenTtlSeconds } });
  return { token, expiresIn: ctx.config.tokenTtlSeconds };
}

export function bearerAuthenticator(ctx: ServiceContext): (req: Request) => Promise<Principal> {
  return async (req) => {
    const header = req.headers.authorization;
    const match = header ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header) : null;
    if (!match?.[1]) {
      ctx.metrics.authFailures.inc({ reason: 'missing_token' });
      throw new AppError('invalid-token', { detail: 'send an access token as Authorization: Bearer …', headers: { 'WWW-Authenticate': 'Bearer' } });
    }
    try {
      return await ctx.verifyToken(match[1]);
    } catch (err) {
      ctx.metrics.authFailures.inc({ reason: 'invalid_token' });
      throw err;
    }
  };
}

function invalidClient(detail: string): AppError {
  return new AppError('invalid-client', { detail, headers: { 'WWW-Authenticate': 'Basic realm="cleanroom"' }, extra: { error: 'invalid_client' } });
}

function formDecode(s: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    throw invalidClient('malformed Basic authorization');
  }
  // No client id or secret holds U+0000, and PostgreSQL text cannot: it would fail the lookup with a 500.
  if (decoded.includes('\0')) throw invalidClient('malformed Basic authorization');
  return decoded;
}
