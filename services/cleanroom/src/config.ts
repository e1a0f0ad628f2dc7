// Typed configuration: validates the raw environment (env.ts) and derives what the service needs.
// A bad value is reported as one line naming the variable.
import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { EnvName } from './env.js';
import { derivePepper } from './auth/secrets.js';

/** The smallest minimum-cohort floor an operator may configure (DESIGN §4). */
export const SAFE_MIN_COHORT = 10;
/** The smallest minimum dataset size an operator may configure. */
export const SAFE_MIN_DATASET_SIZE = 100;

export interface Config {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  /**
   * External: `url` is the service's (a restricted role's), `migrationUrl` the schema owner's; when
   * only one of DATABASE_URL / DATABASE_MIGRATION_URL is given, both are it.
   */
  readonly database: { readonly kind: 'embedded' } | { readonly kind: 'external'; readonly url: string; readonly migrationUrl: string };
  /** 32 bytes wrapping agreement keys; generated into the data dir in embedded mode when absent. */
  readonly masterKey: Uint8Array | undefined;
  /** Ed25519 signing keys: the current one signs, a previous one stays published during rotation. */
  readonly signingKey: KeyObject | undefined;
  readonly previousSigningKey: KeyObject | undefined;
  readonly admin: { readonly clientId: string; readonly clientSecret: string } | undefined;
  /**
   * 32 bytes keying the HMAC that generated client secrets are stored as. Configured, or with
   * DATABASE_URL derived from the master key (HKDF, "cleanroom secret pepper v1"); undefined in
   * embedded mode until the start generates it into the data dir.
   */
  readonly secretPepper: Uint8Array | undefined;
  /** Default seconds a rotated secret's predecessor keeps working. */
  readonly secretOverlapSeconds: number;
  /** Proxy hops in front whose X-Forwarded-For is believed (0: the socket's address is the client). */
  readonly trustProxy: number;
  readonly issuer: string;
  readonly audience: string;
  readonly tokenTtlSeconds: number;
  readonly tokenRateLimitPerMinute: number;
  readonly minCohortFloor: number;
  readonly maxEpsilonPerRelease: number;
  readonly bodyLimitBytes: number;
  /** Seconds between signed audit checkpoints; 0 turns them off. */
  readonly checkpointIntervalSeconds: number;
  /** Smallest dataset (distinct ids) an upload may publish (DESIGN §5 rule 1). */
  readonly minDatasetSize: number;
  /** Hash partitions per dataset version table (1: a plain table). */
  readonly dataPartitions: number;
  /** Largest upload body; uploads stream, so this bounds disk and time, not memory. */
  readonly uploadLimitBytes: number;
  /** Longest an upload body may take to arrive. */
  readonly uploadTimeoutSeconds: number;
  /** Longest a client may take to send a request's headers (slowloris). */
  readonly headersTimeoutSeconds: number;
  /** Longest any other request may take to arrive, body included (http/transport.ts). */
  readonly requestTimeoutSeconds: number;
  /** Uploads running at once; each holds one connection of the uploads' own pool. Past it: 503. */
  readonly maxConcurrentUploads: number;
  /** Where every signed checkpoint is appended (one JWS a line), outside the database. */
  readonly checkpointDir: string;
  /** Per auditor org id, the HTTPS URL its checkpoints are pushed to. */
  readonly checkpointWebhooks: ReadonlyMap<string, string>;
  /** PEM file of extra CAs trusted for the webhooks (a private CA, or a self-signed test server). */
  readonly checkpointWebhookCaFile: string | undefined;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class ConfigError extends Error {
  constructor(
    readonly variable: EnvName,
    readonly reason: string,
  ) {
    super(`configuration error: ${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

const intIn = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z
  .object({
    PORT: intIn(0, 65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    DATABASE_MIGRATION_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
    CLEANROOM_DATA_DIR: z.string().min(1).default('./.cleanroom'),
    CLEANROOM_MASTER_KEY: z.string().optional(),
    CLEANROOM_SIGNING_KEY: z.string().optional(),
    CLEANROOM_SIGNING_KEY_PREVIOUS: z.string().optional(),
    CLEANROOM_ADMIN_CLIENT_ID: z.string().regex(/^[A-Za-z0-9._-]{3,100}$/, 'letters, digits, . _ - (3–100)').optional(),
    CLEANROOM_ADMIN_CLIENT_SECRET: z.string().min(24, 'at least 24 characters').max(500).optional(),
    CLEANROOM_SECRET_PEPPER: z.string().optional(),
    CLEANROOM_SECRET_OVERLAP_SECONDS: intIn(0, 7 * 24 * 3600).default(3600),
    CLEANROOM_TRUST_PROXY: intIn(0, 10).default(0),
    CLEANROOM_ISSUER: z.string().min(1).default('urn:cleanroom:service'),
    CLEANROOM_AUDIENCE: z.string().min(1).default('urn:cleanroom:api'),
    CLEANROOM_TOKEN_TTL_SECONDS: intIn(30, 900).default(900),
    CLEANROOM_TOKEN_RATE_LIMIT: intIn(1, 1_000_000).default(600),
    CLEANROOM_MIN_COHORT_FLOOR: intIn(SAFE_MIN_COHORT, 1_000_000).default(50),
    CLEANROOM_MAX_EPSILON_PER_RELEASE: z.coerce.number().positive().max(10).default(1),
    CLEANROOM_BODY_LIMIT_BYTES: intIn(1024, 10 * 1024 * 1024).default(1024 * 1024),
    CLEANROOM_CHECKPOINT_INTERVAL_SECONDS: intIn(0, 7 * 24 * 3600).default(3600),
    CLEANROOM_MIN_DATASET_SIZE: intIn(SAFE_MIN_DATASET_SIZE, 1_000_000_000).default(1000),
    CLEANROOM_DATA_PARTITIONS: intIn(1, 256).default(8),
    CLEANROOM_UPLOAD_LIMIT_BYTES: intIn(1024, 2 ** 40).default(20 * 2 ** 30),
    CLEANROOM_UPLOAD_TIMEOUT_SECONDS: intIn(60, 7 * 24 * 3600).default(3600),
    CLEANROOM_HEADERS_TIMEOUT_SECONDS: intIn(1, 600).default(20),
    CLEANROOM_REQUEST_TIMEOUT_SECONDS: intIn(1, 3600).default(300),
    CLEANROOM_MAX_CONCURRENT_UPLOADS: intIn(1, 1000).default(4),
    CLEANROOM_CHECKPOINT_DIR: z.string().min(1).optional(),
    CLEANROOM_CHECKPOINT_WEBHOOKS: z.string().optional(),
    CLEANROOM_CHECKPOINT_WEBHOOK_CA_FILE: z.string().min(1).optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .strict();

export function loadConfig(env: Partial<Record<EnvName, string>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = (issue?.path[0] ?? 'PORT') as EnvName;
    throw new ConfigError(variable, issue?.message ?? 'invalid');
  }
  const e = parsed.data;
  if ((e.CLEANROOM_ADMIN_CLIENT_ID === undefined) !== (e.CLEANROOM_ADMIN_CLIENT_SECRET === undefined)) {
    const missing = e.CLEANROOM_ADMIN_CLIENT_ID === undefined ? 'CLEANROOM_ADMIN_CLIENT_ID' : 'CLEANROOM_ADMIN_CLIENT_SECRET';
    throw new ConfigError(missing, 'set both admin credential variables or neither');
  }
  const masterKey = e.CLEANROOM_MASTER_KEY === undefined ? undefined : parseKeyBytes('CLEANROOM_MASTER_KEY', e.CLEANROOM_MASTER_KEY);
  const serviceUrl = e.DATABASE_URL ?? e.DATABASE_MIGRATION_URL;
  const migrationUrl = e.DATABASE_MIGRATION_URL ?? e.DATABASE_URL;
  if (serviceUrl !== undefined && masterKey === undefined) {
    throw new ConfigError('CLEANROOM_MASTER_KEY', 'required when DATABASE_URL is set (generated only for the embedded database)');
  }
  const dataDir = resolve(e.CLEANROOM_DATA_DIR);
  const secretPepper =
    e.CLEANROOM_SECRET_PEPPER === undefined
      ? e.DATABASE_URL !== undefined && masterKey !== undefined
        ? derivePepper(masterKey)
        : undefined
      : parsePepper(e.CLEANROOM_SECRET_PEPPER);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    database: serviceUrl === undefined || migrationUrl === undefined ? { kind: 'embedded' } : { kind: 'external', url: serviceUrl, migrationUrl },
    masterKey,
    signingKey: e.CLEANROOM_SIGNING_KEY === undefined ? undefined : parseSigningKey('CLEANROOM_SIGNING_KEY', e.CLEANROOM_SIGNING_KEY),
    previousSigningKey:
      e.CLEANROOM_SIGNING_KEY_PREVIOUS === undefined
        ? undefined
        : parseSigningKey('CLEANROOM_SIGNING_KEY_PREVIOUS', e.CLEANROOM_SIGNING_KEY_PREVIOUS),
    admin:
      e.CLEANROOM_ADMIN_CLIENT_ID !== undefined && e.CLEANROOM_ADMIN_CLIENT_SECRET !== undefined
        ? { clientId: e.CLEANROOM_ADMIN_CLIENT_ID, clientSecret: e.CLEANROOM_ADMIN_CLIENT_SECRET }
        : undefined,
    secretPepper,
    secretOverlapSeconds: e.CLEANROOM_SECRET_OVERLAP_SECONDS,
    trustProxy: e.CLEANROOM_TRUST_PROXY,
    issuer: e.CLEANROOM_ISSUER,
    audience: e.CLEANROOM_AUDIENCE,
    tokenTtlSeconds: e.CLEANROOM_TOKEN_TTL_SECONDS,
    tokenRateLimitPerMinute: e.CLEANROOM_TOKEN_RATE_LIMIT,
    minCohortFloor: e.CLEANROOM_MIN_COHORT_FLOOR,
    maxEpsilonPerRelease: e.CLEANROOM_MAX_EPSILON_PER_RELEASE,
    bodyLimitBytes: e.CLEANROOM_BODY_LIMIT_BYTES,
    checkpointIntervalSeconds: e.CLEANROOM_CHECKPOINT_INTERVAL_SECONDS,
    minDatasetSize: e.CLEANROOM_MIN_DATASET_SIZE,
    dataPartitions: e.CLEANROOM_DATA_PARTITIONS,
    uploadLimitBytes: e.CLEANROOM_UPLOAD_LIMIT_BYTES,
    uploadTimeoutSeconds: e.CLEANROOM_UPLOAD_TIMEOUT_SECONDS,
    headersTimeoutSeconds: e.CLEANROOM_HEADERS_TIMEOUT_SECONDS,
    requestTimeoutSeconds: e.CLEANROOM_REQUEST_TIMEOUT_SECONDS,
    maxConcurrentUploads: e.CLEANROOM_MAX_CONCURRENT_UPLOADS,
    checkpointDir: resolve(e.CLEANROOM_CHECKPOINT_DIR ?? join(dataDir, 'checkpoints')),
    checkpointWebhooks: parseWebhooks(e.CLEANROOM_CHECKPOINT_WEBHOOKS),
    checkpointWebhookCaFile: e.CLEANROOM_CHECKPOINT_WEBHOOK_CA_FILE === undefined ? undefined : resolve(e.CLEANROOM_CHECKPOINT_WEBHOOK_CA_FILE),
    logLevel: e.LOG_LEVEL,
  };
}

/** A JSON object mapping auditor org ids to https:// URLs (no credentials in the URL's user part). */
export function parseWebhooks(value: string | undefined): ReadonlyMap<string, string> {
  if (value === undefined) return new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new ConfigError('CLEANROOM_CHECKPOINT_WEBHOOKS', 'must be a JSON object {"org_…": "https://…"}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ConfigError('CLEANROOM_CHECKPOINT_WEBHOOKS', 'must be a JSON object {"org_…": "https://…"}');
  const out = new Map<string, string>();
  for (const [orgId, url] of Object.entries(parsed)) {
    if (!/^org_[0-9a-z]{26}$/.test(orgId)) throw new ConfigError('CLEANROOM_CHECKPOINT_WEBHOOKS', `${orgId} is not an organisation id`);
    let u: URL;
    try {
      u = new URL(String(url));
    } catch {
      throw new ConfigError('CLEANROOM_CHECKPOINT_WEBHOOKS', `the URL of ${orgId} is not a URL`);
    }
    if (u.protocol !== 'https:') throw new ConfigError('CLEANROOM_CHECKPOINT_WEBHOOKS', `the URL of ${orgId} must be https://`);
    if (u.username !== '' || u.password !== '') throw new ConfigError('CLEANROOM_CHECKPOINT_WEBHOOKS', `the URL of ${orgId} must not carry credentials`);
    out.set(orgId, u.toString());
  }
  return out;
}

/** The pepper: 32 bytes as 64 hex characters. */
export function parsePepper(value: string): Uint8Array {
  if (!/^[0-9a-fA-F]{64}$/.test(value)) throw new ConfigError('CLEANROOM_SECRET_PEPPER', 'must be 32 bytes as 64 hex characters');
  return new Uint8Array(Buffer.from(value, 'hex'));
}

/** 32 bytes as 64 hex characters or base64/base64url. */
export function parseKeyBytes(variable: EnvName, value: string): Uint8Array {
  const bytes = /^[0-9a-fA-F]{64}$/.test(value)
    ? Buffer.from(value, 'hex')
    : /^[A-Za-z0-9+/_-]{43}={0,1}$/.test(value)
      ? Buffer.from(value, 'base64')
      : undefined;
  if (!bytes || bytes.length !== 32) throw new ConfigError(variable, 'must be 32 bytes as hex or base64');
  return new Uint8Array(bytes);
}

/** An Ed25519 private key as a JWK (JSON) or PKCS#8 PEM. */
export function parseSigningKey(variable: EnvName, value: string): KeyObject {
  let key: KeyObject;
  try {
    const trimmed = value.trim();
    key = trimmed.startsWith('{')
      ? createPrivateKey({ key: JSON.parse(trimmed) as JsonWebKey, format: 'jwk' })
      : createPrivateKey({ key: trimmed, format: 'pem' });
  } catch {
    throw new ConfigError(variable, 'not a readable private key (expected an Ed25519 JWK or PKCS#8 PEM)');
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new ConfigError(variable, `must be an Ed25519 key, got ${key.asymmetricKeyType ?? 'unknown'}`);
  return key;
}
