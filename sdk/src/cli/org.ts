// `cleanroom org create` (operator): registers an organisation and prints its credentials once.
import { parseArgs } from 'node:util';
import { CliError, type Command } from './io.js';
import { must, table } from './format.js';
import { CONNECTION_OPTIONS, sessionClient } from './session.js';

const USAGE = 'cleanroom org create --kind brand|media_partner|auditor --name NAME [--json] [connection]';

export const org: Command = {
  summary: 'register an organisation (operator only); prints its credentials once',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'create') throw new CliError(`org needs a subcommand: create\n${USAGE}`, 2);
    const { values } = parseArgs({ args: rest, options: { ...CONNECTION_OPTIONS, kind: { type: 'string' }, name: { type: 'string' }, json: { type: 'boolean' } }, strict: true });
    const kind = values.kind;
    if (kind !== 'brand' && kind !== 'media_partner' && kind !== 'auditor') throw new CliError('--kind is brand, media_partner or auditor', 2);
    if (!values.name) throw new CliError('--name is required', 2);
    const client = await sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });
    const created = must('org create', await client.api.POST('/v1/organizations', { body: { kind, name: values.name } }));
    if (values.json) {
      io.stdout(JSON.stringify(created, null, 2) + '\n');
      return;
    }
    io.stdout(table(['ID', 'KIND', 'NAME', 'CLIENT ID', 'CLIENT SECRET (shown once)'], [[created.id, created.kind, created.name, created.clientId, created.clientSecret]]));
  },
};
