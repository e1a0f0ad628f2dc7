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
import { parseKeyBytes, parsePepper } from './config.js';
import type { ServiceContext } from './context.js';
import { createApp } from './app.js';
import { answerClientError, serverOptions } from './http/transport.js';
import { BackOff, FailurePacer, RateLimiter } from './auth/rate-limiter.js';
import { RevocationList } from './auth/revocation.js';
import { refreshRevocations, sweepRevocations } from './domain/credentials.js';
import { flushUnknownClientTally } from './domain/auth.js';
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
import { canBypassAuditLog, EMBEDDED_SERVICE_LOGIN, ensureServiceLogin, roleRisks, SERVICE_ROLE } from './store/roles.js';
import { UploadSlots } from './ops/upload-slots.js';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'cleanroom' },
    redact: { paths: ['req.headers', 'headers.authorization', '*.clientSecret', '*.client_secret', '*.token'], remove: true },
  });
}

export function buildContext(config: Config, pool: pg.Pool, keys: KeyRing, logger: Logger, options: { defaultMetrics?: boolean; uploadPool?: pg.Pool } = {}): ServiceContext {
  const settings = { issuer: config.issuer, audience: config.audience, ttlSeconds: config.tokenTtlSeconds };
  const revocations = new RevocationList();
  return {
    config,
    pool,
    keys,
    verifyToken: createTokenVerifier(keys, settings, revocations),
    revocations,
    logger,
    metrics: createMetrics(options.defaultMetrics ?? true),
    noise: new NoiseSource(),
    // Without a pool of their own (a context built by a script or a test) uploads share the main one.
    uploads: { pool: options.uploadPool ?? pool, slots: new UploadSlots(config.maxConcurrentUploads) },
    limits: {
      tokenRequests: new RateLimiter({ limit: config.tokenRateLimitPerMinute, windowMs: 60_000 }),
      // Per client id: 5 failures free, then 1 s, 2 s, 4 s … at most 5 minutes; forgotten after 15 quiet minutes.
      clientFailures: new BackOff({ free: 5, baseMs: 1000, maxMs: 5 * 60_000, forgetMs: 15 * 60_000 }),
      // Per address: 20 failures free, then the same doubling, at most 15 minutes.
      addressFailures: new BackOff({ free: 20, baseMs: 1000, maxMs: 15 * 60_000, forgetMs: 15 * 60_000 }),
      // More than 100 failures in a second: for 10 s each is answered 0.5–1 s after it arrived.
      failurePacer: new FailurePacer({ threshold: 100, delayMs: 500, holdMs: 10_000 }),
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
  let migrationUrl: string;
  let embeddedLogin: string | undefined;
  let masterKey = config.masterKey;
  let secretPepper = config.secretPepper;
  if (config.database.kind === 'embedded') {
    // Traversable but not listable: the embedded cluster, owned by the postgres user, lives inside.
    await mkdir(config.dataDir, { recursive: true, mode: 0o711 });
    embedded = await startEmbeddedPostgres({ dir: join(config.dataDir, 'pg'), onLog: (line) => logger.debug({ component: 'postgres' }, line) });
    // The superuser (the schema owner) runs the migrations; the service logs in as a member of
    // the restricted group role (store/roles.ts), with a password kept in the data directory.
    migrationUrl = await ensureDatabase(embedded.url, 'cleanroom');
    embeddedLogin = await loadOrCreateSecret(join(config.dataDir, 'service-db.password'));
    const service = new URL(migrationUrl);
    service.username = EMBEDDED_SERVICE_LOGIN;
    service.password = encodeURIComponent(embeddedLogin);
    url = service.toString();
    masterKey ??= await loadOrCreateMasterKey(join(config.dataDir, 'master.key'));
    secretPepper ??= await loadOrCreatePepper(join(config.dataDir, 'secret-pepper.key'));
    logger.info({ clusterDir: embedded.clusterDir }, 'embedded PostgreSQL started');
  } else {
    url = config.database.url;
    migrationUrl = config.database.migrationUrl;
  }
  const pool = createPool(url, 20);
  // One connection per upload slot, apart from the pool insights and token issuance use.
  const uploadPool = createPool(url, config.maxConcurrentUploads);
  try {
    const migrator = createPool(migrationUrl, 1);
    try {
      const applied = await migrate(migrator);
      if (applied.length > 0) logger.info({ applied }, 'migrations applied');
      if (embeddedLogin !== undefined) await ensureServiceLogin(migrator, EMBEDDED_SERVICE_LOGIN, embeddedLogin);
    } finally {
      await migrator.end();
    }
    const risks = await roleRisks(pool);
    if (canBypassAuditLog(risks)) {
      logger.warn(
        risks,
        `the service's database role can bypass the audit log's protection (superuser, owner of audit_events, or allowed to set session_replication_role): give DATABASE_URL a login that is a member of ${SERVICE_ROLE} only, and DATABASE_MIGRATION_URL the schema owner`,
      );
    }
    const keys = await loadKeyRing(config);
    const ctx = buildContext({ ...config, masterKey, secretPepper }, pool, keys, logger, { uploadPool });
    // Revoked tokens and disabled organisations: loaded before the first request, then kept in
    // step with other instances' changes.
    await refreshRevocations(ctx);
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
    const revocationSync = setInterval(() => {
      refreshRevocations(ctx).catch((err: unknown) => logger.error({ err }, 'revocation refresh failed'));
    }, REVOCATION_REFRESH_MS);
    revocationSync.unref();
    // Expiry is also checked at request time; the sweeper ends agreements nobody touches.
    const sweeper = setInterval(() => {
      sweepRevocations(ctx).catch((err: unknown) => logger.error({ err }, 'revocation sweep failed'));
      flushUnknownClientTally(ctx).catch((err: unknown) => logger.error({ err }, 'auth failure tally failed'));
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
    const serviceUrl = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    // Named by the instance lock, so that a second start on this data directory can say where we are.
    await embedded?.announce(serviceUrl);
    return {
      ctx,
      server,
      url: serviceUrl,
      generatedAdmin,
      async stop() {
        clearInterval(sweeper);
        clearInterval(revocationSync);
        clearInterval(checkpoints);
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await uploadPool.end();
        await pool.end();
        await embedded?.stop();
      },
    };
  } catch (err) {
    await uploadPool.end().catch(() => undefined);
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

async function loadOrCreateSecret(path: string): Promise<string> {
  if (existsSync(path)) return (await readFile(path, 'utf8')).trim();
  const secret = randomBytes(24).toString('base64url');
  await writeFile(path, secret + '\n', { mode: 0o600, flag: 'wx' });
  return secret;
}

/** How often revocations made by other instances are read (this instance's own apply at once). */
const REVOCATION_REFRESH_MS = 5_000;

async function loadOrCreatePepper(path: string): Promise<Uint8Array> {
  if (existsSync(path)) return parsePepper((await readFile(path, 'utf8')).trim());
  const pepper = randomBytes(32);
  await writeFile(path, pepper.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return new Uint8Array(pepper);
}

async function loadOrCreateMasterKey(path: string): Promise<Uint8Array> {
  if (existsSync(path)) return parseKeyBytes('CLEANROOM_MASTER_KEY', (await readFile(path, 'utf8')).trim());
  const key = randomBytes(32);
  await writeFile(path, key.toString('hex') + '\n', { mode: 0o600, flag: 'wx' });
  return new Uint8Array(key);
}
