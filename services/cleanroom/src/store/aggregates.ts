// The exact aggregates a release is computed from: one SQL join over the current dataset versions
// (DESIGN §6). Base distributions of one dataset version never change, so they are cached in memory
// by dataset id. Nothing computed here leaves the service except through policies' buildRelease.
import type pg from 'pg';
import { cellKeyString, type ExactCounts, type ReleasePlan } from '@cleanroom/policies';
import type { CurrentDataset } from './datasets.js';

type Queryable = pg.Pool | pg.PoolClient;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function columnOf(dataset: CurrentDataset, attribute: string): { column: string; multi: boolean } {
  const a = dataset.attributes.find((x) => x.name === attribute);
  if (!a) throw new Error(`dataset ${dataset.id} has no attribute ${attribute}`);
  return { column: quoteIdent(a.column), multi: a.multi };
}

/** `[values…]` of a multi-valued column capped at the contribution bound, or the single value. */
function valuesExpr(alias: string, col: { column: string; multi: boolean }, capParam: string): string {
  return col.multi ? `unnest(${alias}.${col.column}[1:${capParam}])` : `unnest(ARRAY[${alias}.${col.column}])`;
}

const baseCache = new Map<string, Map<string, bigint>>();
const BASE_CACHE_LIMIT = 256;

async function cachedBase(key: string, compute: () => Promise<Map<string, bigint>>): Promise<Map<string, bigint>> {
  const hit = baseCache.get(key);
  if (hit) return hit;
  const value = await compute();
  if (baseCache.size >= BASE_CACHE_LIMIT) baseCache.delete(baseCache.keys().next().value!);
  baseCache.set(key, value);
  return value;
}

async function counts(db: Queryable, sql: string, params: unknown[]): Promise<Map<string, bigint>> {
  const { rows } = await db.query<{ seg: string | null; ctx: string | null; n: string }>(sql, params);
  return new Map(rows.map((r) => [cellKeyString({ segment: r.seg, context: r.ctx }), BigInt(r.n)]));
}

/** Brand ids per value of `attribute` (also the segment sizes for the segment difference rule). */
export async function brandSegmentSizes(db: Queryable, brand: CurrentDataset, attribute: string | null): Promise<Map<string, bigint>> {
  return cachedBase(`b:${brand.id}:${attribute ?? ''}`, () => {
    if (attribute === null) return counts(db, `SELECT NULL::text AS seg, NULL::text AS ctx, count(*) AS n FROM ${brand.table}`, []);
    const col = columnOf(brand, attribute);
    return counts(db, `SELECT b.${col.column}::text AS seg, NULL::text AS ctx, count(*) AS n FROM ${brand.table} b GROUP BY 1`, []);
  });
}

async function partnerTotal(db: Queryable, partner: CurrentDataset): Promise<Map<string, bigint>> {
  return cachedBase(`p:${partner.id}`, () => counts(db, `SELECT NULL::text AS seg, NULL::text AS ctx, count(*) AS n FROM ${partner.table}`, []));
}

/** Partner (id, value) pairs per value of a context attribute, at most `cap` values per id. */
async function partnerValueCounts(db: Queryable, partner: CurrentDataset, attribute: string, cap: number): Promise<Map<string, bigint>> {
  const ctx = columnOf(partner, attribute);
  return cachedBase(`p:${partner.id}:${attribute}:${ctx.multi ? cap : 1}`, () =>
    counts(db, `SELECT NULL::text AS seg, v AS ctx, count(*) AS n FROM ${partner.table} p CROSS JOIN LATERAL ${valuesExpr('p', ctx, '$1')} AS v GROUP BY 2`, ctx.multi ? [cap] : []),
  );
}

/**
 * The counts a release plan needs. Per request, one inner join of the two current versions — the
 * same join plain SQL would run for these counts. The bases (brand segment sizes, partner value
 * counts and total) depend on one version alone, so they come from the per-version cache: a
 * version's table never changes.
 */
export async function exactCounts(db: Queryable, plan: ReleasePlan, brand: CurrentDataset, partner: CurrentDataset): Promise<ExactCounts> {
  const seg = plan.brandAttribute === null ? null : columnOf(brand, plan.brandAttribute);
  const segExpr = seg ? `b.${seg.column}::text` : 'NULL::text';
  const empty = new Map<string, bigint>();
  if (plan.kind === 'overlap') {
    const overlap = await counts(db, `SELECT ${segExpr} AS seg, NULL::text AS ctx, count(*) AS n FROM ${brand.table} b JOIN ${partner.table} p ON p.token = b.token GROUP BY 1`, []);
    const needsPartnerBase = plan.families.some((f) => f.family === 'partnerBase');
    return { overlap, brandBase: await brandSegmentSizes(db, brand, plan.brandAttribute), partnerBase: needsPartnerBase ? await partnerTotal(db, partner) : empty };
  }
  const attribute = plan.partnerAttribute!;
  const ctx = columnOf(partner, attribute);
  const cap = plan.families.find((f) => f.family === 'overlap')!.cellsPerPerson;
  const overlap = await counts(
    db,
    `SELECT ${segExpr} AS seg, v AS ctx, count(*) AS n
       FROM ${partner.table} p JOIN ${brand.table} b ON b.token = p.token
       CROSS JOIN LATERAL ${valuesExpr('p', ctx, '$1')} AS v
      GROUP BY 1, 2`,
    // $1 (the cap) appears only in a multi-valued column's expression; a parameter the statement does not use is refused.
    ctx.multi ? [cap] : [],
  );
  return { overlap, brandBase: empty, partnerBase: await partnerValueCounts(db, partner, attribute, cap) };
}
