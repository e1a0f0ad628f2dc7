// `cleanroom audit verify|export|events`: the privacy officer's side of the CLI. `verify` works
// offline (an export file, a checkpoint and a JWKS file); `export` and `events` call the service.
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { parseArgs } from 'node:util';
import type { paths } from '@cleanroom/contracts';
import type { CleanroomClient } from '../client.js';
import { verifyExportFile } from '../audit/verify-export.js';
import { CliError, type CliIo, type Command } from './io.js';
import { problemLine, table } from './format.js';
import { CONNECTION_OPTIONS, sessionClient } from './session.js';

const FILTERS = {
  agreement: { type: 'string' },
  actor: { type: 'string' },
  action: { type: 'string' },
  decision: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
} as const;

interface FilterValues {
  agreement?: string | undefined;
  actor?: string | undefined;
  action?: string | undefined;
  decision?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

type EventsQuery = NonNullable<paths['/v1/audit/events']['get']['parameters']['query']>;
type ExportQuery = NonNullable<paths['/v1/audit/export']['get']['parameters']['query']>;
type Filters = Pick<EventsQuery, 'agreementId' | 'actor' | 'action' | 'decision' | 'from' | 'to'>;

/** The filter flags as query parameters; the service validates them (a bad one is a 422 naming it). */
function filterQuery(v: FilterValues): Filters {
  const q: { -readonly [K in keyof Filters]: Filters[K] } = {};
  if (v.agreement) q.agreementId = v.agreement;
  if (v.actor) q.actor = v.actor;
  if (v.action) q.action = v.action as NonNullable<Filters['action']>;
  if (v.decision) {
    if (v.decision !== 'allow' && v.decision !== 'deny') throw new CliError('--decision is allow or deny', 2);
    q.decision = v.decision;
  }
  if (v.from) q.from = v.from;
  if (v.to) q.to = v.to;
  return q;
}


const USAGE = `cleanroom audit verify --export FILE --jwks FILE (--checkpoint FILE | --since-checkpoint FILE | both) [--format ndjson|csv] [--partial]
cleanroom audit export --out FILE [--format ndjson|csv] [--checkpoint-out FILE] [--jwks-out FILE] [--record] [filters] [connection]
cleanroom audit events [--limit N] [--cursor C] [--json] [filters] [connection]

filters: --agreement ID --actor ORG --action ACTION --decision allow|deny --from ISO --to ISO
connection: --url URL --client-id ID --client-secret SECRET (or cleanroom login)`;

export const audit: Command = {
  summary: 'audit log: verify an export offline, export it, list events',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'verify') return verify(rest, io);
    if (sub === 'export') return exportLog(rest, io);
    if (sub === 'events') return events(rest, io);
    throw new CliError(`audit needs a subcommand: verify, export or events\n${USAGE}`, 2);
  },
};

async function verify(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      export: { type: 'string' },
      checkpoint: { type: 'string' },
      'since-checkpoint': { type: 'string' },
      jwks: { type: 'string' },
      format: { type: 'string' },
      partial: { type: 'boolean' },
    },
    strict: true,
  });
  const since = values['since-checkpoint'];
  if (!values.export || (!values.checkpoint && !since) || !values.jwks) throw new CliError('verify needs --export, --jwks and --checkpoint or --since-checkpoint (or both)', 2);
  if (values.format !== undefined && values.format !== 'ndjson' && values.format !== 'csv') throw new CliError('--format is ndjson or csv', 2);
  let result;
  try {
    result = await verifyExportFile({ exportPath: values.export, checkpointPath: values.checkpoint, sinceCheckpointPath: since, jwksPath: values.jwks, format: values.format, partial: values.partial });
  } catch (err) {
    throw new CliError(`cannot read the files: ${err instanceof Error ? err.message : String(err)}`, 2);
  }
  if (!result.ok) throw new CliError(result.message, 1);
  io.stdout(`${result.message}\n`);
}

async function exportLog(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      ...CONNECTION_OPTIONS,
      ...FILTERS,
      out: { type: 'string' },
      format: { type: 'string' },
      'checkpoint-out': { type: 'string' },
      'jwks-out': { type: 'string' },
      record: { type: 'boolean' },
    },
    strict: true,
  });
  if (!values.out) throw new CliError('export needs --out FILE', 2);
  const format = values.format ?? (values.out.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  if (format !== 'ndjson' && format !== 'csv') throw new CliError('--format is ndjson or csv', 2);
  const client = await sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });
  const query: ExportQuery = { ...filterQuery(values), format };
  if (values.record) query.include = 'record';
  if (values['checkpoint-out']) {
    // The checkpoint first, then the export through its seq: the file ends exactly at the signed head.
    const { data, error, response } = await client.api.GET('/v1/audit/verify');
    if (!data) throw new CliError(`verify failed: ${problemLine(error, response.status)}`);
    if (!data.ok || !data.checkpoint) throw new CliError(`the service reports a broken chain at seq ${data.firstBrokenSeq ?? '?'} (${data.reason ?? 'unknown'}); no checkpoint`);
    await writeFile(values['checkpoint-out'], data.checkpoint.jws + '\n');
    query.through = data.checkpoint.payload.seq;
  }
  if (values['jwks-out']) await saveJwks(client, values['jwks-out']);
  const { error, response } = await client.api.GET('/v1/audit/export', { params: { query }, parseAs: 'stream' });
  if (!response.ok || !response.body) throw new CliError(`export failed: ${problemLine(error, response.status)}`);
  await pipeline(Readable.fromWeb(response.body as WebReadableStream<Uint8Array>), createWriteStream(values.out));
  io.stdout(`exported through seq ${response.headers.get('x-audit-through') ?? '?'} to ${values.out}${values['checkpoint-out'] ? `; checkpoint in ${values['checkpoint-out']}` : ''}\n`);
}

async function saveJwks(client: CleanroomClient, path: string): Promise<void> {
  const { data, error, response } = await client.api.GET('/.well-known/jwks.json');
  if (!data) throw new CliError(`jwks failed: ${problemLine(error, response.status)}`);
  await writeFile(path, JSON.stringify(data, null, 2) + '\n');
}

async function events(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { ...CONNECTION_OPTIONS, ...FILTERS, limit: { type: 'string' }, cursor: { type: 'string' }, json: { type: 'boolean' } },
    strict: true,
  });
  const client = await sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });
  const query: EventsQuery = filterQuery(values);
  if (values.limit) query.limit = Number(values.limit);
  if (values.cursor) query.cursor = values.cursor;
  const { data, error, response } = await client.api.GET('/v1/audit/events', { params: { query } });
  if (!data) throw new CliError(`events failed: ${problemLine(error, response.status)}`);
  if (values.json) {
    io.stdout(JSON.stringify(data, null, 2) + '\n');
    return;
  }
  const rows = data.events.map((e) => [String(e.seq), e.at, e.action, e.decision ?? '', e.actorOrg ?? e.actorRole ?? '', e.agreementId ?? '', detailSummary(e.detail)]);
  io.stdout(table(['SEQ', 'AT', 'ACTION', 'DECISION', 'ACTOR', 'AGREEMENT', 'DETAIL'], rows));
  if (data.nextCursor) io.stdout(`more: --cursor ${data.nextCursor}\n`);
}

function detailSummary(detail: Record<string, unknown>): string {
  const text = Object.entries(detail)
    .map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`)
    .join(' ');
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
