// A database of this test file's own, cloned from the migrated template and dropped afterwards.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createPool } from '../../services/cleanroom/src/store/pool.js';
import { databaseUrl } from './urls.js';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly pool: pg.Pool;
  drop(): Promise<void>;
}

export function serverUrl(): string {
  return inject('serverUrl');
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: inject('serverUrl') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database; `migrated: false` gives an empty one (for migration tests). */
export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const template = inject('templateDatabase');
  const name = `cleanroom_t${randomBytes(5).toString('hex')}_${template.slice('cleanroom_tpl_'.length)}`;
  await adminQuery(options.migrated === false ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = databaseUrl(inject('serverUrl'), name);
  const pool = createPool(url, 10);
  return {
    url,
    name,
    pool,
    async drop() {
      await pool.end();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/** The dataset version tables in cleanroom_data (their hash partitions not listed), by name. */
export async function dataTables(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ t: string }>(
    `SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'cleanroom_data' AND c.relkind IN ('r', 'p') AND NOT c.relispartition ORDER BY 1`,
  );
  return rows.map((r) => r.t);
}

/** Every relation left in cleanroom_data (tables, partitions, indexes): what a dropped version must not leave. */
export async function dataRelations(pool: pg.Pool): Promise<string[]> {
  const { rows } = await pool.query<{ t: string }>(`SELECT c.relname AS t FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'cleanroom_data' ORDER BY 1`);
  return rows.map((r) => r.t);
}
