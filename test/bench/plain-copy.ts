// The ingest baseline, shared by ingest.ts and scale.ts: the very tokens (and values) a stored
// dataset version holds, loaded again by plain binary COPY into a fresh table of the same shape —
// the service's own DDL and COPY statement, then the primary key and ANALYZE — in a transaction
// that is rolled back. That is PostgreSQL's own limit for what an upload has to do.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import { randomBase32 } from '../../services/cleanroom/src/ids.js';
import { copyIntoSql, createDataTable, dataTable, type DatasetAttributeColumn } from '../../services/cleanroom/src/store/datasets.js';

export interface StoredRows {
  readonly file: string;
  readonly attributes: readonly DatasetAttributeColumn[];
  /** The version's partition count (1: one plain table). */
  readonly partitions: number;
}

/** Writes a version's rows to `file` in COPY binary format. */
export async function dumpDataset(pool: pg.Pool, datasetId: string, file: string): Promise<StoredRows> {
  const { rows } = await pool.query<{ attributes: DatasetAttributeColumn[]; partitions: number | null }>('SELECT attributes, partitions FROM datasets WHERE id = $1', [datasetId]);
  if (!rows[0]) throw new Error(`no dataset ${datasetId}`);
  const { attributes } = rows[0];
  const client = await pool.connect();
  try {
    const columns = ['token', ...attributes.map((a) => `"${a.column}"`)].join(', ');
    await pipeline(client.query(copyTo(`COPY (SELECT ${columns} FROM ${dataTable(datasetId)}) TO STDOUT (FORMAT binary)`)), createWriteStream(file));
  } finally {
    client.release();
  }
  return { file, attributes, partitions: rows[0].partitions ?? 1 };
}

/** Times COPY, then COPY + primary key + ANALYZE, into a new table with `partitions` (default: the version's). */
export async function plainCopy(pool: pg.Pool, stored: StoredRows, partitions = stored.partitions): Promise<{ copyMs: number; totalMs: number }> {
  const id = `ds_${randomBase32(26)}`;
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await createDataTable(client, id, stored.attributes, partitions);
    const t0 = performance.now();
    await pipeline(createReadStream(stored.file, { highWaterMark: 1 << 20 }), client.query(copyFrom(copyIntoSql(id, stored.attributes, partitions))));
    const copyMs = performance.now() - t0;
    await client.query(`ALTER TABLE ${dataTable(id)} ADD PRIMARY KEY (token)`);
    await client.query(`ANALYZE ${dataTable(id)}`);
    return { copyMs, totalMs: performance.now() - t0 };
  } finally {
    await client.query('ROLLBACK');
    client.release();
  }
}
