// Writes services/cleanroom/schema.sql from a freshly migrated database: DATABASE_URL's server, or
// an embedded one when unset. The test `schema snapshot` fails when the committed file is stale.
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/store/embedded-postgres.js';
import { migrate } from '../src/store/migrate.js';
import { createPool } from '../src/store/pool.js';
import { SNAPSHOT_PATH, snapshotSchema } from '../src/store/schema-snapshot.js';

const embedded = process.env.DATABASE_URL
  ? undefined
  : await startEmbeddedPostgres({ dir: join(tmpdir(), `cleanroom-schema-${randomBytes(4).toString('hex')}`, 'pg'), ephemeral: true });
const serverUrl = process.env.DATABASE_URL ?? embedded!.url;
const name = `cleanroom_schema_${randomBytes(4).toString('hex')}`;
const admin = createPool(serverUrl, 1);
await admin.query(`CREATE DATABASE ${name}`);
try {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = createPool(url.toString(), 2);
  await migrate(pool);
  await writeFile(SNAPSHOT_PATH, await snapshotSchema(pool));
  await pool.end();
  console.log(`schema:update: wrote ${SNAPSHOT_PATH}`);
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  await embedded?.stop();
}
