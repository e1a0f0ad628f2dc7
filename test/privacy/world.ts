// The attack harness's data on PostgreSQL: brand and partner datasets as tables of the same shape
// the service loads (token bigint + attribute columns), in a schema of the harness's own, with exact
// aggregates computed by the service's own aggregate module.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { ExactCounts, ReleasePlan } from '@cleanroom/policies';
import type { CurrentDataset } from '../../services/cleanroom/src/store/datasets.js';
import { exactCounts } from '../../services/cleanroom/src/store/aggregates.js';

export function randomTokens(n: number): bigint[] {
  const buf = randomBytes(8 * n);
  return Array.from({ length: n }, (_, i) => buf.readBigInt64LE(8 * i));
}

export interface BrandRow {
  readonly token: bigint;
  readonly valueTier?: string;
}

export class World {
  private readonly schema = `attack_${randomBytes(4).toString('hex')}`;
  private readonly loaded = new Map<string, CurrentDataset>();
  private readonly exact = new Map<string, ExactCounts>();
  private seq = 0;

  constructor(readonly pool: pg.Pool) {}

  async init(): Promise<void> {
    await this.pool.query(`CREATE SCHEMA ${this.schema}`);
  }

  async drop(): Promise<void> {
    await this.pool.query(`DROP SCHEMA ${this.schema} CASCADE`);
  }

  /** A brand dataset (token + value_tier), loaded once per distinct content. */
  async brand(rows: readonly BrandRow[]): Promise<CurrentDataset> {
    const key = 'b:' + rows.map((r) => `${r.token}:${r.valueTier ?? ''}`).join(',');
    return this.load(key, 'brand', rows.length, async (table) => {
      await this.pool.query(`CREATE TABLE ${table} (token bigint NOT NULL, a_value_tier text)`);
      await this.pool.query(`INSERT INTO ${table} SELECT * FROM unnest($1::bigint[], $2::text[])`, [rows.map((r) => r.token.toString()), rows.map((r) => r.valueTier ?? null)]);
      return [{ name: 'value_tier', column: 'a_value_tier', multi: false }];
    });
  }

  /** A partner dataset (token + device). */
  async partner(tokens: readonly bigint[]): Promise<CurrentDataset> {
    const key = 'p:' + tokens.join(',');
    return this.load(key, 'partner', tokens.length, async (table) => {
      await this.pool.query(`CREATE TABLE ${table} (token bigint NOT NULL, a_device text[])`);
      await this.pool.query(`INSERT INTO ${table} SELECT t, ARRAY['mobile'] FROM unnest($1::bigint[]) AS t`, [tokens.map(String)]);
      return [{ name: 'device', column: 'a_device', multi: true }];
    });
  }

  /** Exact aggregates for a plan, computed in PostgreSQL once per (plan, brand, partner). */
  async exactFor(plan: ReleasePlan, brand: CurrentDataset, partner: CurrentDataset): Promise<ExactCounts> {
    const key = `${JSON.stringify([plan.kind, plan.brandAttribute, plan.partnerAttribute, plan.recipientSide])}|${brand.id}|${partner.id}`;
    let counts = this.exact.get(key);
    if (!counts) {
      counts = await exactCounts(this.pool, plan, brand, partner);
      this.exact.set(key, counts);
    }
    return counts;
  }

  private async load(key: string, side: string, rows: number, create: (table: string) => Promise<CurrentDataset['attributes']>): Promise<CurrentDataset> {
    const hit = this.loaded.get(key);
    if (hit) return hit;
    const id = `ds_${side}_${this.schema}_${++this.seq}`;
    const table = `${this.schema}.${side}_${this.seq}`;
    const attributes = await create(table);
    const dataset: CurrentDataset = { id, version: this.seq, table, rows, saltCheck: 'harness', attributes, segmentChanges: null };
    this.loaded.set(key, dataset);
    return dataset;
  }
}
