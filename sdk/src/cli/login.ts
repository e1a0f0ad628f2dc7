// `cleanroom login`: checks the credentials against the service and saves them as the profile.
import { parseArgs } from 'node:util';
import { createCleanroomClient, TokenError } from '../client.js';
import { CliError, type Command } from './io.js';
import { writeProfile } from './session.js';

export const login: Command = {
  summary: 'check machine credentials against the service and save them for later commands',
  usage: 'cleanroom login --url URL --client-id ID --client-secret SECRET',
  async run(args, io) {
    const { values } = parseArgs({ args, options: { url: { type: 'string' }, 'client-id': { type: 'string' }, 'client-secret': { type: 'string' } }, strict: true });
    const url = values.url ?? io.env.CLEANROOM_URL ?? 'http://127.0.0.1:8080';
    const clientId = values['client-id'] ?? io.env.CLEANROOM_CLIENT_ID;
    const clientSecret = values['client-secret'] ?? io.env.CLEANROOM_CLIENT_SECRET;
    if (!clientId || !clientSecret) throw new CliError('login needs --client-id and --client-secret', 2);
    try {
      await createCleanroomClient({ baseUrl: url, credentials: { clientId, clientSecret } }).token();
    } catch (err) {
      if (err instanceof TokenError) throw new CliError(`login failed: ${err.message}`);
      throw new CliError(`login failed: cannot reach ${url} (${err instanceof Error ? err.message : String(err)})`);
    }
    const file = await writeProfile(io, { url, clientId, clientSecret });
    io.stdout(`logged in to ${url}; credentials saved to ${file}\n`);
  },
};
