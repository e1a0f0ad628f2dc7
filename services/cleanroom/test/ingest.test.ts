// The ingest pieces without a database: re-keying against node:crypto's HMAC, key wrapping, record
// splitting at every chunk boundary, NDJSON and CSV parsing and validation (fast and slow paths
// agree), and the binary COPY tuples they produce. Then rule ids_not_digests over real HTTP and
// PostgreSQL: ids that are not uniform digests refuse the upload and publish nothing.
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idWords, type UploadAttribute } from '@cleanroom/policies';
import { unwrapKey, wrapKey } from '../src/domain/agreement-keys.js';
import { AppError } from '../src/errors.js';
import { COPY_HEADER } from '../src/ingest/copy-binary.js';
import { RecordSplitter } from '../src/ingest/records.js';
import { Rekeyer, wordsOf } from '../src/ingest/rekey.js';
import { RekeyPool } from '../src/ingest/rekey-pool.js';
import { UploadStream } from '../src/ingest/upload-stream.js';
import { badIdIssue, decodeIdInto, decodeIdString } from '../src/ingest/values.js';
import { digests, upload, type Person } from '../../../test/support/data.js';
import { activeAgreement, testPolicy } from '../../../test/support/policy.js';
import { problemOf, startTestService, type OrgHandle, type TestService } from '../../../test/support/service.js';

describe('Rekeyer: HMAC-SHA256 with precomputed key states', () => {
  it('equals node:crypto createHmac for random keys and 32-byte messages', () => {
    for (let k = 0; k < 20; k++) {
      const key = randomBytes(32);
      const r = new Rekeyer(key);
      for (let i = 0; i < 50; i++) {
        const msg = randomBytes(32);
        const expected = createHmac('sha256', key).update(msg).digest();
        expect(Buffer.from(r.mac(msg))).toEqual(expected);
        const token = Buffer.alloc(8);
        r.tokenInto(wordsOf(msg), token, 0);
        expect(token).toEqual(expected.subarray(0, 8));
      }
    }
  });

  it('pinned: key 0x00..0x1f, message 0x20..0x3f', () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const msg = Uint8Array.from({ length: 32 }, (_, i) => 32 + i);
    expect(Buffer.from(new Rekeyer(key).mac(msg)).toString('hex')).toBe(createHmac('sha256', key).update(msg).digest('hex'));
  });

  it('refuses keys that are not 32 bytes', () => {
    expect(() => new Rekeyer(new Uint8Array(31))).toThrow(RangeError);
  });
});

describe('agreement key wrapping (AES-256-GCM)', () => {
  it('round-trips, and fails for another agreement, another master key or a flipped bit', () => {
    const master = randomBytes(32);
    const key = randomBytes(32);
    const wrapped = wrapKey(master, 'agr_a', key);
    expect(wrapped).toHaveLength(60);
    expect(unwrapKey(master, 'agr_a', wrapped)).toEqual(key);
    expect(() => unwrapKey(master, 'agr_b', wrapped)).toThrow();
    expect(() => unwrapKey(randomBytes(32), 'agr_a', wrapped)).toThrow();
    const flipped = Buffer.from(wrapped);
    flipped[20]! ^= 1;
    expect(() => unwrapKey(master, 'agr_a', flipped)).toThrow();
    expect(wrapKey(master, 'agr_a', key)).not.toEqual(wrapped); // fresh nonce
  });
});

function split(text: string, csv: boolean, cuts: number[]): { records: [number, string][]; tooLong: number[] } {
  const records: [number, string][] = [];
  const tooLong: number[] = [];
  const s = new RecordSplitter(csv, { record: (b, start, end, line) => records.push([line, b.toString('utf8', start, end)]), tooLong: (line) => tooLong.push(line) });
  const bytes = Buffer.from(text, 'utf8');
  let pos = 0;
  for (const c of [...cuts, bytes.length]) {
    s.push(bytes.subarray(pos, c));
    pos = c;
  }
  s.end();
  return { records, tooLong };
}

describe('RecordSplitter', () => {
  const csv = '\ufeffid,a\r\n1,"x\ny"\n2,"say ""hi"""\r\n\n3,z';

  it('splits CSV records (quoted newlines kept, CRLF and BOM dropped) the same at every chunk boundary', () => {
    const whole = split(csv, true, []);
    expect(whole.records).toEqual([
      [1, 'id,a'],
      [2, '1,"x\ny"'],
      [4, '2,"say ""hi"""'],
      [5, ''],
      [6, '3,z'],
    ]);
    const length = Buffer.byteLength(csv);
    for (let a = 0; a <= length; a++) for (let b = a; b <= length; b += 3) expect(split(csv, true, [a, b])).toEqual(whole);
  });

  it('NDJSON lines end at every newline', () => {
    expect(split('{"a":"x\\ny"}\n{}\n', false, [3]).records).toEqual([
      [1, '{"a":"x\\ny"}'],
      [2, '{}'],
    ]);
  });

  it('reports a record over 1 MiB without buffering it, and goes on', () => {
    const long = 'x'.repeat(1024 * 1024 + 10);
    const out = split(`a\n${long}\nb\n`, false, [100, 600_000, 1_100_000]);
    expect(out.records).toEqual([
      [1, 'a'],
      [3, 'b'],
    ]);
    expect(out.tooLong).toEqual([2]);
  });
});

describe('id decoding', () => {
  const digest = randomBytes(32);
  const words = new Int32Array(8);

  it('hex (either case), base64url unpadded or padded', () => {
    for (const text of [digest.toString('hex'), digest.toString('hex').toUpperCase(), digest.toString('base64url'), `${digest.toString('base64url')}=`]) {
      words.fill(0);
      expect(decodeIdString(text, words)).toBe(true);
      expect(words).toEqual(wordsOf(digest));
    }
  });

  it('refuses standard Base64 characters, non-canonical trailing bits, wrong lengths and non-hex', () => {
    const b64url = Buffer.from(Uint8Array.from({ length: 32 }, () => 0xff)).toString('base64url');
    expect(decodeIdString(b64url, words)).toBe(true);
    expect(decodeIdString(b64url.replace(/_/g, '/'), words)).toBe(false);
    expect(decodeIdString(b64url.slice(0, 42) + 'B', words)).toBe(false); // a low bit set in the last character
    expect(decodeIdString(digest.toString('hex').slice(0, 62), words)).toBe(false);
    expect(decodeIdString('g'.repeat(64), words)).toBe(false);
    expect(decodeIdInto(Buffer.from(digest.toString('hex')), 0, 64, words)).toBe(true);
  });

  it('names plaintext for what it is', () => {
    expect(badIdIssue(' Jane.Doe@Example.com ').code).toBe('plaintext_email');
    expect(badIdIssue('+44 20 7946 0958').code).toBe('plaintext_phone');
    expect(badIdIssue('(415) 555-0100').code).toBe('plaintext_phone');
    expect(badIdIssue('12345').code).toBe('id_not_a_digest');
    expect(badIdIssue('').code).toBe('missing_id');
    expect(badIdIssue('Jane.Doe@Example.com').message).not.toContain('Jane');
  });
});

// ---- the transform, end to end: body → COPY binary tuples ----

const BRAND: UploadAttribute[] = [
  { name: 'value_tier', multi: false, maxValuesPerId: 1, allowedValues: ['high', 'low'] },
  // 'día' and 'a "q"' are declared so that the escaped (slow) path has non-ASCII and quotes to decode.
  { name: 'lifecycle', multi: false, maxValuesPerId: 1, allowedValues: ['new', 'active', 'lapsed', 'día', 'a "q"'] },
];
const PARTNER: UploadAttribute[] = [
  { name: 'content_category', multi: true, maxValuesPerId: 2, allowedValues: ['news', 'sports', 'travel', 'art'] },
  { name: 'device', multi: false, maxValuesPerId: 1, allowedValues: ['mobile', 'desktop', 'tv'] },
];

type Field = string | string[] | null;

/** Decodes binary COPY data into [token hex, …fields]. */
function decodeCopy(data: Buffer): [string, ...Field[]][] {
  expect(data.subarray(0, COPY_HEADER.length)).toEqual(COPY_HEADER);
  let p = COPY_HEADER.length;
  const tuples: [string, ...Field[]][] = [];
  for (;;) {
    const n = data.readInt16BE(p);
    p += 2;
    if (n === -1) break;
    expect(data.readInt32BE(p)).toBe(8);
    const tuple: [string, ...Field[]] = [data.toString('hex', p + 4, p + 12)];
    p += 12;
    for (let f = 1; f < n; f++) {
      const len = data.readInt32BE(p);
      p += 4;
      if (len === -1) {
        tuple.push(null);
        continue;
      }
      const field = data.subarray(p, p + len);
      p += len;
      // A text[] starts with ndim (0 or 1), has-null 0 and the text OID 25.
      if (len >= 12 && field.readInt32BE(4) === 0 && field.readInt32BE(8) === 25 && field.readInt32BE(0) <= 1) {
        const values: string[] = [];
        if (field.readInt32BE(0) === 1) {
          let q = 20;
          for (let i = 0; i < field.readInt32BE(12); i++) {
            const l = field.readInt32BE(q);
            values.push(field.toString('utf8', q + 4, q + 4 + l));
            q += 4 + l;
          }
        }
        tuple.push(values);
      } else tuple.push(field.toString('utf8'));
    }
    tuples.push(tuple);
  }
  expect(p).toBe(data.length);
  return tuples;
}

async function run(
  body: string | Buffer,
  format: 'ndjson' | 'csv',
  side: 'brand' | 'partner',
  key = Buffer.alloc(32, 7),
  chunk = 7,
  workerAfterBytes?: number,
): Promise<{ tuples: [string, ...Field[]][]; stream: UploadStream; error: AppError | undefined }> {
  const stream = new UploadStream({
    format,
    side,
    attributes: side === 'brand' ? BRAND : PARTNER,
    tokens: new Rekeyer(key),
    limitBytes: 1 << 30,
    hashBody: true,
    ...(workerAfterBytes === undefined ? {} : { worker: () => new RekeyPool(key), workerAfterBytes }),
  });
  const out: Buffer[] = [];
  const bytes = Buffer.from(body);
  const pieces = Array.from({ length: Math.ceil(bytes.length / chunk) }, (_, i) => bytes.subarray(i * chunk, (i + 1) * chunk));
  let error: AppError | undefined;
  await pipeline(
    Readable.from(pieces),
    stream,
    new Writable({
      write(c: Buffer, _e, done) {
        out.push(c);
        done();
      },
    }),
  ).catch((e: unknown) => (error = e as AppError));
  return { tuples: error ? [] : decodeCopy(Buffer.concat(out)), stream, error };
}

const token = (key: Buffer, digest: Buffer): string => createHmac('sha256', key).update(digest).digest('hex').slice(0, 16);

describe('UploadStream', () => {
  const key = randomBytes(32);
  const d = [randomBytes(32), randomBytes(32), randomBytes(32)];

  it('NDJSON: tokens, values, nulls and blank lines; the body hash covers every byte', async () => {
    const body = [
      JSON.stringify({ id: d[0]!.toString('hex'), value_tier: 'high', lifecycle: 'new' }),
      '',
      ` { "lifecycle" : null , "id" : "${d[1]!.toString('base64url')}" } `,
      JSON.stringify({ id: d[2]!.toString('hex'), value_tier: 'low' }),
    ].join('\r\n');
    const { tuples, stream, error } = await run(body, 'ndjson', 'brand', key);
    expect(error).toBeUndefined();
    expect(tuples).toEqual([
      [token(key, d[0]!), 'high', 'new'],
      [token(key, d[1]!), null, null],
      [token(key, d[2]!), 'low', null],
    ]);
    expect(stream.rowsReceived).toBe(3);
    expect(stream.bodyHash()).toBe(createHash('sha256').update(body).digest('hex'));
  });

  it('partner lists: de-duplicated, capped at maxValuesPerId (first values kept) and sorted; CSV splits on |', async () => {
    const ndjson = `${JSON.stringify({ id: d[0]!.toString('hex'), content_category: ['travel', 'news', 'travel', 'art'], device: ['tv', 'mobile'] })}\n${JSON.stringify({ id: d[1]!.toString('hex'), content_category: 'news' })}\n`;
    const a = await run(ndjson, 'ndjson', 'partner', key);
    expect(a.tuples).toEqual([
      [token(key, d[0]!), ['news', 'travel'], 'tv'],
      [token(key, d[1]!), ['news'], null],
    ]);
    expect(a.stream.valuesCapped).toBe(1);
    const csv = `device,id,content_category\n,${d[0]!.toString('hex')},travel|news|travel|art\n"tv",${d[1]!.toString('hex')},\n`;
    const b = await run(csv, 'csv', 'partner', key);
    expect(b.tuples).toEqual([
      [token(key, d[0]!), ['news', 'travel'], null],
      [token(key, d[1]!), null, 'tv'],
    ]);
  });

  it('the escaped (slow) path gives the same tuples as the fast path', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ tier: fc.constantFrom('high', 'low', null), life: fc.constantFrom('new', 'lapsed', 'día', 'a "q"', null), escape: fc.boolean() }), { minLength: 1, maxLength: 20 }),
        async (rows) => {
          const ids = rows.map(() => randomBytes(32));
          const plain = rows.map((r, i) => JSON.stringify({ id: ids[i]!.toString('hex'), value_tier: r.tier, lifecycle: r.life })).join('\n');
          const escaped = rows
            .map((r, i) => {
              const line = JSON.stringify({ id: ids[i]!.toString('hex'), value_tier: r.tier, lifecycle: r.life });
              // Escape the letters inside strings (keys too): legal JSON the fast path hands to JSON.parse.
              return r.escape ? line.replace(/"([^"\\]*)"/g, (_m, inner: string) => `"${inner.replace(/[a-z]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`)}"`) : line;
            })
            .join('\n');
          const [x, y] = await Promise.all([run(plain, 'ndjson', 'brand', key, 5), run(escaped, 'ndjson', 'brand', key, 11)]);
          expect(x.error).toBeUndefined();
          expect(y.tuples).toEqual(x.tuples);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('one bad row fails the stream with every line listed (up to 20) and the counts', async () => {
    const lines = Array.from({ length: 30 }, () => JSON.stringify({ id: randomBytes(32).toString('hex') }));
    for (let i = 5; i < 30; i++) lines[i] = JSON.stringify({ id: `person${i}@example.com` });
    const { error, stream } = await run(lines.join('\n'), 'ndjson', 'brand', key);
    expect(error).toBeInstanceOf(AppError);
    expect(error!.code).toBe('validation-failed');
    expect(error!.errors).toHaveLength(20);
    expect(error!.errors![0]).toEqual({ path: 'line/6/id', code: 'plaintext_email', message: expect.stringContaining('line 6') });
    expect(error!.extra).toEqual({ rowsReceived: 30, rowsRejected: 25 });
    expect(stream.rowsRejected).toBe(25);
  });

  it('attribute values: only the agreed lists; phone-like values named as such; non-strings refused', async () => {
    const id = () => randomBytes(32).toString('hex');
    const body = [
      { id: id(), value_tier: 'medium' },
      { id: id(), lifecycle: 'a\u0000b' },
      { id: id(), lifecycle: randomBytes(32).toString('hex') },
      { id: id(), lifecycle: '555 0100 123' },
      { id: id(), lifecycle: 'x'.repeat(101) },
      { id: id(), lifecycle: 7 },
      { id: id(), id2: 'x' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n');
    const { error } = await run(body, 'ndjson', 'brand', key);
    expect(error!.errors!.map((e) => [e.path, e.code])).toEqual([
      ['line/1/value_tier', 'value_not_allowed'],
      ['line/2/lifecycle', 'value_not_allowed'],
      ['line/3/lifecycle', 'value_not_allowed'],
      ['line/4/lifecycle', 'plaintext_phone'],
      ['line/5/lifecycle', 'value_not_allowed'],
      ['line/6/lifecycle', 'invalid_value'],
      ['line/7/id2', 'attribute_not_allowed'],
    ]);
    // There is no allowance of distinct free-text values any more: every value outside the list is refused.
    const many = Array.from({ length: 1001 }, (_, i) => JSON.stringify({ id: id(), lifecycle: `stage ${i}` })).join('\n');
    const unlisted = await run(many, 'ndjson', 'brand', key, 4096);
    expect(unlisted.error!.errors).toHaveLength(20);
    expect(new Set(unlisted.error!.errors!.map((e) => e.code))).toEqual(new Set(['value_not_allowed']));
    expect(unlisted.error!.extra).toEqual({ rowsReceived: 1001, rowsRejected: 1001 });
  });

  it('a re-keying worker thread, started part-way through, gives the same tuples in the same order', async () => {
    const lines = Array.from({ length: 60_000 }, (_, i) => JSON.stringify({ id: randomBytes(32).toString('hex'), value_tier: i % 2 ? 'high' : 'low', lifecycle: i % 7 ? null : 'new' }));
    const body = lines.join('\n');
    const inline = await run(body, 'ndjson', 'brand', key, 65_536);
    const threaded = await run(body, 'ndjson', 'brand', key, 65_536, 1_000_000);
    expect(inline.error).toBeUndefined();
    expect(threaded.error).toBeUndefined();
    expect(threaded.tuples).toHaveLength(60_000);
    expect(threaded.tuples).toEqual(inline.tuples);
  });

  it('stops at the byte limit with 413', async () => {
    const stream = new UploadStream({ format: 'ndjson', side: 'brand', attributes: BRAND, tokens: new Rekeyer(key), limitBytes: 100, hashBody: false });
    const err = await pipeline(Readable.from([Buffer.alloc(60, 32), Buffer.alloc(60, 32)]), stream, new Writable({ write: (_c, _e, done) => done() })).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('payload-too-large');
  });
});

// ---- attribute values come from the agreement, never from the data ----

describe('undeclared attribute values', () => {
  const key = randomBytes(32);
  const id = (): string => randomBytes(32).toString('hex');
  // What a party could smuggle into a free-text attribute.
  const SMUGGLED = ['DOB 1984-03-02 SSN 078 05 1120', 'Alice Smith, 12 High St'];

  /** The errors of an upload of `body` under `attributes`; empty when it is accepted. */
  const refusals = async (attributes: UploadAttribute[], side: 'brand' | 'partner', format: 'ndjson' | 'csv', body: string) => {
    const stream = new UploadStream({ format, side, attributes, tokens: new Rekeyer(key), limitBytes: 1 << 20, hashBody: false });
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const error = await pipeline(Readable.from([Buffer.from(body)]), stream, sink).then(
      () => undefined,
      (e: unknown) => e as AppError,
    );
    return error?.errors ?? [];
  };
  // Any piece of them in a message would be the leak itself.
  const PIECES = /1984|SSN|1120|Alice|Smith|High St/;

  it('a value the agreement does not declare is value_not_allowed, and the message names the attribute and its values, never the value', async () => {
    const ndjson = SMUGGLED.map((v) => JSON.stringify({ id: id(), value_tier: v })).join('\n');
    const csv = `id,value_tier\n${SMUGGLED.map((v) => `${id()},"${v}"`).join('\n')}\n`;
    const partner = SMUGGLED.map((v) => JSON.stringify({ id: id(), content_category: ['news', v] })).join('\n');
    const answers = [
      [await refusals(BRAND, 'brand', 'ndjson', ndjson), ['line/1/value_tier', 'line/2/value_tier']],
      [await refusals(BRAND, 'brand', 'csv', csv), ['line/2/value_tier', 'line/3/value_tier']],
      [await refusals(PARTNER, 'partner', 'ndjson', partner), ['line/1/content_category', 'line/2/content_category']],
    ] as const;
    for (const [errors, paths] of answers) {
      expect(errors.map((e) => e.path)).toEqual(paths);
      for (const e of errors) {
        expect(e.code).toBe('value_not_allowed');
        expect(e.message).not.toMatch(PIECES);
      }
    }
    expect(answers[0][0][0]!.message).toContain('"value_tier" takes only the values the agreement lists for it: "high", "low"');
  });

  it('an attribute without declared values (an agreement made before they were required) takes none, but may be left empty', async () => {
    const note: UploadAttribute[] = [{ name: 'note', multi: false, maxValuesPerId: 1, allowedValues: [] }];
    const errors = await refusals(note, 'brand', 'ndjson', [...SMUGGLED.map((v) => JSON.stringify({ id: id(), note: v })), JSON.stringify({ id: id(), note: 'x' })].join('\n'));
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['line/1/note', 'value_not_allowed'],
      ['line/2/note', 'value_not_allowed'],
      ['line/3/note', 'value_not_allowed'],
    ]);
    for (const e of errors) {
      expect(e.message).not.toMatch(PIECES);
      expect(e.message).toContain('"note" has no values declared in the agreement');
    }
    expect(await refusals(note, 'brand', 'csv', `id,note\n${id()},\n${id()}, \n`)).toEqual([]);
    expect(await refusals(note, 'brand', 'ndjson', JSON.stringify({ id: id(), note: null }))).toEqual([]);
  });
});

// ---- rule ids_not_digests: ids must be plausibly uniform digests ----

/** Zero-padded decimal numbers as 64 hex digits, as a party that skipped the SDK might send phone numbers. */
const paddedNumbers = (n: number): string[] => Array.from({ length: n }, (_, i) => String(4155550100 + i).padStart(64, '0'));
/** The hex of text (an email padded to 32 bytes): each id passes alone, the upload as a whole does not. */
const hexOfText = (n: number): string[] => Array.from({ length: n }, (_, i) => Buffer.from(`customer.${i}@example.com`.padEnd(32, '.'), 'latin1').toString('hex'));

describe('UploadStream: rule ids_not_digests', () => {
  const key = randomBytes(32);

  it('the words the checks read are the words the ingest decodes', () => {
    const words = new Int32Array(8);
    for (let i = 0; i < 100; i++) {
      const digest = randomBytes(32);
      expect(decodeIdString(digest.toString('base64url'), words)).toBe(true);
      expect(idWords(digest)).toEqual(words);
      expect(idWords(digest)).toEqual(wordsOf(digest));
    }
  });

  it('a zero-padded number is a row issue at its line, on every path (NDJSON fast and escaped, CSV plain and quoted), and names the rule', async () => {
    const [a, b] = paddedNumbers(2);
    const good = randomBytes(32).toString('hex');
    const bodies: [string, 'ndjson' | 'csv', string[]][] = [
      [[a, good, b].map((id) => JSON.stringify({ id })).join('\n'), 'ndjson', ['line/1/id', 'line/3/id']],
      [`{"id":"\\u0030${a!.slice(1)}"}\n{"id":"${good}"}\n{"id":"${b}","value_tier":"h\\u0069gh"}`, 'ndjson', ['line/1/id', 'line/3/id']],
      [`id,value_tier\n${a},high\n${good},low\n"${b}",low\n`, 'csv', ['line/2/id', 'line/4/id']],
    ];
    for (const [body, format, paths] of bodies) {
      const { error, stream } = await run(body, format, 'brand', key, 5);
      expect(error!.code).toBe('validation-failed');
      expect(error!.rule).toBe('ids_not_digests');
      expect(error!.errors!.map((e) => [e.path, e.code])).toEqual(paths.map((p) => [p, 'ids_not_digests']));
      expect(error!.errors![0]!.message).toMatch(/^line \d: the id is not a uniformly random digest/);
      expect(error!.detail).toContain(`the first is ${paths[0]!.slice(0, -3).replace('/', ' ')} (ids_not_digests)`);
      expect(stream.rowsRejected).toBe(2);
    }
  });

  it('names no rule when another row issue comes first', async () => {
    const body = [JSON.stringify({ id: 'jane@example.com' }), JSON.stringify({ id: paddedNumbers(1)[0] })].join('\n');
    const { error } = await run(body, 'ndjson', 'brand', key);
    expect(error!.errors!.map((e) => e.code)).toEqual(['plaintext_email', 'ids_not_digests']);
    expect(error!.rule).toBeUndefined();
  });

  it('ids whose nibble frequencies are not uniform fail the upload at its end, as a property of the whole upload', async () => {
    const body = hexOfText(2000).map((id, i) => JSON.stringify({ id, value_tier: i % 2 ? 'high' : 'low' })).join('\n');
    const { error, stream } = await run(body, 'ndjson', 'brand', key, 65_536);
    expect(error!.code).toBe('validation-failed');
    expect(error!.rule).toBe('ids_not_digests');
    expect(error!.errors).toEqual([{ path: '', code: 'ids_not_digests', message: expect.stringContaining('a property of the whole upload') }]);
    expect(error!.detail).toMatch(/chi-square .* on 120 degrees of freedom.*nothing was stored$/);
    expect(error!.extra).toEqual({ rowsReceived: 2000, rowsRejected: 0 });
    expect(stream.rowsRejected).toBe(0);
  });
});

describe('rule ids_not_digests over HTTP', () => {
  let svc: TestService;
  let brand: OrgHandle;
  let partner: OrgHandle;
  const people = (ids: readonly string[]): Person[] => ids.map((digest, i) => ({ digest, attributes: { value_tier: i % 2 ? 'high' : 'low' } }));
  const published = async (agreementId: string): Promise<number> =>
    Number((await svc.db.pool.query<{ n: string }>(`SELECT count(*) AS n FROM datasets WHERE agreement_id = $1 AND status = 'published'`, [agreementId])).rows[0]!.n);
  const rejections = async (agreementId: string): Promise<Record<string, unknown>[]> =>
    (await svc.db.pool.query<{ detail: Record<string, unknown> }>(`SELECT detail FROM audit_events WHERE agreement_id = $1 AND action = 'upload.rejected' ORDER BY seq`, [agreementId])).rows.map((r) => r.detail);

  beforeAll(async () => {
    svc = await startTestService({ CLEANROOM_MIN_DATASET_SIZE: '100' });
    [brand, partner] = await Promise.all([svc.createOrg('brand'), svc.createOrg('media_partner')]);
  });
  afterAll(async () => svc.stop());

  it('zero-padded decimal ids → 422 validation-failed, rule ids_not_digests naming line 1, nothing published', async () => {
    const agreementId = await activeAgreement(svc, brand, partner, testPolicy({ brand: brand.id, partner: partner.id }));
    const res = await upload(svc, brand.token, agreementId, 'brand', people(paddedNumbers(200)));
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ type: 'urn:cleanroom:problem:validation-failed', rule: 'ids_not_digests', rowsReceived: 200, rowsRejected: 200 });
    expect(problem.errors![0]).toEqual({ path: 'line/1/id', code: 'ids_not_digests', message: expect.stringContaining('line 1') });
    expect(problem.detail).toContain('line 1 (ids_not_digests)');
    expect(JSON.stringify(problem)).not.toContain('4155550100');
    expect(await published(agreementId)).toBe(0);
    expect(await rejections(agreementId)).toEqual([expect.objectContaining({ reason: 'ids_not_digests', rowsRejected: 200 })]);
    // The same agreement takes real digests: the refusal was the ids'.
    expect((await upload(svc, brand.token, agreementId, 'brand', people(digests(200)))).status).toBe(201);
    expect(await published(agreementId)).toBe(1);
  });

  it('ids that each pass but together are not uniform → 422 with rule ids_not_digests for the whole upload, nothing published', async () => {
    const agreementId = await activeAgreement(svc, brand, partner, testPolicy({ brand: brand.id, partner: partner.id }));
    const res = await upload(svc, brand.token, agreementId, 'brand', people(hexOfText(1000)));
    expect(res.status).toBe(422);
    const problem = await problemOf(res);
    expect(problem).toMatchObject({ rule: 'ids_not_digests', rowsReceived: 1000, rowsRejected: 0, errors: [{ path: '', code: 'ids_not_digests' }] });
    expect(problem.detail).toContain('a property of the whole upload');
    expect(await published(agreementId)).toBe(0);
    expect(await rejections(agreementId)).toEqual([expect.objectContaining({ reason: 'ids_not_digests', rowsRejected: 0, firstErrors: [] })]);
  });
});
