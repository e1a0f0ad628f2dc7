// hashRows / hashFile: the NDJSON lines equal the identity module's hashes, in file order whatever
// the chunking and the number of workers; invalid identifiers are reported with their line
// numbers (quoted newlines counted) and left out; partner lists become arrays; prehashed input.
// The salt property (brand and partner derive the same salt, different agreements different
// salts) is in sdk/test/identity/salt.test.ts.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { idHash, normalizeAndHash, toHex } from '../../src/identity/index.js';
import { csvFields } from '@cleanroom/contracts';
import { countNewlines, csvRecords, lastRecordEnd } from '../../src/node/csv.js';
import { hashFile, HashInputError, hashRows, type HashOptions, type InvalidRow } from '../../src/node/hash-file.js';

const salt = randomBytes(32);

async function collect(source: Iterable<string> | AsyncIterable<Uint8Array | string>, options: Omit<HashOptions, 'salt' | 'profile'> & { profile?: 'email' | 'phone' }) {
  const invalid: InvalidRow[] = [];
  // for await takes a plain array of strings too.
  const run = hashRows(source as AsyncIterable<Uint8Array | string>, { salt: Uint8Array.from(salt), profile: 'email', ...options, onInvalid: (r) => invalid.push(r) });
  const parts: Uint8Array[] = [];
  for await (const p of run) parts.push(p);
  const lines = Buffer.concat(parts).toString('utf8').split('\n').filter((l) => l !== '');
  return { rows: lines.map((l) => JSON.parse(l) as Record<string, unknown>), invalid, stats: run.stats };
}

const expectedId = (profile: 'email' | 'phone', raw: string): string => {
  const d = normalizeAndHash(profile, raw);
  if (!d.ok) throw new Error('test data must be valid');
  return toHex(idHash(salt, d.value));
};

describe('csv helpers', () => {
  it('cut only at record ends outside quotes, and count lines', () => {
    const b = Buffer.from('a,b\n"x\ny",1\n2,"3\n');
    expect(lastRecordEnd(b, b.length)).toBe(12);
    expect(countNewlines(b, b.length)).toBe(4);
    expect(csvFields('a,"b,""c""",')).toEqual(['a', 'b,"c"', '']);
    expect(csvFields('"a"b')).toBeUndefined();
    expect([...csvRecords('a\r\n\n"b\nc",d\ne', 7)]).toEqual([
      { fields: ['a'], line: 7 },
      { fields: ['b\nc', 'd'], line: 9 },
      { fields: ['e'], line: 11 },
    ]);
  });
});

describe('hashRows', () => {
  const emails = Array.from({ length: 3000 }, (_, i) => `Person.${i}+promo@GMail.com`);

  it('hashes every identifier as the identity module does, in order, over many chunks and workers', async () => {
    const csv = 'segment,email\n' + emails.map((e, i) => `s${i % 3},${e}`).join('\n') + '\n';
    for (const [workers, chunkBytes] of [
      [1, 1 << 20],
      [3, 200],
    ] as const) {
      const { rows, stats, invalid } = await collect([csv.slice(0, 1000), csv.slice(1000)], { idColumn: 'email', attributes: ['segment'], workers, chunkBytes });
      expect(invalid).toEqual([]);
      expect(stats).toMatchObject({ rows: 3000, valid: 3000, invalid: 0, bytes: Buffer.byteLength(csv) });
      expect(rows).toHaveLength(3000);
      rows.forEach((r, i) => expect(r).toEqual({ id: expectedId('email', emails[i]!), segment: `s${i % 3}` }));
    }
  });

  it('reports invalid identifiers with their line numbers (quoted newlines counted) and leaves them out', async () => {
    const csv = ['email,note', 'a@b.com,x', 'jane doe at home,x', '"c@d.com","two\nlines"', ',x', 'e@f.com,x,extra', '"broken,x', 'g@h.com,y'].join('\n');
    const { rows, invalid } = await collect([csv], { idColumn: 'email', chunkBytes: 16, workers: 2 });
    expect(invalid.map((r) => [r.line, r.code])).toEqual([
      [3, 'email_invalid'],
      [6, 'missing_id'],
      [7, 'wrong_field_count'],
      [8, 'malformed_row'],
    ]);
    expect(invalid[0]!.message).not.toContain('jane');
    expect(rows.map((r) => r.id)).toEqual([expectedId('email', 'a@b.com'), expectedId('email', 'c@d.com')]);
  });

  it('multi-valued attributes become lists; empty values are left out; phones; prehashed digests', async () => {
    const { rows } = await collect(['phone,category,device\n+14155550100, news | sports ,tv\n+442079460958,,\n'], {
      profile: 'phone',
      idColumn: 'phone',
      attributes: ['category', 'device'],
      multiValued: ['category'],
    });
    expect(rows).toEqual([
      { id: expectedId('phone', '+14155550100'), category: ['news', 'sports'], device: 'tv' },
      { id: expectedId('phone', '+442079460958') },
    ]);
    const digest = normalizeAndHash('email', 'x@y.com');
    if (!digest.ok) throw new Error('unreachable');
    const pre = await collect([`sha\n${Buffer.from(digest.value).toString('hex')}\n${Buffer.from(digest.value).toString('base64')}\nzz\n`], { idColumn: 'sha', prehashed: true });
    expect(pre.rows.map((r) => r.id)).toEqual([expectedId('email', 'x@y.com'), expectedId('email', 'x@y.com')]);
    expect(pre.invalid.map((r) => [r.line, r.code])).toEqual([[4, 'prehashed_invalid']]);
  });

  it('drops a byte order mark even when it arrives split', async () => {
    const bytes = Buffer.from('\ufeffemail\na@b.com\n');
    const source = Readable.from([bytes.subarray(0, 1), bytes.subarray(1, 2), bytes.subarray(2)]) as AsyncIterable<Uint8Array>;
    const { rows } = await collect(source, { idColumn: 'email' });
    expect(rows).toEqual([{ id: expectedId('email', 'a@b.com') }]);
  });

  it('names a missing column; an empty input has no header', async () => {
    await expect(collect(['email\na@b.com\n'], { idColumn: 'mail' })).rejects.toThrow(HashInputError);
    await expect(collect(['email\na@b.com\n'], { idColumn: 'email', attributes: ['tier'] })).rejects.toThrow(/no column "tier"/);
    await expect(collect([], { idColumn: 'email' })).rejects.toThrow(/empty/);
  });

  it('hashFile streams a file (BOM dropped) and stops cleanly when the consumer stops early', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hashfile-'));
    try {
      const path = join(dir, 'in.csv');
      await writeFile(path, '\ufeffemail\n' + emails.join('\n'));
      const run = hashFile(path, { salt: Uint8Array.from(salt), profile: 'email', idColumn: 'email', chunkBytes: 4096, workers: 2 });
      let first: Uint8Array | undefined;
      for await (const part of run) {
        first = part;
        break;
      }
      expect(JSON.parse(Buffer.from(first!).toString().split('\n')[0]!)).toEqual({ id: expectedId('email', emails[0]!) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
