// GET /healthz, /readyz, /metrics — for operators and orchestrators.
import type { operations } from '@cleanroom/contracts';
import { disclose } from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import { AppError } from '../errors.js';
import { pendingMigrations } from '../store/migrate.js';
import type { Handler } from '../http/route.js';

export function healthzHandler(): Handler<typeof operations.healthz> {
  return () => Promise.resolve({ body: { status: 'ok' as const } });
}

export function readyzHandler(ctx: ServiceContext): Handler<typeof operations.readyz> {
  return async () => {
    let database: 'ok' | 'unreachable' = 'ok';
    let migrations: 'ok' | 'pending' | 'unknown' = 'unknown';
    try {
      migrations = (await pendingMigrations(ctx.pool)) === 0 ? 'ok' : 'pending';
    } catch {
      database = 'unreachable';
    }
    const ready = database === 'ok' && migrations === 'ok';
    return { status: ready ? 200 : 503, body: { status: ready ? 'ready' : 'not_ready', checks: { database, migrations } }, headers: { 'Cache-Control': 'no-store' } };
  };
}

export function metricsHandler(ctx: ServiceContext): Handler<typeof operations.metrics> {
  return async ({ principal, res }) => {
    // Per-route counts of every tenant: the operator's telemetry, not a caller's.
    if (!disclose(principal, { kind: 'metrics' })) throw new AppError('forbidden', { detail: "metrics are the operator's: use the operator's token", rule: 'operator_only' });
    res.setHeader('Content-Type', ctx.metrics.registry.contentType);
    res.send(await ctx.metrics.registry.metrics());
    return undefined;
  };
}
