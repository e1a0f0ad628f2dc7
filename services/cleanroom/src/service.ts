// Assembles and runs the service: database (embedded or external), migrations, keys, operator,
// HTTP server; and stops it in order.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import pino, { type Logger } from 'pino';
import type { Config } from './config.js';
import { parseKeyBytes } from './config.js';
import type { ServiceContext } from './context.js';
import { createApp } from './app.js';
import { answerClientError, serverOptions } from './http/transport.js';
import { RateLimiter } from './auth/rate-limiter.js';
import { loadKeyRing, type KeyRing } from './auth/signing-keys.js';
import { createTokenVerifier } from './auth/tokens.js';
import { ensureAdmin } from './domain/admin-bootstrap.js';
import { expireDueAgreements } from './domain/agreements.js';
import { createCheckpointer } from './domain/audit-verify.js';
import { sweepRetention } from './domain/data-deletion.js';
import { removeAbandonedUploads } from './domain/datasets.js';
import { createMetrics } from './ops/metrics.js';
import { NoiseSource } from './domain/noise-source.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './store/embedded-postgres.js';
import { migrate } from './store/migrate.js';
import { createPool } from './store/pool.js';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'cleanroom' },
    redact: { paths: ['req.headers', 'headers.authorization', '*.clientSecret', '*.client_secret', '*.token'], remove: true },
  });
}

export function buildContext(config: Config, pool: pg.Pool, keys: KeyRing, logger: Logger, options: { defaultMetrics?: boolean } = {}): ServiceContext {
  const settings = { issuer: config.issuer, audience: config.audience, ttlSeconds: config.tokenTtlSeconds };
  return {
    config,
    pool,
    keys,
    verifyToken: createTokenVerifier(keys, settings),
    logger,
    metrics: createMetrics(options.defaultMetrics ?? true),
    noise: new NoiseSource(),
    limits: {
      tokenRequests: new RateLimiter({ limit: config.tokenRateLimitPerMinute, windowMs: 60_000 }),
      tokenFailures: new RateLimiter({ limit: 10, windowMs: 15 * 60_000 }),
    },
  };
}

export interface RunningService {
  readonly ctx: ServiceContext;
  readonly server: Server;
  readonly url: string;
  /** Generated operator credentials, present only on the start that created them. */
  readonly generatedAdmin: { clientId: string; clientSecret: string } | undefined;
  stop(): Promise<void>;
}

export async function startService(config: Config, logger: Logger = createLogger(config)): Promise<RunningService> {
  let embedded: EmbeddedDatabase | undefined;
  let url: string;
  let masterKey = config.masterKey;
  if (config.database.kind === 'embedded') {
    // Traversable but not listable: the embedded cluster, owned by the postgres user, lives inside.
    await mkdir(config.dataDir, { recursive: true, mode: 0o711 });
    embedded = await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg'), onLog: (line) => logger.debug({ component: 'postgres' }, line) });
    url = await ensureDatabase(embedded.url, 'cleanroom');
    masterKey ??= await loadOrCreateMasterKey(join(config.dataDir, 'master.key'));
    logger.info({ clusterDir: embedded.clusterDir }, 'embedded PostgreSQL started');
  } else {
    url = config.database.url;
  }
  const pool = createPool(url, 20);
  try {
    const applied = await migrate(pool);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
    const keys = await loadKeyRing(config);
    const ctx = buildContext({ ...config, masterKey }, pool, keys, logger);
    const generatedAdmin = await ensureAdmin(ctx);
    // Uploads cut short by a crash leave a `loading` row (their tables died with their transactions).
    const abandoned = await removeAbandonedUploads(ctx);
    if (abandoned > 0) logger.warn({ abandoned }, 'removed uploads interrupted by a previous stop');
    const server = createServer(serverOptions(config), createApp(ctx)).listen(config.port, config.host);
    server.on('clientError', answerClientError);
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
    // Expiry is also checked at request time; the sweeper ends agreements nobody touches.
    const sweeper = setInterval(() => {
      expireDueAgreements(ctx).catch((err: unknown) => logger.error({ err }, 'expiry sweep failed'));
      sweepRetention(ctx).catch((err: unknown) => logger.error({ err }, 'retention sweep failed'));
      removeAbandonedUploads(ctx).catch((err: unknown) => logger.error({ err }, 'abandoned-upload sweep failed'));
    }, 60_000);
    sweeper.unref();
    // Signed checkpoints of the audit chain, logged as checkpoint.signed events (0: off).
    const checkpointer = createCheckpointer(ctx);
    const checkpoints =
      config.checkpointIntervalSeconds > 0
        ? setInterval(() => {
            checkpointer.tick().catch((err: unknown) => logger.error({ err }, 'audit checkpoint failed'));
          }, config.checkpointIntervalSeconds * 1000)
        : undefined;
    checkpoints?.unref();
    // Slow clients (slowloris): the headers and request timeouts are set by serverOptions above.
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    return {
      ctx,
      server,
      url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
      generatedAdmin,
      async stop() {
        clearInterval(sweeper);
        clearInterval(checkpoints);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await pool.end().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw err;
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = createPool(serverUrl, 1);
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function loadOrCreateMasterKey(path: string): Promise<Uint8Array> {
  if (existsSync(path)) return parseKeyBytes('CLEANROOM_MASTER_KEY', (await readFile(path, 'utf8')).trim());
  const key = randomBytes(32);
  await writeFile(path, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return new Uint8Array(key);
}
