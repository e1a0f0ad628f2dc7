// The upload body → COPY binary transform: counts bytes against the limit, optionally hashes the
// body (Idempotency-Key), splits records, validates rows, re-keys ids into tokens and writes
// tuples. Backpressure is the stream's: a slow COPY pauses the request. After the first invalid
// row nothing more is written, but the rest is still read and checked so the answer can say how
// many rows were bad; the stream then fails, which makes the COPY fail and roll back. A sample of
// the ids is kept on the way and its nibble frequencies judged at the end (rule `ids_not_digests`,
// policies/src/id-digests.ts): an upload of ids that are not uniform digests fails the same way.
//
// Re-keying runs inline until the body passes `workerAfterBytes`; from there a worker thread
// (RekeyPool) fills in the tokens of each chunk while this thread parses the next one. Chunks
// leave in order, at most MAX_INFLIGHT of them at the worker.
import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { IdSample, type UploadAttribute } from '@cleanroom/policies';
import { AppError, type FieldIssue } from '../errors.js';
import { COPY_HEADER, COPY_TRAILER, CopyWriter, textArraySize, type TokenSource } from './copy-binary.js';
import { RecordSplitter } from './records.js';
import type { RekeyPool } from './rekey-pool.js';
import { RowReader, type LocatedIssue, type RowValue, type UploadFormat } from './rows.js';
import type { IssueCode } from './values.js';

/** Errors an answer lists (the rest are counted). */
export const MAX_REPORTED_ISSUES = 20;
const CHUNK_BYTES = 256 * 1024;
/** The smallest tuple (a token and nothing else) bounds the rows of a chunk. */
const MAX_ROWS_PER_CHUNK = Math.ceil(CHUNK_BYTES / 14) + 1;
const MAX_INFLIGHT = 4;
/** Row issues that are a rule about the upload's ids: a refusal they lead names the rule, as the audit log's reason too. */
const RULE_CODES: ReadonlySet<IssueCode> = new Set(['ids_not_digests']);

export interface UploadStreamOptions {
  readonly format: UploadFormat;
  readonly side: 'brand' | 'partner';
  readonly attributes: readonly UploadAttribute[];
  readonly tokens: TokenSource;
  readonly limitBytes: number;
  /** SHA-256 over the body bytes, for idempotent retries. */
  readonly hashBody: boolean;
  /** Starts the re-keying worker (called once, when the body passes `workerAfterBytes`). */
  readonly worker?: () => RekeyPool;
  readonly workerAfterBytes?: number;
}

interface Pending {
  done: boolean;
  chunk?: Buffer;
  error?: Error;
}

export class UploadStream extends Transform {
  bytes = 0;
  rowsRejected = 0;
  readonly issues: LocatedIssue[] = [];
  readonly #reader: RowReader;
  readonly #splitter: RecordSplitter;
  readonly #writer: CopyWriter;
  readonly #hash: Hash | undefined;
  readonly #limit: number;
  readonly #tokens: TokenSource;
  readonly #multi: boolean[];
  readonly #startWorker: (() => RekeyPool) | undefined;
  readonly #workerAfter: number;
  readonly #sample = new IdSample();
  #pool: RekeyPool | undefined;
  // The current chunk's token gaps (worker mode).
  #digests: Int32Array = new Int32Array(MAX_ROWS_PER_CHUNK * 8);
  #offsets: Int32Array = new Int32Array(MAX_ROWS_PER_CHUNK);
  #gaps = 0;
  readonly #queue: Pending[] = [];
  /** Gap arrays back from the worker, for the next chunks. */
  readonly #spare: { digests: Int32Array; offsets: Int32Array }[] = [];
  #held: TransformCallback | undefined;
  #flushed: TransformCallback | undefined;

  constructor(options: UploadStreamOptions) {
    super({ readableHighWaterMark: CHUNK_BYTES * 2 });
    this.#limit = options.limitBytes;
    this.#tokens = options.tokens;
    this.#hash = options.hashBody ? createHash('sha256') : undefined;
    this.#multi = options.attributes.map((a) => a.multi);
    this.#startWorker = options.worker;
    this.#workerAfter = options.workerAfterBytes ?? 8 * 1024 * 1024;
    this.#writer = new CopyWriter(CHUNK_BYTES, (chunk) => this.#emit(chunk));
    this.#writer.raw(COPY_HEADER);
    this.#reader = new RowReader(options.format, options.side, options.attributes, {
      row: (id, values) => this.#row(id, values),
      rejected: (issues) => this.#rejected(issues),
    });
    this.#splitter = new RecordSplitter(options.format === 'csv', this.#reader);
  }

  /** Data rows read (valid or not). */
  get rowsReceived(): number {
    return this.#reader.rows;
  }

  /** Rows whose multi-valued attribute was capped. */
  get valuesCapped(): number {
    return this.#reader.capped;
  }

  /** Hex SHA-256 of the body read so far (when hashing was asked for). */
  bodyHash(): string | undefined {
    return this.#hash?.copy().digest('hex');
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.#limit) {
      callback(new AppError('payload-too-large', { detail: `the upload exceeds the limit of ${this.#limit} bytes` }));
      return;
    }
    try {
      if (!this.#pool && this.#startWorker && this.bytes > this.#workerAfter && this.rowsRejected === 0) this.#pool = this.#startWorker();
      this.#hash?.update(chunk);
      this.#splitter.push(chunk);
    } catch (err) {
      callback(err as Error);
      return;
    }
    if (this.#queue.length > MAX_INFLIGHT) this.#held = callback;
    else callback();
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.#splitter.end();
      this.#reader.end();
      if (this.rowsRejected > 0) {
        callback(this.rejection());
        return;
      }
      const frequencies = this.#sample.verdict();
      if (frequencies.refused) {
        callback(
          new AppError('validation-failed', {
            detail: `${frequencies.message}; nothing was stored`,
            rule: 'ids_not_digests',
            errors: [{ path: '', code: 'ids_not_digests', message: frequencies.message }],
            extra: { rowsReceived: this.rowsReceived, rowsRejected: 0 },
          }),
        );
        return;
      }
      this.#writer.raw(COPY_TRAILER);
      this.#writer.flush();
    } catch (err) {
      callback(err as Error);
      return;
    }
    this.#flushed = callback;
    this.#pump();
  }

  override _destroy(err: Error | null, callback: (error?: Error | null) => void): void {
    const pool = this.#pool;
    this.#pool = undefined;
    if (!pool) return callback(err);
    pool.close().then(
      () => callback(err),
      () => callback(err),
    );
  }

  /** The 422 for a body with invalid rows: the first errors with their lines, and the counts. */
  rejection(): AppError {
    const errors: FieldIssue[] = this.issues.map((i) => ({
      path: i.field === undefined ? `line/${i.line}` : `line/${i.line}/${i.field}`,
      code: i.code,
      message: `line ${i.line}: ${i.message}`,
    }));
    const first = this.issues[0];
    return new AppError('validation-failed', {
      detail:
        `${this.rowsRejected} of ${this.rowsReceived} rows are invalid, so nothing was stored` +
        (first ? `; the first is line ${first.line} (${first.code})` : ''),
      ...(first && RULE_CODES.has(first.code) ? { rule: first.code } : {}),
      errors,
      extra: { rowsReceived: this.rowsReceived, rowsRejected: this.rowsRejected },
    });
  }

  #rejected(issues: readonly LocatedIssue[]): void {
    this.rowsRejected++;
    for (const i of issues) if (this.issues.length < MAX_REPORTED_ISSUES) this.issues.push(i);
  }

  #row(id: Int32Array, values: readonly RowValue[]): void {
    // One bad row fails the upload: stop writing, keep checking.
    if (this.rowsRejected > 0) return;
    this.#sample.add(id);
    let size = 2 + 12;
    for (const v of values) size += v === null ? 4 : v instanceof Uint8Array ? 4 + v.length : textArraySize(v);
    const w = this.#writer;
    w.reserve(size);
    w.tupleStart(1 + values.length);
    if (this.#pool) {
      this.#offsets[this.#gaps] = w.tokenGap();
      this.#digests.set(id, this.#gaps * 8);
      this.#gaps++;
    } else {
      w.token(this.#tokens, id);
    }
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v === null) w.null();
      else if (v instanceof Uint8Array) {
        if (this.#multi[i]) w.textArray([v]);
        else w.text(v);
      } else w.textArray(v);
    }
  }

  /** A full chunk from the writer: straight out, or to the worker for its tokens (in order). */
  #emit(chunk: Buffer): void {
    if (!this.#pool) {
      this.push(chunk);
      return;
    }
    const entry: Pending = { done: false };
    this.#queue.push(entry);
    const settle = (result: { chunk?: Buffer; error?: Error }): void => {
      entry.done = true;
      if (result.chunk) entry.chunk = result.chunk;
      if (result.error) entry.error = result.error;
      this.#pump();
    };
    const gaps = this.#gaps;
    if (gaps === 0) {
      settle({ chunk });
      return;
    }
    const digests = this.#digests;
    const offsets = this.#offsets;
    const spare = this.#spare.pop();
    this.#digests = spare?.digests ?? new Int32Array(MAX_ROWS_PER_CHUNK * 8);
    this.#offsets = spare?.offsets ?? new Int32Array(MAX_ROWS_PER_CHUNK);
    this.#gaps = 0;
    this.#pool.rekey(chunk, digests, offsets, gaps).then(
      (done) => {
        this.#spare.push({ digests: done.digests, offsets: done.offsets });
        settle({ chunk: done.chunk });
      },
      (error: unknown) => settle({ error: error as Error }),
    );
  }

  /** Pushes finished chunks in order; releases a held write and the final flush. */
  #pump(): void {
    if (this.destroyed) return;
    while (this.#queue[0]?.done) {
      const entry = this.#queue.shift()!;
      if (entry.error) {
        this.destroy(entry.error);
        return;
      }
      this.push(entry.chunk);
    }
    if (this.#held && this.#queue.length <= MAX_INFLIGHT) {
      const cb = this.#held;
      this.#held = undefined;
      cb();
    }
    if (this.#flushed && this.#queue.length === 0) {
      const cb = this.#flushed;
      this.#flushed = undefined;
      cb();
    }
  }
}
