// Client authentication for the token endpoint (RFC 6749 §2.3.1, §4.4) and bearer authentication of
// every other /v1 request.
import type { Request } from 'express';
import { AppError } from '../errors.js';
import type { ServiceContext } from '../context.js';
import { randomUUID } from 'node:crypto';
import { addressKey } from '../auth/rate-limiter.js';
import { dummySecretHash, hashGeneratedSecret, needsRehash, SecretCheckBusy, verifySecret } from '../auth/secrets.js';
import { issueAccessToken, type Principal } from '../auth/tokens.js';
import type { OrganizationRow } from '../store/organizations.js';
import { findOrganizationForClient } from './client-lookup.js';
import { replaceSecretHash } from '../store/credentials.js';
import { secretPepper } from './credentials.js';
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

/**
 * The client-credentials grant. Failures are counted per client id and per address (IPv6 by /64),
 * each with exponential back-off (auth/rate-limiter.ts `BackOff`): a flood of wrong secrets for
 * random client ids holds back its own addresses, never another organisation's client id. A
 * refused attempt costs a map lookup; a checked one a database read and an HMAC (microseconds),
 * except the operator's own secret, whose slow hash runs in the thread pool.
 */
export async function issueToken(ctx: ServiceContext, address: string, creds: ClientCredentials): Promise<{ token: string; expiresIn: number }> {
  const arrivedAt = Date.now();
  const where = addressKey(address);
  const wait = Math.max(ctx.limits.addressFailures.retryAfter(where), ctx.limits.clientFailures.retryAfter(creds.clientId));
  if (wait > 0) {
    await pace(ctx, arrivedAt);
    throw rateLimited(ctx, wait);
  }
  const org = await findOrganizationForClient(ctx.pool, creds.clientId);
  let matched: 'current' | 'previous' | undefined;
  try {
    matched = await matchSecret(ctx, org, creds.clientSecret);
  } catch (err) {
    if (err instanceof SecretCheckBusy) {
      await pace(ctx, arrivedAt);
      throw rateLimited(ctx, 1);
    }
    throw err;
  }
  if (!org || !matched) {
    ctx.limits.addressFailures.fail(where);
    ctx.limits.clientFailures.fail(creds.clientId);
    ctx.metrics.authFailures.inc({ reason: 'invalid_client' });
    if (org) await recordEvent(ctx, { actorOrg: org.id, actorRole: org.kind, action: 'auth.failed', decision: 'deny', detail: { reason: 'wrong_secret' } });
    else await tallyUnknownClient(ctx);
    await pace(ctx, arrivedAt);
    throw invalidClient('unknown client or wrong secret');
  }
  ctx.limits.clientFailures.succeed(creds.clientId);
  if (org.disabledAt !== null) {
    ctx.metrics.authFailures.inc({ reason: 'disabled' });
    await recordEvent(ctx, { actorOrg: org.id, actorRole: org.kind, action: 'auth.failed', decision: 'deny', detail: { reason: 'disabled' } });
    throw invalidClient('this organisation is disabled', 'organization_disabled');
  }
  await upgradeStoredSecret(ctx, org, matched, creds.clientSecret);
  const settings = { issuer: ctx.config.issuer, audience: ctx.config.audience, ttlSeconds: ctx.config.tokenTtlSeconds };
  const jti = randomUUID();
  const token = await issueAccessToken(ctx.keys, settings, { orgId: org.id, clientId: org.clientId, role: org.kind }, jti);
  ctx.metrics.tokensIssued.inc();
  // The jti is what the operator revokes a token by (POST /v1/tokens/{jti}/revoke).
  await recordEvent(ctx, { actorOrg: org.id, actorRole: org.kind, action: 'token.issued', decision: 'allow', detail: { expiresIn: ctx.config.tokenTtlSeconds, jti } });
  return { token, expiresIn: ctx.config.tokenTtlSeconds };
}

/**
 * Failures for client ids that exist are audited one by one (the per-client-id back-off bounds
 * them). Failures for unknown client ids are not about any organisation and a flood of them would
 * grow the log without bound: they are audited as one `auth.failed` event (`unknown_client`, with
 * `count`) per `UNKNOWN_CLIENT_AUDIT_MS` at most — the first at once, the rest of a burst summed
 * into the next (also flushed by the start's minute sweep, `flushUnknownClientTally`).
 */
const UNKNOWN_CLIENT_AUDIT_MS = 10_000;
const unknownTallies = new WeakMap<Pick<ServiceContext, 'pool'>['pool'], { count: number; since: number; lastWrite: number }>();

async function tallyUnknownClient(ctx: Pick<ServiceContext, 'pool'>): Promise<void> {
  let tally = unknownTallies.get(ctx.pool);
  if (!tally) unknownTallies.set(ctx.pool, (tally = { count: 0, since: Date.now(), lastWrite: 0 }));
  if (tally.count === 0) tally.since = Date.now();
  tally.count++;
  if (Date.now() - tally.lastWrite >= UNKNOWN_CLIENT_AUDIT_MS) await flushUnknownClientTally(ctx);
}

/** Writes the pending count of unknown-client failures, if any, as one event. */
export async function flushUnknownClientTally(ctx: Pick<ServiceContext, 'pool'>): Promise<void> {
  const tally = unknownTallies.get(ctx.pool);
  if (!tally || tally.count === 0) return;
  const { count, since } = tally;
  tally.count = 0;
  tally.lastWrite = Date.now();
  // Never the presented client ids: one may be a mistyped secret.
  await recordEvent(ctx, { actorOrg: null, actorRole: null, action: 'auth.failed', decision: 'deny', detail: { reason: 'unknown_client', count, since: new Date(since).toISOString() } });
}

let dummy: { pepper: Uint8Array; hash: string } | undefined;

/** Which stored secret `presented` is (the previous one only during its overlap); an unknown client checks a dummy. */
async function matchSecret(ctx: ServiceContext, org: OrganizationRow | undefined, presented: string): Promise<'current' | 'previous' | undefined> {
  const pepper = secretPepper(ctx);
  if (!org) {
    // An HMAC like a known client's, so that timing does not tell which client ids exist.
    if (dummy?.pepper !== pepper) dummy = { pepper, hash: dummySecretHash(pepper) };
    await verifySecret(presented, dummy.hash, pepper);
    return undefined;
  }
  if (await verifySecret(presented, org.secretHash, pepper)) return 'current';
  if (org.previousSecret && org.previousSecret.expiresAt.getTime() > Date.now() && (await verifySecret(presented, org.previousSecret.hash, pepper))) return 'previous';
  return undefined;
}

/** A generated secret still stored as scrypt (before the keyed hash) is re-stored as its HMAC once it verified. */
async function upgradeStoredSecret(ctx: ServiceContext, org: OrganizationRow, which: 'current' | 'previous', presented: string): Promise<void> {
  // The operator's secret may be one a person chose: it keeps its slow hash.
  if (org.kind === 'admin') return;
  const stored = which === 'current' ? org.secretHash : org.previousSecret?.hash;
  if (stored === undefined || !needsRehash(stored)) return;
  await replaceSecretHash(ctx.pool, org.id, which, stored, hashGeneratedSecret(presented, secretPepper(ctx)));
}

/** Under a flood of failures, holds this failure's answer back (auth/rate-limiter.ts `FailurePacer`). */
async function pace(ctx: ServiceContext, arrivedAt: number): Promise<void> {
  const ms = ctx.limits.failurePacer.fail(arrivedAt);
  if (ms > 0) await new Promise((resolve) => setTimeout(resolve, ms));
}

function rateLimited(ctx: ServiceContext, wait: number): AppError {
  ctx.metrics.authFailures.inc({ reason: 'rate_limited' });
  return new AppError('rate-limited', { detail: 'too many failed client authentications; wait and try again', rule: 'auth_back_off', headers: { 'Retry-After': String(wait) } });
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

function invalidClient(detail: string, rule = 'invalid_client'): AppError {
  return new AppError('invalid-client', { detail, rule, headers: { 'WWW-Authenticate': 'Basic realm="cleanroom"' }, extra: { error: 'invalid_client' } });
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
