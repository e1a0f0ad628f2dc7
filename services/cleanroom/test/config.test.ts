// Done means (issue 2, item 5): bad configuration stops start-up with one line naming the variable.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));

function startWith(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('CLEANROOM_') && k !== 'DATABASE_URL' && k !== 'PORT'));
    execFile(tsx, [main], { env: { ...base, ...env }, timeout: 20_000 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('configuration', () => {
  const masterKey = randomBytes(32).toString('hex');

  it.each([
    [{ DATABASE_URL: 'nonsense', CLEANROOM_MASTER_KEY: masterKey }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://x@localhost/db', CLEANROOM_MASTER_KEY: masterKey }, 'DATABASE_URL'],
    [{ CLEANROOM_SIGNING_KEY: '{"kty":"OKP","crv":"Ed25519","x":"broken"}' }, 'CLEANROOM_SIGNING_KEY'],
    [{ CLEANROOM_SIGNING_KEY: '-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----' }, 'CLEANROOM_SIGNING_KEY'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ CLEANROOM_MASTER_KEY: 'too-short' }, 'CLEANROOM_MASTER_KEY'],
    [{ DATABASE_URL: 'postgres://localhost/x' }, 'CLEANROOM_MASTER_KEY'],
    [{ CLEANROOM_ADMIN_CLIENT_ID: 'operator' }, 'CLEANROOM_ADMIN_CLIENT_SECRET'],
    [{ CLEANROOM_MIN_COHORT_FLOOR: '3' }, 'CLEANROOM_MIN_COHORT_FLOOR'],
    [{ CLEANROOM_TOKEN_TTL_SECONDS: '86400' }, 'CLEANROOM_TOKEN_TTL_SECONDS'],
  ])('refuses a bad value (%#) naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (err) {
      expect((err as ConfigError).variable).toBe(variable);
    }
  });

  it('refuses an RSA key where an Ed25519 signing key is required', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadConfig({ CLEANROOM_SIGNING_KEY: pem })).toThrow(/CLEANROOM_SIGNING_KEY: must be an Ed25519 key/);
  });

  it('accepts a PEM or JWK Ed25519 signing key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('ed25519');
    expect(loadConfig({ CLEANROOM_SIGNING_KEY: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() }).signingKey?.asymmetricKeyType).toBe('ed25519');
    expect(loadConfig({ CLEANROOM_SIGNING_KEY: JSON.stringify(privateKey.export({ format: 'jwk' })) }).signingKey?.asymmetricKeyType).toBe('ed25519');
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: 'nonsense', CLEANROOM_MASTER_KEY: masterKey }],
    ['CLEANROOM_SIGNING_KEY', { CLEANROOM_SIGNING_KEY: 'malformed' }],
  ])('the service exits non-zero with one line naming %s', async (variable, env) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cleanroom-cfg-'));
    try {
      const { code, stderr } = await startWith({ ...env, CLEANROOM_DATA_DIR: dataDir, PORT: '0' });
      expect(code).not.toBe(0);
      const lines = stderr.trim().split('\n').filter((l) => !l.includes('npm warn'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^configuration error: ${variable}: `));
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('an unreachable database stops start-up naming DATABASE_URL', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cleanroom-cfg-'));
    try {
      const { code, stderr } = await startWith({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', CLEANROOM_MASTER_KEY: masterKey, CLEANROOM_DATA_DIR: dataDir, PORT: '0' });
      expect(code).not.toBe(0);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^start-up failed \(DATABASE_URL\): /);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
