// Synthetic benchmark data, shared by insights.ts and scale.ts: the agreement both benchmarks use, and
// datasets generated directly in PostgreSQL through the store API (tokens from md5 of a sequence, the
// brand's value tier, the partner's three context attributes) and published as versions, so that the
// time goes to what is measured rather than to uploading. Id i gets the same token and values
// wherever it is generated, so the same rows can be made on other servers (the sharding workers).
import type pg from 'pg';
import { randomBase32 } from '../../services/cleanroom/src/ids.js';
import { inTransaction } from '../../services/cleanroom/src/store/pool.js';
import {
  analyzeTable,
  createDataTable,
  dataTable,
  indexAndDeduplicate,
  insertLoading,
  lockUploadSlot,
  publish,
  type DatasetAttributeColumn,
  type DatasetSide,
} from '../../services/cleanroom/src/store/datasets.js';

const CATEGORIES = ['news', 'sports', 'cooking', 'travel', 'tech', 'music', 'finance', 'health'];

/** The benchmark agreement: value tier × content category (up to 3 per id), daypart, device. */
export function benchPolicy(brand: string, partner: string): Record<string, unknown> {
  return {
    purpose: 'benchmark',
    parties: { brand, partner },
    identity: { profile: 'email' },
    brandAttributes: ['value_tier'],
    partnerAttributes: { content_category: { maxValuesPerId: 3 }, daypart: {}, device: {} },
    insights: ['overlap', 'context'],
    minCohort: 50,
    privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 50, delta: 1e-9 },
    attributeValues: { value_tier: ['high', 'mid', 'low'], content_category: CATEGORIES, daypart: ['morning', 'daytime', 'evening', 'night'], device: ['mobile', 'desktop', 'tv'] },
    validUntil: '2099-01-01T00:00:00Z',
    retentionDays: 30,
  };
}

export const ATTRIBUTES: Readonly<Record<DatasetSide, DatasetAttributeColumn[]>> = {
  brand: [{ name: 'value_tier', column: 'a_value_tier', multi: false }],
  partner: [
    { name: 'content_category', column: 'a_content_category', multi: true },
    { name: 'daypart', column: 'a_daypart', multi: false },
    { name: 'device', column: 'a_device', multi: false },
  ],
};

const TOKEN = `('x' || substr(md5(i::text), 1, 16))::bit(64)::bigint`;
const COLUMNS: Readonly<Record<DatasetSide, string>> = {
  brand: `(ARRAY['high','mid','low'])[1 + i % 3]`,
  partner: `(ARRAY[${CATEGORIES.map((c) => `'${c}'`).join(',')}])[1 + i % 8 : 1 + i % 8 + i % 3],
            (ARRAY['morning','daytime','evening','night'])[1 + i % 4],
            (ARRAY['mobile','desktop','tv'])[1 + i % 3]`,
};

/**
 * A SELECT of the rows of ids first … first+count-1 of one side (token, then the attribute columns).
 * `where` filters on the token's expression (named by its argument): computed once per row, in a
 * subquery the planner may not flatten.
 */
export function syntheticRows(side: DatasetSide, first: number, count: number, where?: (token: string) => string): string {
  const source = `generate_series(${first}, ${first + count - 1}) AS i`;
  if (where === undefined) return `SELECT ${TOKEN}, ${COLUMNS[side]} FROM ${source}`;
  return `SELECT t, ${COLUMNS[side]} FROM (SELECT i, ${TOKEN} AS t FROM ${source} OFFSET 0) s WHERE ${where('t')}`;
}

/** Loads `rows` into a new version's table as an upload would (partitioned alike, indexed, analysed) and publishes it. */
export async function generateDataset(
  pool: pg.Pool,
  d: { agreementId: string; side: DatasetSide; createdBy: string; partitions: number; rows: string },
): Promise<{ id: string; table: string; rows: number; seconds: number }> {
  const id = `ds_${randomBase32(26)}`;
  const attributes = ATTRIBUTES[d.side];
  const t0 = performance.now();
  // Held as an upload holds it: the service removes a `loading` version whose slot nobody holds.
  // The session is closed afterwards rather than returned to the pool, which releases the lock whatever happened.
  const slot = await pool.connect();
  try {
    if (!(await lockUploadSlot(slot, d.agreementId, d.side, 5_000))) throw new Error(`the ${d.side} upload slot of ${d.agreementId} is taken`);
    await insertLoading(pool, { id, agreementId: d.agreementId, side: d.side, version: 1, saltCheck: 'b'.repeat(64), attributes, partitions: d.partitions, idempotencyKey: null, createdBy: d.createdBy });
    const rows = await inTransaction(pool, async (client) => {
      await createDataTable(client, id, attributes, d.partitions);
      await client.query(`INSERT INTO ${dataTable(id)} ${d.rows}`);
      const duplicates = await indexAndDeduplicate(client, id);
      await analyzeTable(client, id);
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${dataTable(id)}`);
      const n = Number(rows[0]!.n);
      await publish(client, { id, agreementId: d.agreementId, side: d.side, rows: n, duplicates, attributes, requestHash: null, result: () => ({ generated: true }), previousId: null });
      return n;
    });
    return { id, table: dataTable(id), rows, seconds: (performance.now() - t0) / 1000 };
  } finally {
    slot.release(true);
  }
}

/**
 * What one would write in plain SQL for the same answers: the overlap (by a brand column, or in
 * total) and the overlap by content category.
 */
export function plainJoins(brandTable: string, partnerTable: string, overlapBy: string | null): string[] {
  return [
    overlapBy === null
      ? `SELECT count(*) FROM ${brandTable} b JOIN ${partnerTable} p USING (token)`
      : `SELECT b.${overlapBy}, count(*) FROM ${brandTable} b JOIN ${partnerTable} p USING (token) GROUP BY 1`,
    `SELECT v, count(*) FROM ${brandTable} b JOIN ${partnerTable} p USING (token) CROSS JOIN LATERAL unnest(p.a_content_category) AS v GROUP BY v`,
  ];
}
