import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, pendingMigrations } from '../src/store/migrate.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/db.js';

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ migrated: false });
  });
  afterAll(async () => db.drop());

  it('apply concurrently and twice without error', async () => {
    const runs = await Promise.all([migrate(db.pool), migrate(db.pool), migrate(db.pool)]);
    const appliedOnce = runs.flat();
    expect(appliedOnce.length).toBeGreaterThan(0);
    expect(new Set(appliedOnce).size).toBe(appliedOnce.length);
    expect(await migrate(db.pool)).toEqual([]);
    expect(await pendingMigrations(db.pool)).toBe(0);
  });
});
