// What every domain function and handler receives: configuration, the pool, keys, logger, metrics.
import type pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { KeyRing } from './auth/signing-keys.js';
import type { Principal } from './auth/tokens.js';
import type { BackOff, FailurePacer, RateLimiter } from './auth/rate-limiter.js';
import type { RevocationList } from './auth/revocation.js';
import type { Metrics } from './ops/metrics.js';
import type { NoiseSource } from './domain/noise-source.js';
import type { UploadSlots } from './ops/upload-slots.js';

export interface ServiceContext {
  readonly config: Config;
  readonly pool: pg.Pool;
  readonly keys: KeyRing;
  readonly verifyToken: (token: string) => Promise<Principal>;
  readonly logger: Logger;
  readonly metrics: Metrics;
  /** Pre-filled noise pools for releases. */
  readonly noise: NoiseSource;
  /** Uploads: their own pool (one connection each for the whole body) and the slots that bound them. */
  readonly uploads: { readonly pool: pg.Pool; readonly slots: UploadSlots };
  /** Revoked token ids and disabled organisations, asked on every authenticated request. */
  readonly revocations: RevocationList;
  readonly limits: {
    /** Token requests per client address per minute. */
    readonly tokenRequests: RateLimiter;
    /** Failed client authentications per client id: exponential back-off. */
    readonly clientFailures: BackOff;
    /** Failed client authentications per client address (IPv6 by /64): exponential back-off. */
    readonly addressFailures: BackOff;
    /** Failed authentications answered late while they come in a flood. */
    readonly failurePacer: FailurePacer;
  };
}
