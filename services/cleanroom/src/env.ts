// The only reader of process.env: returns the raw strings config.ts validates.
export interface RawEnv {
  readonly [name: string]: string | undefined;
}

export const ENV_NAMES = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'DATABASE_MIGRATION_URL',
  'CLEANROOM_DATA_DIR',
  'CLEANROOM_MASTER_KEY',
  'CLEANROOM_SIGNING_KEY',
  'CLEANROOM_SIGNING_KEY_PREVIOUS',
  'CLEANROOM_ADMIN_CLIENT_ID',
  'CLEANROOM_ADMIN_CLIENT_SECRET',
  'CLEANROOM_SECRET_PEPPER',
  'CLEANROOM_SECRET_OVERLAP_SECONDS',
  'CLEANROOM_TRUST_PROXY',
  'CLEANROOM_ISSUER',
  'CLEANROOM_AUDIENCE',
  'CLEANROOM_TOKEN_TTL_SECONDS',
  'CLEANROOM_TOKEN_RATE_LIMIT',
  'CLEANROOM_MIN_COHORT_FLOOR',
  'CLEANROOM_MAX_EPSILON_PER_RELEASE',
  'CLEANROOM_BODY_LIMIT_BYTES',
  'CLEANROOM_CHECKPOINT_INTERVAL_SECONDS',
  'CLEANROOM_MIN_DATASET_SIZE',
  'CLEANROOM_DATA_PARTITIONS',
  'CLEANROOM_UPLOAD_LIMIT_BYTES',
  'CLEANROOM_UPLOAD_TIMEOUT_SECONDS',
  'CLEANROOM_HEADERS_TIMEOUT_SECONDS',
  'CLEANROOM_REQUEST_TIMEOUT_SECONDS',
  'CLEANROOM_MAX_CONCURRENT_UPLOADS',
  'CLEANROOM_CHECKPOINT_DIR',
  'CLEANROOM_CHECKPOINT_WEBHOOKS',
  'CLEANROOM_CHECKPOINT_WEBHOOK_CA_FILE',
  'LOG_LEVEL',
] as const;

export type EnvName = (typeof ENV_NAMES)[number];

export function readEnv(): Partial<Record<EnvName, string>> {
  const out: Partial<Record<EnvName, string>> = {};
  for (const name of ENV_NAMES) {
    const value = process.env[name];
    if (value !== undefined && value !== '') out[name] = value;
  }
  return out;
}
