// POST /v1/oauth/token — client-credentials grant.
import type { RequestHandler } from 'express';
import { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { AppError } from '../errors.js';
import { clientCredentials, issueToken } from '../domain/auth.js';
import type { Handler } from '../http/route.js';
import { addressKey } from '../auth/rate-limiter.js';

export const op = operations.issueToken;

export function issueTokenHandler(ctx: ServiceContext): Handler<typeof op> {
  return async ({ req, body }) => {
    const creds = clientCredentials(req, body);
    // req.ip is the socket's address, or with CLEANROOM_TRUST_PROXY the X-Forwarded-For entry that many hops back.
    const { token, expiresIn } = await issueToken(ctx, req.ip ?? 'unknown', creds);
    return {
      body: { access_token: token, token_type: 'Bearer', expires_in: expiresIn },
      headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
    };
  };
}

/** Runs before body validation so that a wrong grant type gets OAuth's own cause, and counts requests. */
export function tokenRequestGate(ctx: ServiceContext): RequestHandler {
  return (req, _res, next) => {
    const address = addressKey(req.ip);
    const wait = ctx.limits.tokenRequests.retryAfter(address);
    if (wait > 0) {
      next(new AppError('rate-limited', { detail: 'too many token requests', headers: { 'Retry-After': String(wait) } }));
      return;
    }
    ctx.limits.tokenRequests.hit(address);
    const grant = (req.body as { grant_type?: unknown } | undefined)?.grant_type;
    if (grant !== undefined && grant !== 'client_credentials') {
      next(new AppError('unsupported-grant-type', { detail: 'only client_credentials is supported', extra: { error: 'unsupported_grant_type' } }));
      return;
    }
    next();
  };
}
