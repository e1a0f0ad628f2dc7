// The edge where errors become application/problem+json (RFC 9457). 5xx bodies carry the request id
// and nothing of the cause; the cause is logged.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Logger } from 'pino';
import { PROBLEM_TITLE, problemType } from '@cleanroom/contracts';
import { AppError } from '../errors.js';
import { LONE_SURROGATE } from './transport.js';

export function sendProblem(res: Response, err: AppError): void {
  const requestId = res.locals.requestId as string | undefined;
  const body: Record<string, unknown> = {
    type: problemType(err.code),
    title: PROBLEM_TITLE[err.code],
    status: err.status,
  };
  if (err.status < 500 && err.detail) body.detail = err.detail;
  if (requestId) body.requestId = requestId;
  if (err.errors && err.errors.length > 0) body.errors = err.errors;
  if (err.rule) body.rule = err.rule;
  if (err.status < 500) Object.assign(body, err.extra);
  for (const [name, value] of Object.entries(err.headers)) res.setHeader(name, value);
  // Answered before the body arrived: close rather than drain it (a client could trickle it for as
  // long as the server's request timeout allows, which for an upload's path is hours).
  if (bodyStillArriving(res.req)) res.setHeader('Connection', 'close');
  res.status(err.status).type('application/problem+json').send(JSON.stringify(body));
}

/** The request announced a body (RFC 9112 §6.3) that has not been read to its end yet. */
export function bodyStillArriving(req: Request): boolean {
  return !req.complete && (req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0);
}

/** Maps body-parser and other framework errors to our causes. */
function classify(err: unknown): AppError {
  if (err instanceof AppError) return err;
  // The router's decoding of a path parameter ("/v1/agreements/%"): status 400 but no `expose`.
  if (err instanceof URIError) return new AppError('malformed-request', { detail: 'the path is not valid percent-encoding', cause: err });
  const e = err as { type?: string; status?: number; expose?: boolean } | undefined;
  switch (e?.type) {
    case 'entity.parse.failed':
      return new AppError('malformed-request', { detail: (err as Error).message === LONE_SURROGATE ? LONE_SURROGATE : 'the body is not valid JSON', cause: err });
    case 'entity.too.large':
      return new AppError('payload-too-large', { detail: 'the body exceeds the size limit', cause: err });
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported-media-type', { detail: 'unsupported body encoding or charset', cause: err });
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return new AppError('malformed-request', { detail: 'the body could not be read', cause: err });
    default:
      if (e?.expose && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
        return new AppError('malformed-request', { cause: err });
      }
      return AppError.fromError(err);
  }
}

export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (err: unknown, _req, res, _next) => {
    const problem = classify(err);
    if (problem.status >= 500) logger.error({ err: problem.cause ?? problem, requestId: res.locals.requestId as unknown }, 'request failed');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    sendProblem(res, problem);
  };
}

export const notFound: RequestHandler = (_req, _res, next) => next(new AppError('not-found', { detail: 'no such resource' }));
