// A textual snapshot of the schema that migrations build (tables, columns, constraints, indexes,
// triggers, functions of the `public` schema), read from the catalogs so it does not depend on the
// pg_dump version. Committed as schema.sql; a test compares it with a freshly migrated database.
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const SNAPSHOT_PATH = fileURLToPath(new URL('../../schema.sql', import.meta.url));

export async function snapshotSchema(db: pg.Pool | pg.PoolClient): Promise<string> {
  const lines: string[] = ['-- Schema snapshot made by `npm run schema:update` from a freshly migrated database. Do not edit.'];
  const columns = await db.query<{ t: string; c: string; type: string; nullable: string; def: string | null }>(
    `SELECT c.relname AS t, a.attname AS c, format_type(a.atttypid, a.atttypmod) AS type,
            CASE WHEN a.attnotnull THEN 'NOT NULL' ELSE 'NULL' END AS nullable,
            pg_get_expr(d.adbin, d.adrelid) AS def
       FROM pg_class c
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
       LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
      WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v')
      ORDER BY c.relname, a.attnum`,
  );
  let table = '';
  for (const r of columns.rows) {
    if (r.t !== table) {
      table = r.t;
      lines.push('', `TABLE ${table}`);
    }
    lines.push(`  ${r.c} ${r.type} ${r.nullable}${r.def ? ` DEFAULT ${r.def}` : ''}`);
  }
  const constraints = await db.query<{ t: string; name: string; def: string }>(
    `SELECT conrelid::regclass::text AS t, conname AS name, pg_get_constraintdef(oid, true) AS def
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid <> 0
      ORDER BY 1, 2`,
  );
  lines.push('', 'CONSTRAINTS', ...constraints.rows.map((r) => `  ${r.t}.${r.name}: ${r.def}`));
  const indexes = await db.query<{ def: string }>(`SELECT indexdef AS def FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`);
  lines.push('', 'INDEXES', ...indexes.rows.map((r) => `  ${r.def}`));
  const triggers = await db.query<{ def: string }>(
    `SELECT pg_get_triggerdef(t.oid, true) AS def FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal ORDER BY c.relname, t.tgname`,
  );
  lines.push('', 'TRIGGERS', ...triggers.rows.map((r) => `  ${r.def}`));
  const functions = await db.query<{ def: string }>(
    `SELECT pg_get_functiondef(p.oid) AS def FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace ORDER BY p.proname, p.oid::regprocedure::text`,
  );
  lines.push('', 'FUNCTIONS', ...functions.rows.map((r) => r.def.trim()));
  return lines.join('\n') + '\n';
}
