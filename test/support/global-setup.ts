// Test database: the real PostgreSQL named by DATABASE_URL, or an embedded one started here. A
// template database is migrated once; each test file clones its own from it (test/support/db.ts).
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../services/cleanroom/src/store/embedded-postgres.js';
import { migrate } from '../../services/cleanroom/src/store/migrate.js';
import { createPool } from '../../services/cleanroom/src/store/pool.js';
import { databaseUrl } from './urls.js';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
    embedded: boolean;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    embedded = await startEmbeddedPostgres({
      dir: join(tmpdir(), `cleanroom-test-${randomBytes(6).toString('hex')}`, 'pg'),
      ephemeral: true,
    });
    serverUrl = embedded.url;
  }
  const template = `cleanroom_tpl_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${template}`);
  const pool = createPool(databaseUrl(serverUrl, template), 2);
  await migrate(pool);
  await pool.end();

  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', template);
  project.provide('embedded', embedded !== undefined);

  return async () => {
    // Test files drop their own databases; anything left (a crashed file) goes with the template.
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'cleanroom_t%' AND datname LIKE $1",
      [`%${template.slice('cleanroom_tpl_'.length)}%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    await admin.end();
    await embedded?.stop();
  };
}
