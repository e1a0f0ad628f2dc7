// A small RFC 4180 CSV reader for the party's identifier files: cutting a byte stream into chunks
// of whole records (so workers can parse chunks independently) and splitting records into fields.
// A newline inside a quoted field does not end a record; "" inside quotes is one quote.
import { csvFields } from '@cleanroom/contracts';

const LF = 10;
const QUOTE = 34;

/**
 * The end (exclusive, just after a newline) of the last complete record in b[0..length), or 0
 * when there is none; records may span quoted newlines.
 */
export function lastRecordEnd(b: Uint8Array, length: number): number {
  const buf = Buffer.from(b.buffer, b.byteOffset, length);
  const firstQuote = buf.indexOf(QUOTE);
  if (firstQuote < 0) return buf.lastIndexOf(LF) + 1;
  // Walk quotes and newlines in order, remembering the last newline outside quotes.
  let parity = 0;
  let last = 0;
  let nextQuote = firstQuote;
  let nextLf = buf.indexOf(LF);
  while (nextLf >= 0) {
    if (nextQuote >= 0 && nextQuote < nextLf) {
      parity ^= 1;
      nextQuote = buf.indexOf(QUOTE, nextQuote + 1);
      continue;
    }
    if (parity === 0) last = nextLf + 1;
    nextLf = buf.indexOf(LF, nextLf + 1);
  }
  return last;
}

/** Lines (1-based count of newlines + 1) in b[0..length). */
export function countNewlines(b: Uint8Array, length: number): number {
  const buf = Buffer.from(b.buffer, b.byteOffset, length);
  let n = 0;
  let i = buf.indexOf(LF);
  while (i >= 0) {
    n++;
    i = buf.indexOf(LF, i + 1);
  }
  return n;
}

export interface CsvRecord {
  /** The fields, or undefined when the quoting is broken. */
  readonly fields: string[] | undefined;
  /** The line the record starts on. */
  readonly line: number;
}

/** Every record of `text` (whole records), numbering lines from `firstLine`; blank lines are skipped. */
export function* csvRecords(text: string, firstLine: number): Generator<CsvRecord> {
  let line = firstLine;
  let pos = 0;
  const n = text.length;
  // The next quote at or after the scan position, found once (a search per record would rescan
  // the rest of the chunk every time when there are no quotes).
  let quote = text.indexOf('"');
  while (pos < n) {
    // Find the end of this record: the next newline outside quotes.
    let end = pos;
    let newlines = 0;
    let inQuotes = false;
    for (;;) {
      const lf = text.indexOf('\n', end);
      const stop = lf < 0 ? n : lf;
      while (quote >= 0 && quote < stop) {
        inQuotes = !inQuotes;
        quote = text.indexOf('"', quote + 1);
      }
      if (!inQuotes || lf < 0) {
        end = stop;
        break;
      }
      newlines++;
      end = lf + 1;
    }
    let record = text.slice(pos, end);
    if (record.endsWith('\r')) record = record.slice(0, -1);
    if (record.trim() !== '') yield { fields: record.includes('"') ? csvFields(record) : record.split(','), line };
    line += 1 + newlines;
    pos = end + 1;
  }
}
