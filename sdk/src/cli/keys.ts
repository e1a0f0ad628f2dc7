// `cleanroom keys init|show`: the organisation's X25519 key pair. The private key stays in
// $CLEANROOM_HOME (file mode 0600) and derives every agreement salt with the counterparty's
// public key; the public key is registered with the service, which can never derive a salt.
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tokenClaims } from '../datasets.js';
import { encodePublicKey, generateKeyPair, getPublicKey } from '../identity/index.js';
import { decodeBase64 } from '../identity/base64.js';
import { problemLine } from './format.js';
import { CliError, type CliIo, type Command } from './io.js';
import { CONNECTION_OPTIONS, cliHome, sessionClient } from './session.js';

const KEY_FILE = 'x25519-key.json';

interface KeyFile {
  readonly orgId: string;
  /** Unpadded base64url. */
  readonly privateKey: string;
  readonly publicKey: string;
  readonly createdAt: string;
}

export function keyFilePath(io: CliIo): string {
  return join(cliHome(io), KEY_FILE);
}

/** The saved private key, or a CliError saying how to make one. */
export async function readPrivateKey(io: CliIo): Promise<{ privateKey: Uint8Array; file: KeyFile }> {
  const path = keyFilePath(io);
  if (!existsSync(path)) throw new CliError(`no key pair in ${path}: run \`cleanroom keys init\` first`, 2);
  const file = JSON.parse(await readFile(path, 'utf8')) as KeyFile;
  const privateKey = decodeBase64(file.privateKey, 'base64url');
  if (privateKey?.length !== 32) throw new CliError(`${path} does not hold a 32-byte X25519 private key`);
  return { privateKey, file };
}

const OPTIONS = { ...CONNECTION_OPTIONS, force: { type: 'boolean' } } as const;

export const keys: Command = {
  summary: "the organisation's X25519 key pair: create and register it (init), or show it (show)",
  usage: 'cleanroom keys init [--force] | cleanroom keys show   (plus --url, --client-id, --client-secret)',
  async run(args, io) {
    const [sub, ...rest] = args;
    const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true });
    const client = await sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });
    const { org } = tokenClaims(await client.token());
    const path = keyFilePath(io);
    if (sub === 'init') {
      if (existsSync(path) && !values.force) {
        throw new CliError(`${path} exists; --force replaces it (every agreement's salt changes: both parties must upload again)`, 2);
      }
      const pair = generateKeyPair();
      const file: KeyFile = { orgId: org, privateKey: encodePublicKey(pair.privateKey), publicKey: encodePublicKey(pair.publicKey), createdAt: new Date().toISOString() };
      pair.privateKey.fill(0);
      await mkdir(cliHome(io), { recursive: true, mode: 0o700 });
      await writeFile(path, JSON.stringify(file, null, 2) + '\n', { mode: 0o600 });
      await chmod(path, 0o600); // also when the file existed with other permissions
      const put = await client.api.PUT('/v1/organizations/{orgId}/public-key', { params: { path: { orgId: org } }, body: { publicKey: file.publicKey } });
      if (!put.data) throw new CliError(`the key pair is saved in ${path} but registering its public key failed: ${problemLine(put.error, put.response.status)}`);
      io.stdout(`created an X25519 key pair in ${path} (mode 0600)\nregistered public key for ${org}: ${file.publicKey}\n`);
      return;
    }
    if (sub === 'show') {
      const { privateKey, file } = await readPrivateKey(io);
      const local = encodePublicKey(getPublicKey(privateKey));
      privateKey.fill(0);
      const got = await client.api.GET('/v1/organizations/{orgId}', { params: { path: { orgId: org } } });
      if (!got.data) throw new CliError(`cannot read ${org}: ${problemLine(got.error, got.response.status)}`);
      const registered = got.data.publicKey;
      const state = registered === local ? 'registered' : registered === null ? 'NOT registered (run cleanroom keys init --force)' : 'DIFFERENT from the registered key';
      io.stdout(`organisation: ${org}\nkey file:     ${path} (created ${file.createdAt})\npublic key:   ${local}\nservice:      ${state}\n`);
      if (registered !== local) throw new CliError('the local key is not the registered one', 1);
      return;
    }
    throw new CliError(`keys needs a subcommand: init or show\n${this.usage}`, 2);
  },
};
