// The connection pool: one per process, the same code path for the embedded and a real server.
import pg from 'pg';

// int8 as a JS bigint-free string is pg's default; counts we read are converted where they are used.
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 5_000 });
  // An idle client that loses its server (restart, network cut) must not crash the process; the
  // pool discards it and the next query gets a fresh connection.
  pool.on('error', () => undefined);
  return pool;
}

/** Runs `fn` in a transaction on one client; rolls back on any error. */
export async function inTransaction<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await fn(client);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    client.release();
  }
}
