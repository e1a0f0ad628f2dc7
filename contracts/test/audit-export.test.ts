// The export format's pure parts: the CSV formula guard is reversible, records split per RFC 4180,
// and the verifier accepts a chain built by the rule and names the first bad event otherwise.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AgreementChains,
  CsvRecordReader,
  csvCell,
  csvHeader,
  csvValue,
  eventHash,
  ExportVerifier,
  GENESIS_HASH,
  parseCsvRecord,
  parseNdjsonLine,
  toCsvRow,
  toNdjsonLine,
  type ChainedEvent,
  type ExportLine,
} from '../src/index.js';

const A = 'agr_0000000000000000000000000a';
const B = 'agr_0000000000000000000000000b';

function chain(n: number, agreementOf: (seq: number) => string | null, detail: (seq: number) => Record<string, unknown> = () => ({})): ExportLine[] {
  const chains = new AgreementChains();
  const out: ExportLine[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = { seq, at: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)).toISOString(), actorOrg: null, actorRole: 'system', action: 'token.issued', agreementId: agreementOf(seq), decision: seq % 3 === 0 ? ('deny' as const) : null, detail: detail(seq) };
    const event: ChainedEvent = { ...fields, prevHash: prev, hash: eventHash(prev, fields) };
    prev = event.hash;
    out.push({ kind: 'event', event, chain: chains.add(event) });
  }
  return out;
}

const verify = (lines: string[], partial = false) => {
  const v = new ExportVerifier({ partial });
  for (const l of lines) if (!v.add(parseNdjsonLine(l))) break;
  return v.finish();
};

describe('CSV cells', () => {
  it('defuses formulas and keeps every value recoverable', () => {
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell("'quoted")).toBe("''quoted");
    expect(csvCell('{"a":"=b"}')).toBe('"{""a"":""=b""}"');
    expect(csvCell(null)).toBe('');
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (s) => {
        const records = new CsvRecordReader().push(`${csvCell(s)},x\r\n`);
        expect(records).toHaveLength(1);
        expect(csvValue(records[0]![0]!)).toBe(s);
        expect(/^[=+\-@\t\r]/.test(records[0]![0]!.replace(/^"/, ''))).toBe(false);
      }),
    );
  });

  it('splits records with quoted commas, quotes and line breaks, across chunks', () => {
    const reader = new CsvRecordReader();
    const text = 'a,"b,1","c ""q""","d\r\ne"\r\nx,,z\r\n';
    const records = [...text].flatMap((ch) => reader.push(ch));
    expect(records).toEqual([
      ['a', 'b,1', 'c "q"', 'd\r\ne'],
      ['x', '', 'z'],
    ]);
  });
});

describe('export verification', () => {
  const lines = chain(12, (seq) => (seq % 2 === 0 ? A : seq % 5 === 0 ? B : null), (seq) => ({ note: seq === 4 ? '=cmd|calc' : `n${seq}`, v: seq / 7 }));

  it('a whole chain verifies, as NDJSON and as CSV', () => {
    expect(verify(lines.map((l) => toNdjsonLine(l).trimEnd()))).toMatchObject({ ok: true, summary: { events: 12, firstSeq: 1, lastSeq: 12 } });
    const csv = csvHeader() + lines.map(toCsvRow).join('');
    // The detail cell starts with `{`: a formula inside the JSON never starts a cell.
    expect(csv).toContain('"{""note"":""=cmd|calc""');
    const records = new CsvRecordReader().push(csv).slice(1);
    const v = new ExportVerifier();
    for (const r of records) expect(v.add(parseCsvRecord(r))).toBe(true);
    expect(v.finish().ok).toBe(true);
  });

  it('the events of one agreement verify on their own through its chain', () => {
    const mine = lines.filter((l) => l.kind === 'event' && l.event.agreementId === A).map((l) => toNdjsonLine(l).trimEnd());
    expect(verify(mine)).toMatchObject({ ok: true, summary: { agreements: [{ agreementId: A, fromSeq: 1, toSeq: 6 }] } });
    expect(verify(mine.slice(1))).toMatchObject({ ok: false, problem: { reason: 'missing_event', seq: 4 } });
    expect(verify(mine.slice(1), true).ok).toBe(true);
  });

  it('a line that is not an event is named by its position', () => {
    const text = lines.slice(0, 3).map((l) => toNdjsonLine(l).trimEnd());
    text[1] = text[1]!.slice(0, -1);
    expect(verify(text)).toMatchObject({ ok: false, problem: { reason: 'malformed_line', line: 2, message: 'line 2: not valid JSON (after event seq 1)' } });
  });

  it('an event of no agreement missing from a full export is found', () => {
    const text = lines.map((l) => toNdjsonLine(l).trimEnd()).filter((_, i) => i !== 2);
    expect(verify(text)).toMatchObject({ ok: false, problem: { reason: 'missing_event', seq: 4 } });
  });
});
