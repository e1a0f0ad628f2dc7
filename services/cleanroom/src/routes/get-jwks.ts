// GET /.well-known/jwks.json — the keys that verify our tokens and checkpoints.
import { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import type { Handler } from '../http/route.js';

export const op = operations.getJwks;

export function getJwksHandler(ctx: ServiceContext): Handler<typeof op> {
  return () => Promise.resolve({ body: { keys: ctx.keys.published.map((k) => ({ ...k })) }, headers: { 'Cache-Control': 'public, max-age=300' } });
}
