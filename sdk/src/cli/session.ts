// Where the CLI finds the service and its credentials: flags, then the environment
// (CLEANROOM_URL, CLEANROOM_CLIENT_ID, CLEANROOM_CLIENT_SECRET), then the profile `login` saved in
// $CLEANROOM_HOME (default ~/.cleanroom, file mode 0600).
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createCleanroomClient, type CleanroomClient } from '../client.js';
import { CliError, type CliIo } from './io.js';

export interface Profile {
  readonly url: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export function cliHome(io: CliIo): string {
  return io.env.CLEANROOM_HOME ?? join(homedir(), '.cleanroom');
}

export async function readProfile(io: CliIo): Promise<Profile | undefined> {
  const file = join(cliHome(io), 'credentials.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(await readFile(file, 'utf8')) as Profile;
}

export async function writeProfile(io: CliIo, profile: Profile): Promise<string> {
  const dir = cliHome(io);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const file = join(dir, 'credentials.json');
  await writeFile(file, JSON.stringify(profile, null, 2) + '\n', { mode: 0o600 });
  return file;
}

export async function sessionClient(io: CliIo, flags: { url?: string | undefined; clientId?: string | undefined; clientSecret?: string | undefined }): Promise<CleanroomClient> {
  const profile = await readProfile(io);
  const url = flags.url ?? io.env.CLEANROOM_URL ?? profile?.url ?? 'http://127.0.0.1:8080';
  const clientId = flags.clientId ?? io.env.CLEANROOM_CLIENT_ID ?? profile?.clientId;
  const clientSecret = flags.clientSecret ?? io.env.CLEANROOM_CLIENT_SECRET ?? profile?.clientSecret;
  if (!clientId || !clientSecret) throw new CliError('not logged in: run `cleanroom login` or set CLEANROOM_CLIENT_ID and CLEANROOM_CLIENT_SECRET', 2);
  return createCleanroomClient({ baseUrl: url, credentials: { clientId, clientSecret } });
}

/** The common connection flags every command accepts. */
export const CONNECTION_OPTIONS = {
  url: { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
} as const;
