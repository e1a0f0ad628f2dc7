// `cleanroom upload`: hashes a CSV of raw identifiers on this machine (worker threads) and streams
// the id hashes with the chosen attributes to the agreement, with a progress line on a terminal
// and a summary at the end. Invalid identifiers are reported with their line numbers and left out
// (--strict: any invalid identifier stops the upload before anything is published).
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { prepareUpload, uploadDataset, UploadSetupError } from '../datasets.js';
import { hashFile, HashInputError, type InvalidRow } from '../node/hash-file.js';
import { problemLine } from './format.js';
import { CliError, type CliIo, type Command } from './io.js';
import { readPrivateKey } from './keys.js';
import { CONNECTION_OPTIONS, sessionClient } from './session.js';

const USAGE = `cleanroom upload --agreement ID --file customers.csv --id-column email [--attributes a,b] [--profile email|phone]
                 [--side brand|partner] [--prehashed] [--strict] [--idempotency-key KEY] [--workers N]`;

const OPTIONS = {
  ...CONNECTION_OPTIONS,
  agreement: { type: 'string' },
  file: { type: 'string' },
  'id-column': { type: 'string' },
  attributes: { type: 'string' },
  profile: { type: 'string' },
  side: { type: 'string' },
  prehashed: { type: 'boolean' },
  strict: { type: 'boolean' },
  'idempotency-key': { type: 'string' },
  workers: { type: 'string' },
} as const;

/** Invalid rows listed in full; the rest are counted. */
const SHOWN_INVALID = 10;

export const upload: Command = {
  summary: 'hash a CSV of identifiers locally and upload it to an agreement (progress, summary)',
  usage: USAGE,
  async run(args, io) {
    const { values } = parseArgs({ args, options: OPTIONS, strict: true });
    const agreementId = values.agreement;
    const file = values.file;
    const idColumn = values['id-column'];
    if (!agreementId || !file || !idColumn) throw new CliError(`upload needs --agreement, --file and --id-column\n${USAGE}`, 2);
    const attributes = values.attributes ? values.attributes.split(',').map((a) => a.trim()).filter((a) => a !== '') : [];
    const workers = values.workers === undefined ? undefined : Number(values.workers);
    if (workers !== undefined && (!Number.isInteger(workers) || workers < 1)) throw new CliError('--workers takes a positive integer', 2);
    const size = (await stat(file).catch(() => undefined))?.size;
    if (size === undefined) throw new CliError(`cannot read ${file}`, 2);

    const client = await sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });
    const { privateKey } = await readPrivateKey(io);
    let context;
    try {
      context = await prepareUpload(client, agreementId, privateKey);
    } catch (err) {
      if (err instanceof UploadSetupError) throw new CliError(err.message);
      throw err;
    } finally {
      privateKey.fill(0);
    }
    try {
      if (values.side !== undefined && values.side !== context.side) throw new CliError(`you are the ${context.side} of this agreement, not the ${values.side}`, 2);
      if (values.profile !== undefined && values.profile !== context.profile) {
        throw new CliError(`the agreement hashes identifiers with the ${context.profile} profile, not ${values.profile}`, 2);
      }
      const refused = attributes.filter((a) => !context.attributes.includes(a));
      if (refused.length > 0) {
        throw new CliError(`the agreement does not allow ${refused.join(', ')} for the ${context.side}; allowed: ${context.attributes.join(', ') || 'none'}`, 2);
      }

      const invalid: InvalidRow[] = [];
      const abort = new AbortController();
      const run = hashFile(file, {
        salt: context.salt,
        profile: context.profile,
        idColumn,
        attributes,
        multiValued: context.multiValued.filter((a) => attributes.includes(a)),
        prehashed: values.prehashed ?? false,
        ...(workers === undefined ? {} : { workers }),
        onInvalid: (row) => {
          invalid.push(row);
          if (values.strict) abort.abort(new CliError(`line ${row.line}: ${row.message} (${row.code}); nothing was uploaded (--strict)`));
        },
      });
      const started = Date.now();
      const progress = io.interactive ? setInterval(() => io.stderr(progressLine(run.stats, size, started)), 250) : undefined;
      let outcome;
      try {
        outcome = await uploadDataset(client, {
          agreementId,
          side: context.side,
          saltCheck: context.saltCheck,
          body: run,
          signal: abort.signal,
          ...(values['idempotency-key'] ? { idempotencyKey: values['idempotency-key'] } : {}),
        });
      } catch (err) {
        if (abort.signal.aborted && abort.signal.reason instanceof CliError) throw abort.signal.reason;
        if (err instanceof HashInputError) throw new CliError(`${file}: ${err.message}`, 2);
        throw err;
      } finally {
        if (progress) {
          clearInterval(progress);
          io.stderr('\r\x1b[K');
        }
      }
      reportInvalid(io, invalid);
      if (!outcome.data) throw new CliError(`upload failed: ${problemLine(outcome.error, outcome.status)}${rowErrors(outcome.error)}`);
      const r = outcome.data;
      const seconds = (Date.now() - started) / 1000;
      io.stdout(
        `uploaded ${r.rows.toLocaleString('en')} distinct ids to ${agreementId} as ${r.side} version ${r.version} in ${seconds.toFixed(1)} s\n` +
          `  rows read ${run.stats.rows.toLocaleString('en')}, invalid and left out ${run.stats.invalid.toLocaleString('en')}, duplicates ${r.duplicates.toLocaleString('en')}` +
          `${r.valuesCapped > 0 ? `, capped multi-valued rows ${r.valuesCapped.toLocaleString('en')}` : ''}\n` +
          `  salt check vs the other party: ${r.peerSaltCheck.replaceAll('_', ' ')}${r.supersededVersion === null ? '' : `; replaces version ${r.supersededVersion}`}\n`,
      );
    } finally {
      context.salt.fill(0);
    }
  },
};

function progressLine(stats: { bytes: number; rows: number }, size: number, started: number): string {
  const seconds = Math.max(0.001, (Date.now() - started) / 1000);
  const rate = stats.rows / seconds;
  const done = size > 0 ? Math.min(1, stats.bytes / size) : 0;
  const eta = done > 0 ? (seconds / done) * (1 - done) : NaN;
  const pct = (done * 100).toFixed(0).padStart(3);
  return `\r\x1b[K${pct}%  ${stats.rows.toLocaleString('en')} rows  ${Math.round(rate).toLocaleString('en')} rows/s  ETA ${Number.isFinite(eta) ? clock(eta) : '--:--'}`;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

function reportInvalid(io: CliIo, invalid: readonly InvalidRow[]): void {
  if (invalid.length === 0) return;
  const shown = invalid.slice(0, SHOWN_INVALID).map((r) => `  line ${r.line}: ${r.message} (${r.code})`);
  const more = invalid.length > SHOWN_INVALID ? `\n  … and ${invalid.length - SHOWN_INVALID} more` : '';
  io.stderr(`${invalid.length} invalid identifier${invalid.length === 1 ? '' : 's'} left out:\n${shown.join('\n')}${more}\n`);
}

function rowErrors(problem: unknown): string {
  const errors = (problem as { errors?: { message: string }[] } | undefined)?.errors;
  return errors && errors.length > 0 ? `\n${errors.slice(0, SHOWN_INVALID).map((e) => `  ${e.message}`).join('\n')}` : '';
}
