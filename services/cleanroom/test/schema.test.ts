// Done means (issue 2, item 4): the committed schema snapshot equals a fresh migrate, and the check
// notices a migration that changes the schema without the snapshot being updated.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, migrate } from '../src/store/migrate.js';
import { SNAPSHOT_PATH, snapshotSchema } from '../src/store/schema-snapshot.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.js';

describe('schema snapshot', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => db.drop());

  it('the committed snapshot matches a freshly migrated database (run npm run schema:update after a migration)', async () => {
    await migrate(db.pool);
    expect(await snapshotSchema(db.pool)).toBe(await readFile(SNAPSHOT_PATH, 'utf8'));
  });

  it('a schema-changing migration without an updated snapshot is detected', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrations-'));
    try {
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const next = String((await readdir(dir)).filter((f) => f.endsWith('.sql')).length + 1).padStart(6, '0');
      await writeFile(join(dir, `${next}-extra-column.sql`), 'ALTER TABLE organizations ADD COLUMN extra text;\n');
      expect(await migrate(db.pool, dir)).toEqual([`${next}-extra-column.sql`]);
      const snapshot = await snapshotSchema(db.pool);
      expect(snapshot).not.toBe(await readFile(SNAPSHOT_PATH, 'utf8'));
      expect(snapshot).toContain('extra text NULL');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
