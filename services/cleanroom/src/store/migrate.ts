// Forward-only migrations: numbered .sql files, each applied in its own transaction that records it
// first, serialised across instances by an advisory lock (so two services starting at once agree).
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../migrations/', import.meta.url));

/** Arbitrary but fixed: the advisory lock id that serialises migration runs. */
const MIGRATION_LOCK_ID = 0x636c6e72; // "clnr"

export interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

export async function loadMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{6}-[a-z0-9-]+\.sql$/.test(f)).sort();
  const migrations: Migration[] = [];
  for (const [index, file] of files.entries()) {
    const id = Number(file.slice(0, 6));
    if (id !== index + 1) throw new Error(`migration ${file}: expected number ${String(index + 1).padStart(6, '0')}`);
    migrations.push({ id, name: file, sql: await readFile(`${dir}/${file}`, 'utf8') });
  }
  return migrations;
}

/** Applies every pending migration; returns the names applied by this call. */
export async function migrate(pool: pg.Pool, dir: string = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = await loadMigrations(dir);
  const client = await pool.connect();
  const applied: string[] = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS cleanroom_migrations (
         id integer PRIMARY KEY,
         name text NOT NULL,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const done = new Set(
      (await client.query<{ id: number }>('SELECT id FROM cleanroom_migrations')).rows.map((r) => r.id),
    );
    for (const m of migrations) {
      if (done.has(m.id)) continue;
      await client.query('BEGIN');
      try {
        await client.query('INSERT INTO cleanroom_migrations (id, name) VALUES ($1, $2)', [m.id, m.name]);
        await client.query(m.sql);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.name} failed`, { cause: err });
      }
      applied.push(m.name);
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => undefined);
    client.release();
  }
  return applied;
}

/** Number of known migrations not yet applied (readiness). */
export async function pendingMigrations(pool: pg.Pool, dir: string = MIGRATIONS_DIR): Promise<number> {
  const migrations = await loadMigrations(dir);
  const exists = await pool.query<{ t: string | null }>("SELECT to_regclass('cleanroom_migrations')::text AS t");
  if (!exists.rows[0]?.t) return migrations.length;
  const { rows } = await pool.query<{ n: string }>('SELECT count(*) AS n FROM cleanroom_migrations');
  return migrations.length - Number(rows[0]?.n ?? 0);
}
