// Done means (issue 5, item 2): the known attacks on clean rooms, each run first against a naive
// control (threshold on true counts, no noise, exact totals) where it must succeed — proving the
// attack code works — and then against the real pipeline, where the attacker's membership advantage
// (Clopper–Pearson lower bound over ≥ 1,000 trials) stays below what the privacy it spent allows,
// and reconstruction recovers ≤ 60% of bits.
import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PolicyDocument } from '@cleanroom/policies';
import type { CurrentDataset } from '../../services/cleanroom/src/store/datasets.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { policy as fixturePolicy } from '../../policies/test/fixtures.js';
import { controlPipeline, overlapOf, realPipeline, type Pipeline, type Session, type UploadRule } from './pipelines.js';
import { dpAdvantageBound, membershipAdvantage, type Trial } from './stats.js';
import { randomTokens, World, type BrandRow } from './world.js';
import { realUploadRule } from './upload-rule.js';

const TRIALS = 1000;
const coin = (): boolean => randomInt(2) === 1;
const rows = (tokens: readonly bigint[], valueTier?: string): BrandRow[] => tokens.map((token) => (valueTier ? { token, valueTier } : { token }));

describe('privacy attacks against the release pipeline', () => {
  let db: TestDatabase;
  let world: World;
  const policy: PolicyDocument = fixturePolicy();
  const partnerBase = randomTokens(3000);
  const seeded = randomTokens(200); // accounts the attacker planted at the partner
  const population = [...partnerBase.slice(0, 600), ...randomTokens(1400)]; // the attacker's own customers
  const target = randomTokens(1)[0]!;
  const padding = (n: number): bigint[] => randomTokens(n); // fresh accounts known not to be at the partner
  let worlds: [CurrentDataset, CurrentDataset];
  const pipelines: Pipeline[] = [];
  const report: Record<string, unknown> = {};

  beforeAll(async () => {
    db = await createTestDatabase();
    world = new World(db.pool);
    await world.init();
    worlds = [await world.partner([...partnerBase, ...seeded]), await world.partner([...partnerBase, ...seeded, target])];
    const rule: UploadRule = realUploadRule;
    pipelines.push(controlPipeline(world, policy), realPipeline(world, policy, rule));
  }, 120_000);

  afterAll(async () => {
    console.log(`privacy attack report: ${JSON.stringify(report)}`);
    await world.drop();
    await db.drop();
  });

  async function membershipGame(name: string, attack: (s: Session) => Promise<boolean>): Promise<void> {
    for (const pipeline of pipelines) {
      const trials: Trial[] = [];
      let maxEpsilon = 0;
      for (let i = 0; i < TRIALS; i++) {
        const member = coin();
        const session = pipeline.session(worlds[member ? 1 : 0]);
        trials.push({ member, guess: await attack(session) });
        maxEpsilon = Math.max(maxEpsilon, session.epsilonSpent());
      }
      const adv = membershipAdvantage(trials);
      report[`${name}/${pipeline.name}`] = { advantage: +adv.advantage.toFixed(3), lowerBound: +adv.lowerBound.toFixed(3), epsilon: pipeline.name === 'real' ? +maxEpsilon.toFixed(3) : null };
      if (pipeline.name === 'control') {
        expect(adv.lowerBound, `${name}: the attack must work against the naive control`).toBeGreaterThanOrEqual(0.9);
      } else {
        const bound = dpAdvantageBound(maxEpsilon, policy.privacy.delta);
        report[`${name}/real`] = { ...(report[`${name}/real`] as object), dpBound: +bound.toFixed(3) };
        expect(adv.lowerBound, `${name}: advantage beyond what ε = ${maxEpsilon} allows`).toBeLessThan(bound);
      }
    }
  }

  it('(a) differencing: A, then A plus the target', async () => {
    await membershipGame('differencing', async (s) => {
      await s.upload(rows(population));
      const first = await s.ask({ kind: 'overlap' });
      if (!(await s.upload(rows([...population, target])))) return coin(); // refused by the input difference rule
      const second = await s.ask({ kind: 'overlap' });
      if (!first.ok || !second.ok) return coin();
      return overlapOf(second.answer) - overlapOf(first.answer) >= 0.5;
    });
  }, 120_000);

  it('(a′) differencing padded past the input rule with 1,000 fresh accounts', async () => {
    const padded = [...population, target, ...padding(1000)];
    await membershipGame('differencing-padded', async (s) => {
      await s.upload(rows(population));
      const first = await s.ask({ kind: 'overlap' });
      if (!(await s.upload(rows(padded)))) return coin();
      const second = await s.ask({ kind: 'overlap' });
      if (!first.ok || !second.ok) return coin();
      return overlapOf(second.answer) - overlapOf(first.answer) >= 0.5;
    });
  }, 120_000);

  const seededUpload = [...seeded, target, ...padding(1000)];

  it('(b) seeded: planted accounts plus the target', async () => {
    await membershipGame('seeded', async (s) => {
      await s.upload(rows(seededUpload));
      const r = await s.ask({ kind: 'overlap' });
      return r.ok && overlapOf(r.answer) >= seeded.length + 0.5;
    });
  }, 120_000);

  it("(c) Denning's three-query tracker", async () => {
    const t1 = population.slice(0, 1000);
    const t2 = population.slice(1000, 2000);
    await membershipGame('tracker', async (s) => {
      const q: number[] = [];
      for (const upload of [[...t1, target], [...t2, target], [...t1, ...t2]]) {
        if (!(await s.upload(rows(upload)))) return coin();
        const r = await s.ask({ kind: 'overlap' });
        if (!r.ok) return coin();
        q.push(overlapOf(r.answer));
      }
      return q[0]! + q[1]! - q[2]! >= 1;
    });
  }, 120_000);

  it('(d) averaging: one question repeated 400 times', async () => {
    await membershipGame('averaging', async (s) => {
      await s.upload(rows(seededUpload));
      let sum = 0;
      let n = 0;
      for (let i = 0; i < 400; i++) {
        const r = await s.ask({ kind: 'overlap' });
        if (r.ok) {
          sum += overlapOf(r.answer);
          n++;
        }
      }
      return n > 0 && sum / n >= seeded.length + 0.5;
    });
  }, 300_000);

  it('(f) exact-threshold leak: a cell whose true count is k exactly when the target is in', async () => {
    const justBelow = [...seeded.slice(0, 49), target, ...padding(1000)];
    await membershipGame('exact-threshold', async (s) => {
      await s.upload(rows(justBelow));
      const r = await s.ask({ kind: 'overlap' });
      return r.ok && r.answer.release.overlapRows[0]!.overlap.status === 'released';
    });
  }, 120_000);

  it('(g) complementary cells: a suppressed cell derived from the released ones and the total', async () => {
    const upload = [...rows([target, ...seeded.slice(0, 40)], 'high'), ...rows([...seeded.slice(40), ...padding(500)], 'mid'), ...rows(population, 'low')];
    await membershipGame('complementary', async (s) => {
      await s.upload(upload);
      const r = await s.ask({ kind: 'overlap', brandAttribute: 'value_tier' });
      if (!r.ok) return coin();
      const byTier = new Map(r.answer.release.overlapRows.map((row) => [row.segment, row.overlap.status === 'released' ? row.overlap.value : 0]));
      const total = r.answer.exactTotal ?? r.answer.release.totals.overlap;
      return total - byTier.get('mid')! - byTier.get('low')! >= 40.5;
    });
  }, 120_000);

  it('(e) reconstruction: random-subset queries solved by least squares', async () => {
    const n = 64;
    const runs = { control: 3, real: 10 };
    for (const pipeline of pipelines) {
      const recovered: number[] = [];
      for (let run = 0; run < runs[pipeline.name]; run++) {
        const targets = randomTokens(n);
        const secret = targets.map(() => coin());
        const partner = await world.partner([...partnerBase, ...seeded, ...targets.filter((_, j) => secret[j])]);
        const session = pipeline.session(partner);
        const a: number[][] = [];
        const y: number[] = [];
        for (let q = 0; q < 2 * n; q++) {
          const subset = targets.map(() => coin());
          if (!(await session.upload(rows([...seeded, ...targets.filter((_, j) => subset[j]), ...padding(1000)])))) continue;
          const r = await session.ask({ kind: 'overlap' });
          if (!r.ok) break; // the budget ran out
          a.push(subset.map((x) => (x ? 1 : 0)));
          y.push(overlapOf(r.answer) - seeded.length);
        }
        const estimate = leastSquares(a, y, n, pipeline.name === 'control' ? 1e-9 : 1);
        recovered.push(estimate.filter((x, j) => x >= 0.5 === secret[j]).length / n);
      }
      const mean = recovered.reduce((s, x) => s + x, 0) / recovered.length;
      report[`reconstruction/${pipeline.name}`] = { meanRecovered: +mean.toFixed(3), runs: recovered.length };
      if (pipeline.name === 'control') expect(mean).toBeGreaterThanOrEqual(0.9);
      else expect(mean).toBeLessThanOrEqual(0.6);
    }
  }, 300_000);
});

/** Ridge least squares (AᵀA + λI)x = Aᵀy by Gaussian elimination with partial pivoting. */
function leastSquares(a: number[][], y: number[], n: number, lambda: number): number[] {
  const m: number[][] = Array.from({ length: n }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (j === i ? lambda : 0)));
  for (let r = 0; r < a.length; r++) {
    const row = a[r]!;
    for (let i = 0; i < n; i++) {
      if (!row[i]) continue;
      for (let j = 0; j < n; j++) m[i]![j]! += row[i]! * row[j]!;
      m[i]![n]! += row[i]! * y[r]!;
    }
  }
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = 0; r < n; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n]! / row[i]!));
}
