// PostgreSQL's binary COPY format (https://www.postgresql.org/docs/current/sql-copy.html, "Binary
// Format"): a signature header, then per tuple an int16 field count and per field an int32 length
// (-1 for NULL) and the value in the type's binary send format, then an int16 -1 trailer. The
// writer fills fixed-size chunks and hands each one on when full, so memory does not grow with the
// number of rows.

/** "PGCOPY\n\377\r\n\0", flags (int32 0: no OIDs), header extension length (int32 0). */
export const COPY_HEADER: Buffer = Buffer.concat([Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1'), Buffer.alloc(8)]);
export const COPY_TRAILER: Buffer = Buffer.from([0xff, 0xff]);

/** Writes the 8 big-endian bytes of the token of a 32-byte message (as 8 words). */
export interface TokenSource {
  tokenInto(message: Int32Array, out: Uint8Array, offset: number): void;
}

/** The OID of `text`, the element type of the text[] columns. */
const TEXT_OID = 25;

export class CopyWriter {
  #chunk: Buffer;
  #pos = 0;

  constructor(
    private readonly chunkSize: number,
    private readonly emit: (chunk: Buffer) => void,
  ) {
    this.#chunk = Buffer.allocUnsafe(chunkSize);
  }

  /** Makes room for `n` more bytes, handing on the filled chunk first when needed. */
  reserve(n: number): void {
    if (this.#pos + n <= this.#chunk.length) return;
    this.flush();
    if (n > this.#chunk.length) this.#chunk = Buffer.allocUnsafe(Math.max(n, this.chunkSize));
  }

  /** Hands on what has been written so far. */
  flush(): void {
    if (this.#pos === 0) return;
    this.emit(this.#chunk.subarray(0, this.#pos));
    this.#chunk = Buffer.allocUnsafe(this.chunkSize);
    this.#pos = 0;
  }

  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.#chunk.set(bytes, this.#pos);
    this.#pos += bytes.length;
  }

  /** Starts a tuple of `fields` fields; the caller has reserved room for the whole tuple. */
  tupleStart(fields: number): void {
    this.#chunk.writeInt16BE(fields, this.#pos);
    this.#pos += 2;
  }

  /** An int8 field: the token of `message` (written big-endian by `source`). Reserved room required. */
  token(source: TokenSource, message: Int32Array): void {
    this.#chunk.writeInt32BE(8, this.#pos);
    source.tokenInto(message, this.#chunk, this.#pos + 4);
    this.#pos += 12;
  }

  /** An int8 field whose 8 bytes are left for later; returns their offset in the current chunk. */
  tokenGap(): number {
    this.#chunk.writeInt32BE(8, this.#pos);
    const at = this.#pos + 4;
    this.#pos += 12;
    return at;
  }

  null(): void {
    this.#chunk.writeInt32BE(-1, this.#pos);
    this.#pos += 4;
  }

  /** A text field from its UTF-8 bytes. Reserved room required. */
  text(utf8: Uint8Array): void {
    this.#chunk.writeInt32BE(utf8.length, this.#pos);
    this.#chunk.set(utf8, this.#pos + 4);
    this.#pos += 4 + utf8.length;
  }

  /** A one-dimensional text[] without NULL elements. Reserved room required (see textArraySize). */
  textArray(values: readonly Uint8Array[]): void {
    const c = this.#chunk;
    let p = this.#pos;
    c.writeInt32BE(textArraySize(values) - 4, p);
    p += 4;
    if (values.length === 0) {
      c.writeInt32BE(0, p); // ndim 0: the empty array
      c.writeInt32BE(0, p + 4);
      c.writeInt32BE(TEXT_OID, p + 8);
      this.#pos = p + 12;
      return;
    }
    c.writeInt32BE(1, p); // ndim
    c.writeInt32BE(0, p + 4); // no NULL elements
    c.writeInt32BE(TEXT_OID, p + 8);
    c.writeInt32BE(values.length, p + 12); // dimension size
    c.writeInt32BE(1, p + 16); // lower bound
    p += 20;
    for (const v of values) {
      c.writeInt32BE(v.length, p);
      c.set(v, p + 4);
      p += 4 + v.length;
    }
    this.#pos = p;
  }
}

/** Bytes a text[] field takes, its int32 length word included. */
export function textArraySize(values: readonly Uint8Array[]): number {
  if (values.length === 0) return 4 + 12;
  let n = 4 + 20;
  for (const v of values) n += 4 + v.length;
  return n;
}
