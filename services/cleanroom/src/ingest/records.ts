// Splits an upload body into records without holding more than one record: NDJSON lines, or CSV
// records (RFC 4180: a newline inside a quoted field does not end the record). Records carry the
// line they start on. A record longer than the cap is reported, then skipped without buffering.

export const MAX_RECORD_BYTES = 1024 * 1024;

export interface RecordHandler {
  /** One record: bytes b[start..end) without the line ending; `line` is 1-based; `quoted`: it holds a '"'. */
  record(b: Buffer, start: number, end: number, line: number, quoted: boolean): void;
  /** A record over MAX_RECORD_BYTES (it is skipped). */
  tooLong(line: number): void;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

export class RecordSplitter {
  #parts: Buffer[] = [];
  #partLength = 0;
  #line = 1; // the line the current record starts on
  #newlinesInRecord = 0;
  #quoteParity = 0;
  #skipping = false;
  /** Index of the next quote in the chunk being split (-1: none left). */
  #quote = -1;
  /** The record being split holds a quote. */
  #quoted = false;
  /** The body's first bytes until we know whether they are a byte order mark; undefined after. */
  #head: Buffer | undefined = Buffer.alloc(0);

  constructor(
    private readonly csv: boolean,
    private readonly handler: RecordHandler,
  ) {}

  push(chunk: Buffer): void {
    let b = chunk;
    if (this.#head !== undefined) {
      // A UTF-8 byte order mark (spreadsheet exports) is not data; it may arrive split.
      const head = Buffer.concat([this.#head, chunk]);
      if (head.length < BOM.length && BOM.subarray(0, head.length).equals(head)) {
        this.#head = head;
        return;
      }
      this.#head = undefined;
      b = head.subarray(0, BOM.length).equals(BOM) ? head.subarray(BOM.length) : head;
    }
    let pos = 0;
    let scan = 0;
    // The next quote in b, searched for once and again only when passed: a search per record
    // would scan the rest of the chunk each time when there are no quotes.
    this.#quote = this.csv ? b.indexOf(QUOTE) : -1;
    while (scan < b.length) {
      const nl = b.indexOf(LF, scan);
      if (nl < 0) break;
      if (this.csv && this.#inQuotesAfter(b, scan, nl)) {
        // The newline is inside a quoted field: the record goes on.
        this.#newlinesInRecord++;
        scan = nl + 1;
        continue;
      }
      this.#emit(b, pos, nl);
      pos = nl + 1;
      scan = pos;
    }
    if (pos < b.length) {
      if (this.csv) this.#inQuotesAfter(b, scan, b.length);
      this.#carry(b.subarray(pos));
    }
  }

  /** End of body: the last record may lack its newline. */
  end(): void {
    if (this.#head !== undefined && this.#head.length > 0) {
      const head = this.#head;
      this.#head = undefined;
      this.push(head);
    }
    if (this.#partLength > 0 || this.#skipping) this.#emit(Buffer.alloc(0), 0, 0);
  }

  /** Updates the quote parity over b[..to) (from the cached next quote) and says whether `to` is inside quotes. */
  #inQuotesAfter(b: Buffer, _from: number, to: number): boolean {
    while (this.#quote >= 0 && this.#quote < to) {
      this.#quoteParity ^= 1;
      this.#quoted = true;
      this.#quote = b.indexOf(QUOTE, this.#quote + 1);
    }
    return this.#quoteParity === 1;
  }

  #carry(rest: Buffer): void {
    if (this.#skipping) return;
    if (this.#partLength + rest.length > MAX_RECORD_BYTES) {
      this.#skipping = true;
      this.#parts = [];
      this.#partLength = 0;
      return;
    }
    // Copy: the chunk's memory may be reused by the stream.
    this.#parts.push(Buffer.from(rest));
    this.#partLength += rest.length;
  }

  #emit(b: Buffer, start: number, end: number): void {
    const line = this.#line;
    const quoted = this.#quoted;
    this.#line += 1 + this.#newlinesInRecord;
    this.#newlinesInRecord = 0;
    this.#quoteParity = 0;
    this.#quoted = false;
    if (this.#skipping || this.#partLength + (end - start) > MAX_RECORD_BYTES) {
      this.#skipping = false;
      this.#parts = [];
      this.#partLength = 0;
      this.handler.tooLong(line);
      return;
    }
    let buf = b;
    let s = start;
    let e = end;
    if (this.#partLength > 0) {
      buf = Buffer.concat([...this.#parts, b.subarray(start, end)]);
      s = 0;
      e = buf.length;
      this.#parts = [];
      this.#partLength = 0;
    }
    if (e > s && buf[e - 1] === CR) e--;
    this.handler.record(buf, s, e, line, quoted);
  }
}
