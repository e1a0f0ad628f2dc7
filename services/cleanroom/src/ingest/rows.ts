// Turns records into validated rows: an id hash (as 8 words) and each attribute's value(s) as UTF-8
// bytes. NDJSON: one JSON object per line, `{"id": "…", "<attribute>": "v" | ["v", …] | null}`.
// CSV: a header naming `id` and attribute columns, then one record per id; several values of a
// partner attribute separated by "|". Well-formed lines take a byte-level fast path; anything
// unusual (escapes, other JSON types) goes through JSON.parse and the same checks.
import { csvFields } from '@cleanroom/contracts';
import { idDigestFault, type UploadAttribute } from '@cleanroom/policies';
import { AttributeCodec, badIdIssue, decodeIdInto, decodeIdString, isIssue, type Issue, type IssueCode } from './values.js';

export type UploadFormat = 'ndjson' | 'csv';

/** A value of one attribute in one row: absent, one value, or several (multi-valued). */
export type RowValue = Uint8Array | readonly Uint8Array[] | null;

export interface LocatedIssue extends Issue {
  readonly line: number;
  /** The column or key at fault, when there is one. */
  readonly field?: string | undefined;
}

export interface RowSink {
  /** A valid row; `id` and `values` are reused for the next row. */
  row(id: Int32Array, values: readonly RowValue[]): void;
  /** A row with at least one issue (`issues` are its first few; the array is reused for the next row). */
  rejected(issues: readonly LocatedIssue[]): void;
}

const ID_KEY = 'id';
const MULTI_SEPARATOR = '|';
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** b[start..end) as text; undefined if it is not valid UTF-8. ASCII (the usual case) is decoded cheaply. */
function utf8(b: Buffer, start: number, end: number): string | undefined {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (b[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return b.toString('latin1', start, end);
  try {
    return UTF8.decode(b.subarray(start, end));
  } catch {
    return undefined;
  }
}

export class RowReader {
  readonly #codecs: AttributeCodec[];
  readonly #names: Buffer[];
  readonly #byName = new Map<string, number>();
  readonly #id = new Int32Array(8);
  readonly #values: RowValue[];
  readonly #seen: boolean[];
  /** The current row's issues (reused: the sink copies what it keeps). */
  readonly #issues: LocatedIssue[] = [];
  #line = 0;
  /** CSV: the column → attribute index map from the header (-1: the id); undefined before it. */
  #columns: number[] | undefined;
  /** CSV: a header fault makes every row meaningless; rows are then only counted. */
  #headerFailed = false;
  #idSet = false;
  #rowCapped = false;
  /** Data rows seen (blank lines and the CSV header excluded). */
  rows = 0;
  /** Rows whose multi-valued attribute held more values than the cap. */
  capped = 0;

  constructor(
    readonly format: UploadFormat,
    readonly side: 'brand' | 'partner',
    readonly attributes: readonly UploadAttribute[],
    private readonly sink: RowSink,
  ) {
    this.#codecs = attributes.map((a) => new AttributeCodec(a));
    this.#names = attributes.map((a) => Buffer.from(a.name, 'utf8'));
    attributes.forEach((a, i) => this.#byName.set(a.name, i));
    this.#values = attributes.map(() => null);
    this.#seen = attributes.map(() => false);
  }

  /** One record from the splitter. */
  record(b: Buffer, start: number, end: number, line: number, quoted = true): void {
    if (isBlank(b, start, end)) return;
    if (this.format === 'csv' && this.#columns === undefined) {
      this.#header(b, start, end, line);
      return;
    }
    this.rows++;
    if (this.#headerFailed) return;
    this.#begin(line);
    if (this.format === 'ndjson') {
      if (!this.#ndjsonFast(b, start, end)) {
        this.#begin(line);
        this.#ndjsonSlow(b, start, end);
      }
    } else {
      this.#csvRow(b, start, end, quoted);
    }
    this.#finish();
  }

  /** A record over the size cap: it counts as a rejected row. */
  tooLong(line: number): void {
    this.rows++;
    this.sink.rejected([{ line, code: 'line_too_long', message: 'the line is longer than 1 MiB' }]);
  }

  /** End of body: a CSV body without even a header has no id column. */
  end(): void {
    if (this.format === 'csv' && this.#columns === undefined) {
      this.sink.rejected([{ line: 1, code: 'missing_id_column', message: 'the CSV has no header row naming an "id" column' }]);
    }
  }

  // ---- one row ----

  #begin(line: number): void {
    this.#line = line;
    this.#issues.length = 0;
    this.#values.fill(null);
    this.#seen.fill(false);
    this.#idSet = false;
    this.#rowCapped = false;
  }

  #problem(code: IssueCode, message: string, field?: string): void {
    if (this.#issues.length < 5) this.#issues.push(field === undefined ? { line: this.#line, code, message } : { line: this.#line, code, message, field });
  }

  #finish(): void {
    if (!this.#idSet && this.#issues.length === 0) this.#problem('missing_id', 'the row has no id');
    if (this.#rowCapped && this.#issues.length === 0) this.capped++;
    if (this.#issues.length > 0) this.sink.rejected(this.#issues);
    else this.sink.row(this.#id, this.#values);
  }

  #setIdBytes(b: Buffer, start: number, end: number): void {
    if (this.#idSet) return this.#problem('duplicate_field', 'the row names "id" twice', ID_KEY);
    this.#idSet = true;
    let s = start;
    let e = end;
    while (s < e && (b[s] === 32 || b[s] === 9)) s++;
    while (e > s && (b[e - 1] === 32 || b[e - 1] === 9)) e--;
    if (!decodeIdInto(b, s, e, this.#id)) this.#badId(utf8(b, start, end) ?? '');
    else this.#checkDigest();
  }

  #setIdString(text: string): void {
    if (this.#idSet) return this.#problem('duplicate_field', 'the row names "id" twice', ID_KEY);
    this.#idSet = true;
    if (!decodeIdString(text, this.#id)) this.#badId(text);
    else this.#checkDigest();
  }

  /** A well-formed id must also be plausibly a uniform digest (not a zero-padded number, say). */
  #checkDigest(): void {
    const fault = idDigestFault(this.#id);
    if (fault) this.#problem('ids_not_digests', fault.message, ID_KEY);
  }

  #badId(text: string): void {
    const i = badIdIssue(text);
    this.#problem(i.code, i.message, ID_KEY);
  }

  /** The index of the attribute named by b[start..end), or -1. */
  #attributeAt(b: Buffer, start: number, end: number): number {
    const len = end - start;
    for (let i = 0; i < this.#names.length; i++) {
      const name = this.#names[i]!;
      if (name.length !== len) continue;
      let j = 0;
      while (j < len && name[j] === b[start + j]) j++;
      if (j === len) return i;
    }
    return -1;
  }

  /** The attribute index of `name`, or -1 after reporting it. */
  #attribute(name: string): number {
    const index = this.#byName.get(name);
    if (index === undefined) {
      this.#problem('attribute_not_allowed', `${describeName(name)} is not an attribute this agreement allows for your side`, fieldName(name));
      return -1;
    }
    if (this.#seen[index]) {
      this.#problem('duplicate_field', `the row names "${name}" twice`, name);
      return -1;
    }
    this.#seen[index] = true;
    return index;
  }

  /** A CSV field or an NDJSON string: partner CSV fields may list several values separated by "|". */
  #setValue(index: number, raw: string, csv: boolean): void {
    if (this.side === 'partner') return this.#setValues(index, csv ? raw.split(MULTI_SEPARATOR) : [raw]);
    const codec = this.#codecs[index]!;
    const v = codec.encode(raw);
    if (isIssue(v)) this.#problem(v.code, v.message, codec.spec.name);
    else this.#values[index] = v;
  }

  /** Several values: de-duplicated, capped at the attribute's maxValuesPerId, sorted (partner side only). */
  #setValues(index: number, raws: readonly unknown[]): void {
    const codec = this.#codecs[index]!;
    const { name, maxValuesPerId, multi } = codec.spec;
    if (this.side === 'brand') return this.#problem('not_multi_valued', `"${name}" takes one value per id`, name);
    const kept: Uint8Array[] = [];
    let over = false;
    for (const raw of raws) {
      if (typeof raw !== 'string') return this.#problem('invalid_value', `"${name}" values must be strings`, name);
      const v = codec.encode(raw);
      if (isIssue(v)) return this.#problem(v.code, v.message, name);
      // Codec bytes are shared per distinct value: identity is equality.
      if (v === null || kept.includes(v)) continue;
      if (kept.length >= maxValuesPerId) {
        over = true;
        continue;
      }
      kept.push(v);
    }
    if (over) this.#rowCapped = true;
    if (kept.length === 0) return;
    this.#values[index] = multi ? kept.sort((a, b) => Buffer.compare(a, b)) : kept[0]!;
  }

  // ---- NDJSON ----

  /**
   * A flat object whose keys and string values have no escapes. Returns false (nothing decided) for
   * anything else; the slow path then parses the line.
   */
  #ndjsonFast(b: Buffer, start: number, end: number): boolean {
    let p = skipWs(b, start, end);
    if (b[p] !== 0x7b) return false; // {
    p = skipWs(b, p + 1, end);
    if (b[p] === 0x7d) return false; // {} — let the slow path report it
    for (;;) {
      if (b[p] !== 0x22) return false;
      const keyEnd = plainStringEnd(b, p + 1, end);
      if (keyEnd < 0) return false;
      const keyStart = p + 1;
      p = skipWs(b, keyEnd + 1, end);
      if (b[p] !== 0x3a) return false; // :
      p = skipWs(b, p + 1, end);
      const isId = keyEnd - keyStart === 2 && b[keyStart] === 0x69 && b[keyStart + 1] === 0x64;
      if (isId) {
        if (b[p] !== 0x22) return false;
        const ve = plainStringEnd(b, p + 1, end);
        if (ve < 0) return false;
        this.#setIdBytes(b, p + 1, ve);
        p = ve + 1;
      } else {
        const c = b[p];
        if (c === 0x22 && this.side === 'brand') {
          // The common case without making strings: a known attribute and a value seen before.
          const index = this.#attributeAt(b, keyStart, keyEnd);
          const ve = index >= 0 && !this.#seen[index] ? plainStringEnd(b, p + 1, end) : -1;
          const known = ve >= 0 ? this.#codecs[index]!.lookup(b, p + 1, ve) : undefined;
          if (known !== undefined) {
            this.#seen[index] = true;
            this.#values[index] = known;
            p = skipWs(b, ve + 1, end);
            if (b[p] === 0x2c) {
              p = skipWs(b, p + 1, end);
              continue;
            }
            if (b[p] === 0x7d) return skipWs(b, p + 1, end) === end;
            return false;
          }
        }
        const name = utf8(b, keyStart, keyEnd);
        if (name === undefined) return false;
        if (c === 0x22) {
          const ve = plainStringEnd(b, p + 1, end);
          if (ve < 0) return false;
          const value = utf8(b, p + 1, ve);
          if (value === undefined) return false;
          const index = this.#attribute(name);
          if (index >= 0) this.#setValue(index, value, false);
          p = ve + 1;
        } else if (c === 0x5b) {
          const list: string[] = [];
          p = skipWs(b, p + 1, end);
          if (b[p] === 0x5d) p++;
          else {
            for (;;) {
              if (b[p] !== 0x22) return false;
              const ve = plainStringEnd(b, p + 1, end);
              if (ve < 0) return false;
              const value = utf8(b, p + 1, ve);
              if (value === undefined) return false;
              list.push(value);
              p = skipWs(b, ve + 1, end);
              if (b[p] === 0x2c) p = skipWs(b, p + 1, end);
              else if (b[p] === 0x5d) {
                p++;
                break;
              } else return false;
            }
          }
          const index = this.#attribute(name);
          if (index >= 0) this.#setValues(index, list);
        } else if (c === 0x6e && b[p + 1] === 0x75 && b[p + 2] === 0x6c && b[p + 3] === 0x6c) {
          this.#attribute(name);
          p += 4;
        } else {
          return false;
        }
      }
      p = skipWs(b, p, end);
      if (b[p] === 0x2c) {
        p = skipWs(b, p + 1, end);
        continue;
      }
      if (b[p] === 0x7d) {
        p = skipWs(b, p + 1, end);
        return p === end;
      }
      return false;
    }
  }

  #ndjsonSlow(b: Buffer, start: number, end: number): void {
    const text = utf8(b, start, end);
    if (text === undefined) return this.#problem('invalid_utf8', 'the line is not valid UTF-8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return this.#problem('malformed_row', 'the line is not a JSON object');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return this.#problem('malformed_row', 'the line is not a JSON object');
    }
    for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
      if (key === ID_KEY) {
        if (typeof value !== 'string') this.#problem('id_not_a_digest', 'the id must be a string: 64 hex digits or 43 base64url characters', ID_KEY);
        else this.#setIdString(value);
        continue;
      }
      const index = this.#attribute(key);
      if (index < 0 || value === null) continue;
      if (typeof value === 'string') this.#setValue(index, value, false);
      else if (Array.isArray(value)) this.#setValues(index, value);
      else this.#problem('invalid_value', `"${key}" must be a string, a list of strings or null`, key);
    }
  }

  // ---- CSV ----

  #header(b: Buffer, start: number, end: number, line: number): void {
    const fields = csvRecordFields(b, start, end);
    const columns: number[] = [];
    const issues: LocatedIssue[] = [];
    const seen = new Set<string>();
    if (fields === undefined) {
      issues.push({ line, code: 'malformed_row', message: 'the header row is not valid CSV' });
    } else {
      for (const raw of fields) {
        const name = raw.trim();
        if (seen.has(name)) issues.push({ line, code: 'duplicate_field', message: `the header names ${describeName(name)} twice`, field: fieldName(name) });
        seen.add(name);
        if (name === ID_KEY) columns.push(-1);
        else {
          const index = this.#byName.get(name);
          if (index === undefined) {
            issues.push({ line, code: 'attribute_not_allowed', message: `${describeName(name)} is not an attribute this agreement allows for your side`, field: fieldName(name) });
          }
          columns.push(index ?? -2);
        }
      }
      if (!seen.has(ID_KEY)) issues.push({ line, code: 'missing_id_column', message: 'the header has no "id" column' });
    }
    this.#columns = columns;
    if (issues.length > 0) {
      this.#headerFailed = true;
      this.sink.rejected(issues.slice(0, 20));
    }
  }

  #csvRow(b: Buffer, start: number, end: number, quoted: boolean): void {
    const columns = this.#columns!;
    // Fast path: no quotes, split on commas, ids decoded straight from the bytes.
    if (!quoted) {
      let s = start;
      for (let col = 0; col < columns.length; col++) {
        let e = s;
        while (e < end && b[e] !== 0x2c) e++;
        if (col === columns.length - 1 && e !== end) return this.#problem('wrong_field_count', `expected ${columns.length} fields as in the header`);
        if (col < columns.length - 1 && e === end) return this.#problem('wrong_field_count', `expected ${columns.length} fields as in the header`);
        const target = columns[col]!;
        if (target === -1) this.#setIdBytes(b, s, e);
        else if (e > s) {
          const text = utf8(b, s, e);
          if (text === undefined) return this.#problem('invalid_utf8', 'the record is not valid UTF-8');
          this.#setValue(target, text, true);
        }
        s = e + 1;
      }
      return;
    }
    const fields = csvRecordFields(b, start, end);
    if (fields === undefined) return this.#problem('malformed_row', 'the record is not valid CSV (a quote is not closed or is followed by text)');
    if (fields.length !== columns.length) return this.#problem('wrong_field_count', `expected ${columns.length} fields as in the header`);
    for (const [col, text] of fields.entries()) {
      const target = columns[col]!;
      if (target === -1) this.#setIdString(text);
      else if (text !== '') this.#setValue(target, text, true);
    }
  }
}

// ---- helpers ----

function isBlank(b: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = b[i];
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

function skipWs(b: Buffer, p: number, end: number): number {
  while (p < end) {
    const c = b[p];
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) break;
    p++;
  }
  return p;
}

/** Index of the closing quote of a string starting at `p` without escapes or control bytes; -1 otherwise. */
function plainStringEnd(b: Buffer, p: number, end: number): number {
  for (let i = p; i < end; i++) {
    const c = b[i]!;
    if (c === 0x22) return i;
    if (c === 0x5c || c < 0x20) return -1;
  }
  return -1;
}

/** RFC 4180 fields of one record (the contract's splitter), or undefined when its quoting or UTF-8 is broken. */
function csvRecordFields(b: Buffer, start: number, end: number): string[] | undefined {
  const text = utf8(b, start, end);
  return text === undefined ? undefined : csvFields(text);
}

const NAME = /^[a-z][a-z0-9_]{0,39}$/;

/** A key or column name for a message: quoted when it is a plausible attribute name, else not echoed. */
function describeName(name: string): string {
  return NAME.test(name) ? `"${name}"` : 'a field that is not an attribute name';
}

function fieldName(name: string): string | undefined {
  return NAME.test(name) ? name : undefined;
}
