// Streaming hashing of a party's CSV of raw identifiers (Node only): the file is read in chunks of
// whole records, worker threads normalize and hash each identifier (identity module:
// HMAC-SHA256(salt, SHA-256(normalized))) and the NDJSON upload lines come back in file order.
// At most a few chunks are in flight, so memory does not depend on the file's size. Invalid
// identifiers are reported with their line number and left out, never hashed.
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ProfileName } from '../identity/index.js';
import { csvFields } from '@cleanroom/contracts';
import { countNewlines, lastRecordEnd } from './csv.js';
import type { HashJob, HashJobResult, InvalidRow, WorkerSetup } from './hash-protocol.js';

export type { InvalidRow } from './hash-protocol.js';

export interface HashOptions {
  /** The agreement salt (deriveAgreementSalt); copied to the workers and wiped there. */
  readonly salt: Uint8Array;
  readonly profile: ProfileName;
  /** The header of the identifier column. */
  readonly idColumn: string;
  /** Attribute columns to carry into the upload (header names). */
  readonly attributes?: readonly string[];
  /** Attributes whose CSV field lists several values separated by "|" (partner context). */
  readonly multiValued?: readonly string[];
  /** The id column already holds SHA-256 digests of normalized identifiers (hex or Base64). */
  readonly prehashed?: boolean;
  /** Worker threads (default: the available parallelism). */
  readonly workers?: number;
  /** Bytes per chunk handed to a worker (default 1 MiB). */
  readonly chunkBytes?: number;
  /** Called for each invalid row, in file order. */
  readonly onInvalid?: (row: InvalidRow) => void;
}

export interface HashStats {
  /** Bytes of the input read so far. */
  bytes: number;
  /** Data rows seen (header excluded). */
  rows: number;
  valid: number;
  invalid: number;
}

export class HashInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HashInputError';
  }
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** A record longer than this cannot be a row of identifiers. */
const MAX_RECORD_BYTES = 16 * 1024 * 1024;

export interface HashRun extends AsyncIterable<Uint8Array> {
  /** Live counters, final once iteration has ended. */
  readonly stats: HashStats;
}

/** hashRows over a file. */
export function hashFile(path: string, options: HashOptions): HashRun {
  return hashRows(createReadStream(path, { highWaterMark: 1024 * 1024 }), options);
}

/** The NDJSON upload lines of a CSV byte stream (header row first), in input order. */
export function hashRows(source: AsyncIterable<Uint8Array | string>, options: HashOptions): HashRun {
  const stats: HashStats = { bytes: 0, rows: 0, valid: 0, invalid: 0 };
  return { stats, [Symbol.asyncIterator]: () => run(source, options, stats) };
}

async function* run(source: AsyncIterable<Uint8Array | string>, options: HashOptions, stats: HashStats): AsyncGenerator<Uint8Array> {
  const chunks = recordChunks(source, options.chunkBytes ?? 1024 * 1024, stats);
  try {
    const first = await chunks.next();
    if (first.done) throw new HashInputError('the file is empty: expected a header row');
    const header = first.value;
    if (header.kind !== 'header') throw new Error('unreachable');
    const setup: WorkerSetup = {
      salt: options.salt,
      profile: options.profile,
      prehashed: options.prehashed ?? false,
      columns: columnsOf(header.fields, options),
    };
    const count = Math.max(1, options.workers ?? availableParallelism());
    const pool = new WorkerPool(count, setup);
    const inflight: Promise<HashJobResult>[] = [];
    const emit = (r: HashJobResult): Uint8Array => {
      stats.rows += r.rows;
      stats.valid += r.valid;
      stats.invalid += r.invalid.length;
      for (const row of r.invalid) options.onInvalid?.(row);
      return r.ndjson;
    };
    try {
      for (;;) {
        const next = await chunks.next();
        if (next.done) break;
        if (next.value.kind !== 'job') continue;
        inflight.push(pool.run(next.value.job));
        while (inflight.length >= count * 2) yield emit(await inflight.shift()!);
      }
      while (inflight.length > 0) yield emit(await inflight.shift()!);
    } finally {
      // Settle what is still running before the workers go (an early return by the consumer).
      await Promise.allSettled(inflight);
      await pool.close();
    }
  } finally {
    // Close the input, whatever ended the run.
    await chunks.return(undefined);
  }
}

function columnsOf(header: readonly string[], options: HashOptions): WorkerSetup['columns'] {
  const names = header.map((h) => h.trim());
  const index = (name: string): number => {
    const i = names.indexOf(name);
    if (i < 0) throw new HashInputError(`the header has no column "${name}" (it has: ${names.join(', ')})`);
    return i;
  };
  const multi = new Set(options.multiValued ?? []);
  return {
    count: names.length,
    id: index(options.idColumn),
    attributes: (options.attributes ?? []).map((name) => ({ index: index(name), name, multi: multi.has(name) })),
  };
}

type ChunkEvent = { kind: 'header'; fields: string[] } | { kind: 'job'; job: HashJob };

/** The header's fields, then jobs of whole records with the line each starts on. */
async function* recordChunks(source: AsyncIterable<Uint8Array | string>, chunkBytes: number, stats: HashStats): AsyncGenerator<ChunkEvent> {
  let pending = Buffer.alloc(0);
  let headerDone = false;
  let line = 1;
  let seq = 0;
  let bomChecked = false;
  const cut = (end: number): HashJob => {
    const bytes = new Uint8Array(end);
    bytes.set(pending.subarray(0, end));
    const job = { seq: seq++, firstLine: line, bytes };
    line += countNewlines(bytes, end);
    pending = pending.subarray(end);
    return job;
  };
  for await (const piece of source) {
    const b = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    stats.bytes += b.length;
    pending = pending.length === 0 ? Buffer.from(b) : Buffer.concat([pending, b]);
    if (!bomChecked) {
      // A UTF-8 byte order mark (spreadsheet exports) is not data; it may arrive split.
      if (pending.length < BOM.length && BOM.subarray(0, pending.length).equals(pending)) continue;
      bomChecked = true;
      if (pending.subarray(0, BOM.length).equals(BOM)) pending = pending.subarray(BOM.length);
    }
    if (!headerDone) {
      const end = lastRecordEndOfFirst(pending);
      if (end < 0) {
        if (pending.length > MAX_RECORD_BYTES) throw new HashInputError('the header row is longer than 16 MiB');
        continue;
      }
      yield { kind: 'header', fields: headerFields(pending.subarray(0, end)) };
      line += countNewlines(pending, end);
      pending = pending.subarray(end);
      headerDone = true;
    }
    while (pending.length >= chunkBytes) {
      const end = lastRecordEnd(pending, Math.min(pending.length, chunkBytes * 2));
      if (end === 0) {
        if (pending.length > MAX_RECORD_BYTES) throw new HashInputError(`line ${line}: a record longer than 16 MiB`);
        break;
      }
      yield { kind: 'job', job: cut(end) };
    }
  }
  if (!headerDone) {
    if (pending.length === 0) return;
    yield { kind: 'header', fields: headerFields(pending) };
    return;
  }
  if (pending.length > 0) yield { kind: 'job', job: cut(pending.length) };
}

/** The end of the first record (just after its newline), or -1 if it is not complete yet. */
function lastRecordEndOfFirst(b: Buffer): number {
  let inQuotes = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 34) inQuotes = !inQuotes;
    else if (c === 10 && !inQuotes) return i + 1;
  }
  return -1;
}

function headerFields(b: Buffer): string[] {
  const text = b.toString('utf8').replace(/\r?\n$/, '');
  const fields = csvFields(text);
  if (!fields) throw new HashInputError('line 1: the header row is not valid CSV');
  return fields;
}

/** Worker threads, each taking jobs in order; a job goes to the least busy one. */
class WorkerPool {
  readonly #workers: { worker: Worker; waiting: { resolve: (r: HashJobResult) => void; reject: (e: Error) => void }[] }[] = [];

  constructor(count: number, setup: WorkerSetup) {
    for (let i = 0; i < count; i++) {
      const worker = spawnWorker(setup);
      const entry = { worker, waiting: [] as { resolve: (r: HashJobResult) => void; reject: (e: Error) => void }[] };
      worker.on('message', (r: HashJobResult) => entry.waiting.shift()?.resolve(r));
      const fail = (err: Error): void => {
        for (const w of entry.waiting.splice(0)) w.reject(err);
      };
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (code !== 0) fail(new Error(`a hashing worker exited with code ${code}`));
      });
      this.#workers.push(entry);
    }
  }

  run(job: HashJob): Promise<HashJobResult> {
    const entry = this.#workers.reduce((a, b) => (b.waiting.length < a.waiting.length ? b : a));
    return new Promise((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      entry.worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.#workers.map((w) => w.worker.terminate()));
  }
}

/**
 * A worker running hash-worker: the TypeScript source goes through tsx's loader (this package
 * runs from source), a compiled build would load directly.
 */
function spawnWorker(setup: WorkerSetup): Worker {
  const url = new URL(`./hash-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const workerData = { ...setup, salt: Uint8Array.from(setup.salt) };
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
