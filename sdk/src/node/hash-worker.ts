// Worker thread of hashRows: parses whole CSV records of one chunk, normalizes and hashes each
// identifier with the identity module, and returns the NDJSON upload lines and the invalid rows.
// Raw identifiers never leave this thread except as their id hash.
import { hash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { createIdHasher, getProfile, parsePrehashed } from '../identity/index.js';
import { csvRecords } from './csv.js';
import type { HashJob, HashJobResult, InvalidRow, WorkerSetup } from './hash-protocol.js';

const setup = workerData as WorkerSetup;
const hashId = createIdHasher(setup.salt);
setup.salt.fill(0);
const profile = getProfile(setup.profile);
const decoder = new TextDecoder('utf-8');

function digestOf(raw: string): Uint8Array | InvalidRow['code'] {
  if (raw.trim() === '') return 'missing_id';
  if (setup.prehashed) {
    const parsed = parsePrehashed(raw);
    return parsed.ok ? parsed.value : parsed.code;
  }
  const normalized = profile.normalize(raw);
  // SHA-256 of the UTF-8 bytes, natively: the same digest as the identity module's
  // sha256OfNormalized (the profiles never return lone surrogates; the tests compare the two).
  return normalized.ok ? hash('sha256', normalized.value, 'buffer') : normalized.code;
}

const MESSAGES: Readonly<Record<InvalidRow['code'], string>> = {
  missing_id: 'the identifier is empty',
  email_invalid: 'not an email address the email profile accepts',
  phone_not_e164: 'not an E.164 phone number ("+" and 10 to 15 digits)',
  prehashed_invalid: 'not a SHA-256 digest (64 hex digits or 43/44 Base64 characters)',
  malformed_row: 'the record is not valid CSV (a quote is not closed or is followed by text)',
  wrong_field_count: 'the record does not have as many fields as the header',
};

const ID_PREFIX = Buffer.from('{"id":"');
const HEX = Buffer.from('0123456789abcdef');

/** A growing output buffer of NDJSON bytes. */
class Output {
  buf = Buffer.allocUnsafe(1 << 20);
  pos = 0;
  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const next = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.pos + n));
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  ascii(text: string): void {
    this.reserve(text.length * 3);
    this.pos += this.buf.write(text, this.pos, 'utf8');
  }
  /** The id as lowercase hex, written straight into the buffer. */
  hex(bytes: Uint8Array): void {
    this.reserve(bytes.length * 2);
    for (const b of bytes) {
      this.buf[this.pos++] = HEX[b >> 4]!;
      this.buf[this.pos++] = HEX[b & 15]!;
    }
  }
}

function run(job: HashJob): HashJobResult {
  const { columns } = setup;
  const out = new Output();
  const invalid: InvalidRow[] = [];
  let rows = 0;
  let valid = 0;
  const bad = (line: number, code: InvalidRow['code']): void => {
    invalid.push({ line, code, message: MESSAGES[code] });
  };
  for (const record of csvRecords(decoder.decode(job.bytes), job.firstLine)) {
    rows++;
    const fields = record.fields;
    if (!fields) {
      bad(record.line, 'malformed_row');
      continue;
    }
    if (fields.length !== columns.count) {
      bad(record.line, 'wrong_field_count');
      continue;
    }
    const digest = digestOf(fields[columns.id] ?? '');
    if (!(digest instanceof Uint8Array)) {
      bad(record.line, digest);
      continue;
    }
    out.reserve(ID_PREFIX.length);
    out.pos += ID_PREFIX.copy(out.buf, out.pos);
    out.hex(hashId(digest));
    let rest = '"';
    for (const a of columns.attributes) {
      const value = (fields[a.index] ?? '').trim();
      if (value === '') continue;
      const json = a.multi
        ? JSON.stringify(value.split('|').map((v) => v.trim()).filter((v) => v !== ''))
        : JSON.stringify(value);
      rest += `,${JSON.stringify(a.name)}:${json}`;
    }
    out.ascii(rest + '}\n');
    valid++;
  }
  const ndjson = new Uint8Array(out.pos);
  ndjson.set(out.buf.subarray(0, out.pos));
  return { seq: job.seq, ndjson, rows, valid, invalid };
}

parentPort!.on('message', (job: HashJob) => {
  const result = run(job);
  parentPort!.postMessage(result, [result.ndjson.buffer as ArrayBuffer]);
});
