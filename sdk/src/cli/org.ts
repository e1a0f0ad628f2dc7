// `cleanroom org create|rotate-secret|disable|enable` and `cleanroom token revoke` (operator): register
// an organisation and print its credentials once; rotate its secret (the new one printed once, the old
// one valid for the overlap); disable or re-enable it; revoke one access token by its jti.
import { parseArgs } from 'node:util';
import { CliError, type Command } from './io.js';
import { must, table } from './format.js';
import { CONNECTION_OPTIONS, sessionClient } from './session.js';

const USAGE = [
  'cleanroom org create --kind brand|media_partner|auditor --name NAME [--json] [connection]',
  '       cleanroom org rotate-secret ORG_ID [--overlap SECONDS] [--json] [connection]',
  '       cleanroom org disable ORG_ID [--json] [connection]',
  '       cleanroom org enable ORG_ID [--json] [connection]',
].join('\n');

const TOKEN_USAGE = 'cleanroom token revoke JTI [--json] [connection]';

const OPTIONS = { ...CONNECTION_OPTIONS, json: { type: 'boolean' } } as const;

type Flags = { url?: string | undefined; 'client-id'?: string | undefined; 'client-secret'?: string | undefined };
const connect = (io: Parameters<Command['run']>[1], values: Flags) => sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });

/** The one positional argument of a subcommand, or a usage error. */
function single(positionals: readonly string[], what: string, usage: string): string {
  if (positionals.length !== 1 || !positionals[0]) throw new CliError(`${what} is required (one)\n${usage}`, 2);
  return positionals[0];
}

export const org: Command = {
  summary: "register an organisation, rotate its secret, disable or enable it (operator only)",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'create': {
        const { values } = parseArgs({ args: rest, options: { ...OPTIONS, kind: { type: 'string' }, name: { type: 'string' } }, strict: true });
        const kind = values.kind;
        if (kind !== 'brand' && kind !== 'media_partner' && kind !== 'auditor') throw new CliError('--kind is brand, media_partner or auditor', 2);
        if (!values.name) throw new CliError('--name is required', 2);
        const client = await connect(io, values);
        const created = must('org create', await client.api.POST('/v1/organizations', { body: { kind, name: values.name } }));
        if (values.json) {
          io.stdout(JSON.stringify(created, null, 2) + '\n');
          return;
        }
        io.stdout(table(['ID', 'KIND', 'NAME', 'CLIENT ID', 'CLIENT SECRET (shown once)'], [[created.id, created.kind, created.name, created.clientId, created.clientSecret]]));
        return;
      }
      case 'rotate-secret': {
        const { values, positionals } = parseArgs({ args: rest, options: { ...OPTIONS, overlap: { type: 'string' } }, allowPositionals: true, strict: true });
        const orgId = single(positionals, 'ORG_ID', USAGE);
        let overlapSeconds: number | undefined;
        if (values.overlap !== undefined) {
          overlapSeconds = Number(values.overlap);
          if (!/^\d+$/.test(values.overlap) || !Number.isSafeInteger(overlapSeconds)) throw new CliError('--overlap is a whole number of seconds', 2);
        }
        const client = await connect(io, values);
        const rotated = must(
          'org rotate-secret',
          await client.api.POST('/v1/organizations/{orgId}/secret', { params: { path: { orgId } }, body: overlapSeconds === undefined ? {} : { overlapSeconds } }),
        );
        if (values.json) {
          io.stdout(JSON.stringify(rotated, null, 2) + '\n');
          return;
        }
        io.stdout(table(['ID', 'CLIENT ID', 'NEW CLIENT SECRET (shown once)', 'OLD SECRET WORKS UNTIL'], [[rotated.id, rotated.clientId, rotated.clientSecret, rotated.previousSecretExpiresAt ?? 'ended now']]));
        return;
      }
      case 'disable':
      case 'enable': {
        const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
        const orgId = single(positionals, 'ORG_ID', USAGE);
        const client = await connect(io, values);
        const path = sub === 'disable' ? '/v1/organizations/{orgId}/disable' : '/v1/organizations/{orgId}/enable';
        const status = must(`org ${sub}`, await client.api.POST(path, { params: { path: { orgId } } }));
        if (values.json) {
          io.stdout(JSON.stringify(status, null, 2) + '\n');
          return;
        }
        io.stdout(table(['ID', 'STATE', 'DISABLED AT'], [[status.id, status.disabled ? 'disabled' : 'enabled', status.disabledAt ?? '-']]));
        return;
      }
      default:
        throw new CliError(`org needs a subcommand: create, rotate-secret, disable or enable\n${USAGE}`, 2);
    }
  },
};

export const token: Command = {
  summary: 'revoke one access token by its jti (operator only); it stops working at once',
  usage: TOKEN_USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== 'revoke') throw new CliError(`token needs a subcommand: revoke\n${TOKEN_USAGE}`, 2);
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    const jti = single(positionals, 'JTI', TOKEN_USAGE);
    const client = await connect(io, values);
    const revoked = must('token revoke', await client.api.POST('/v1/tokens/{jti}/revoke', { params: { path: { jti } } }));
    if (values.json) {
      io.stdout(JSON.stringify(revoked, null, 2) + '\n');
      return;
    }
    io.stdout(table(['JTI', 'REVOKED AT'], [[revoked.jti, revoked.revokedAt]]));
  },
};
