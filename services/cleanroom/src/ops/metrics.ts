// Prometheus metrics of this process (a registry per app, so tests can run several apps).
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpDuration: Histogram<'method' | 'route'>;
  readonly tokensIssued: Counter;
  readonly authFailures: Counter<'reason'>;
}

export function createMetrics(defaults = true): Metrics {
  const registry = new Registry();
  if (defaults) collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequests: new Counter({ name: 'cleanroom_http_requests_total', help: 'HTTP requests', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    httpDuration: new Histogram({
      name: 'cleanroom_http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route'],
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10, 60],
      registers: [registry],
    }),
    tokensIssued: new Counter({ name: 'cleanroom_tokens_issued_total', help: 'Access tokens issued', registers: [registry] }),
    authFailures: new Counter({ name: 'cleanroom_auth_failures_total', help: 'Failed authentications', labelNames: ['reason'], registers: [registry] }),
  };
}
