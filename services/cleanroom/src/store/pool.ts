// The connection pool: one per process, the same code path for the embedded and a real server.
import pg from 'pg';

// int8 as a JS bigint-free string is pg's default; counts we read are converted where they are used.
export function createPool(url: string, max = 10): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5_000,
    // Off by default in PostgreSQL (planning cost); our joins are between tables hash-partitioned
    // alike, where joining and counting partition by partition is what makes them scale.
    options: '-c enable_partitionwise_join=on -c enable_partitionwise_aggregate=on',
  });
  // An idle client that loses its server (restart, network cut) must not crash the process; the
  // pool discards it and the next query gets a fresh connection.
  pool.on('error', () => undefined);
  // …and neither may one checked out between two queries (an upload's client while its body
  // arrives): pg emits 'error' on the client, which with no listener ends the process. The next
  // query on it fails instead, and the request answers 503 (store/unavailable.ts).
  pool.on('connect', (client) => client.on('error', () => undefined));
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
