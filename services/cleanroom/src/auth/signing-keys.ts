// The service's Ed25519 signing keys: the current key signs tokens and checkpoints; a previous key
// stays in the JWKS during rotation so tokens it signed still verify until they expire.
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calculateJwkThumbprint, type JWK } from 'jose';
import { parseSigningKey, type Config } from '../config.js';

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicJwk: PublicJwk;
}

export interface PublicJwk {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly x: string;
  readonly kid: string;
  readonly alg: 'EdDSA';
  readonly use: 'sig';
}

export interface KeyRing {
  readonly current: SigningKey;
  /** Every key whose signatures are accepted, the current one first. */
  readonly published: readonly PublicJwk[];
}

export async function toSigningKey(privateKey: KeyObject): Promise<SigningKey> {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as JWK;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new TypeError('not an Ed25519 key');
  const kid = await calculateJwkThumbprint({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });
  return { kid, privateKey, publicJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, kid, alg: 'EdDSA', use: 'sig' } };
}

export async function createKeyRing(current: KeyObject, previous?: KeyObject): Promise<KeyRing> {
  const cur = await toSigningKey(current);
  const published = [cur.publicJwk];
  if (previous) {
    const prev = await toSigningKey(previous);
    if (prev.kid !== cur.kid) published.push(prev.publicJwk);
  }
  return { current: cur, published };
}

/** The configured key, or one generated into the data directory on first start and reused after. */
export async function loadKeyRing(config: Config): Promise<KeyRing> {
  const current = config.signingKey ?? (await loadOrCreateKeyFile(join(config.dataDir, 'signing-key.jwk')));
  return createKeyRing(current, config.previousSigningKey);
}

async function loadOrCreateKeyFile(path: string): Promise<KeyObject> {
  if (existsSync(path)) return parseSigningKey('CLEANROOM_SIGNING_KEY', await readFile(path, 'utf8'));
  const { privateKey } = generateKeyPairSync('ed25519');
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, JSON.stringify(privateKey.export({ format: 'jwk' })) + '\n', { mode: 0o600, flag: 'wx' });
  return privateKey;
}
