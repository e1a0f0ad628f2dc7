// Binds one contract operation to its handler: checks the content type, authenticates, validates
// params, query and body with the operation's own schemas, and sends the typed result.
import type { Request, RequestHandler, Response, Router } from 'express';
import type { z, ZodType } from 'zod';
import type { Operation } from '@cleanroom/contracts';
import { AppError, type FieldIssue } from '../errors.js';
import type { Principal } from '../auth/tokens.js';
import { fieldIssues } from './validation.js';

type Infer<T> = T extends ZodType ? z.output<T> : undefined;
type BodyOf<O extends Operation> = O['body'] extends { stream: true } ? undefined : O['body'] extends { schema: infer S } ? Infer<S> : undefined;
type SuccessOf<O extends Operation> = O['success'] extends { schema: infer S } ? z.input<S & ZodType> : string;

export interface RouteInput<O extends Operation> {
  readonly params: Infer<O['params']>;
  readonly query: Infer<O['query']>;
  readonly headers: Infer<O['headers']>;
  /** Undefined for a streamed body (`body.stream`): the handler reads `req` itself. */
  readonly body: BodyOf<O>;
  readonly principal: O['auth'] extends true ? Principal : Principal | undefined;
  readonly requestId: string;
  readonly req: Request;
  readonly res: Response;
}

export interface RouteResult<O extends Operation> {
  readonly status?: number;
  readonly body: SuccessOf<O>;
  readonly headers?: Readonly<Record<string, string>>;
}

export type Handler<O extends Operation> = (input: RouteInput<O>) => Promise<RouteResult<O> | undefined>;

export type Authenticate = (req: Request) => Promise<Principal>;

/** `/v1/organizations/{orgId}` → `/v1/organizations/:orgId` */
export function expressPath(path: string): string {
  return path.replace(/\{([A-Za-z0-9_]+)\}/g, ':$1');
}

export function mount<O extends Operation>(router: Router, op: O, authenticate: Authenticate, handler: Handler<O>, before: RequestHandler[] = []): void {
  const run: RequestHandler = async (req, res, next) => {
    try {
      const principal = op.auth ? await authenticate(req) : undefined;
      res.locals.principal = principal;
      const issues: FieldIssue[] = [];
      const params = parsePart(op.params, req.params, 'params', issues);
      const query = parsePart(op.query, req.query, 'query', issues);
      const headers = parsePart(op.headers, req.headers, 'headers', issues);
      let body: unknown;
      if (op.body) {
        const type = req.headers['content-type'];
        if (!type || !op.body.contentTypes.some((ct) => req.is(ct))) {
          throw new AppError('unsupported-media-type', { detail: `send the body as ${op.body.contentTypes.join(' or ')}` });
        }
        if (!op.body.stream) body = parsePart(op.body.schema, req.body ?? {}, 'body', issues);
      }
      if (issues.length > 0) throw new AppError('validation-failed', { detail: 'see errors for each failing field', errors: issues });
      const result = await handler({
        params,
        query,
        headers,
        body,
        principal,
        requestId: res.locals.requestId as string,
        req,
        res,
      } as RouteInput<O>);
      if (result === undefined) return; // the handler streamed its own response
      for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
      res.status(result.status ?? op.success.status);
      if (typeof result.body === 'string') res.type(op.success.contentType ?? 'text/plain').send(result.body);
      else res.json(result.body);
    } catch (err) {
      next(err);
    }
  };
  router[op.method](expressPath(op.path), ...before, run);
}

function parsePart(schema: ZodType | undefined, value: unknown, where: string, issues: FieldIssue[]): unknown {
  if (!schema) return undefined;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  issues.push(...fieldIssues(parsed.error, where));
  return undefined;
}
