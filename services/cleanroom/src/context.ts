// What every domain function and handler receives: configuration, the pool, keys, logger, metrics.
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { KeyRing } from './auth/signing-keys.js';
import type { Principal } from './auth/tokens.js';
import type { RateLimiter } from './auth/rate-limiter.js';
import type { Metrics } from './ops/metrics.js';
import type { NoiseSource } from './domain/noise-source.js';

export interface ServiceContext {
  readonly config: Config;
  readonly pool: pg.Pool;
  readonly keys: KeyRing;
  readonly verifyToken: (token: string) => Promise<Principal>;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Pre-filled noise pools for releases. */
  readonly noise: NoiseSource;
  readonly limits: {
    /** Token requests per client address per minute. */
    readonly tokenRequests: RateLimiter;
    /** Failed client authentications per client address per 15 minutes. */
    readonly tokenFailures: RateLimiter;
  };
}
