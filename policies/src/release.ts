// Turns exact aggregates into a release: one noise draw per planned cell, the threshold applied to
// the noisy value only, and every derived number (shares, affinity, totals) computed from released
// noisy values and public parameters alone (DESIGN §5 rules 2–4). No exact number leaves here.
import type { CellKey, Family, ReleasePlan } from './release-plan.js';
import { cellKeyString } from './release-plan.js';

export type Cell = { readonly status: 'released'; readonly value: number } | { readonly status: 'suppressed'; readonly reason: 'below_threshold' };

export interface OverlapRow {
  readonly segment: string | null;
  readonly overlap: Cell;
  readonly brandBase: Cell;
  /** overlap ÷ brand base, both noisy and released; null otherwise. */
  readonly shareOfBrand: number | null;
}

export interface ContextRow {
  readonly segment: string | null;
  readonly context: string;
  readonly overlap: Cell;
  /** This value's share of the segment's released (person, value) pairs in the overlap. */
  readonly shareOfOverlap: number | null;
  /** Shown only when the agreement reveals the partner's base. */
  readonly partnerBase: Cell | null;
  /** shareOfOverlap ÷ (the value's share of the partner base) × 100. */
  readonly affinityIndex: number | null;
}

export interface Release {
  readonly kind: 'overlap' | 'context';
  readonly brandAttribute: string | null;
  readonly partnerAttribute: string | null;
  readonly noise: {
    readonly mechanism: 'discrete-gaussian' | 'discrete-laplace';
    readonly stdDev: number;
    readonly halfWidth95: number;
    readonly l1Sensitivity: number;
    readonly l2Sensitivity: number;
  };
  readonly threshold: number;
  readonly overlapRows: readonly OverlapRow[];
  readonly contextRows: readonly ContextRow[];
  /** The partner's base size (overlap insights, only when revealed). */
  readonly partnerBase: Cell | null;
  /** Sums of released noisy cells (never an exact total). */
  readonly totals: { readonly overlap: number };
  readonly suppressedCells: number;
}

export type ExactCounts = Readonly<Record<Family, ReadonlyMap<string, bigint>>>;

const round = (x: number, digits: number): number => Number(x.toFixed(digits));

/**
 * @param noise one integer per planned cell, in plan order (families, then keys) — from an exact
 *   sampler of the plan's mechanism and scale.
 */
export function buildRelease(plan: ReleasePlan, exact: ExactCounts, noise: readonly bigint[]): Release {
  const needed = plan.families.reduce((n, f) => n + f.keys.length, 0);
  if (noise.length !== needed) throw new RangeError(`expected ${needed} noise draws, got ${noise.length}`);
  let next = 0;
  const noisy = new Map<string, number>();
  for (const f of plan.families) {
    for (const key of f.keys) {
      const value = (exact[f.family].get(cellKeyString(key)) ?? 0n) + noise[next++]!;
      noisy.set(`${f.family}:${cellKeyString(key)}`, Number(value));
    }
  }
  const k = plan.threshold;
  const cell = (family: Family, key: CellKey): Cell => {
    const v = noisy.get(`${family}:${cellKeyString(key)}`) ?? 0;
    return v >= k ? { status: 'released', value: v } : { status: 'suppressed', reason: 'below_threshold' };
  };
  const released = (c: Cell): number | null => (c.status === 'released' ? c.value : null);

  const overlapRows: OverlapRow[] = [];
  const contextRows: ContextRow[] = [];
  let partnerBase: Cell | null = null;
  const shown = new Set(plan.families.filter((f) => f.shown).map((f) => f.family));
  let suppressedCells = 0;
  const countSuppressed = (c: Cell | null): void => {
    if (c?.status === 'suppressed') suppressedCells++;
  };

  if (plan.kind === 'overlap') {
    const overlapFamily = plan.families.find((f) => f.family === 'overlap')!;
    for (const key of overlapFamily.keys) {
      const overlap = cell('overlap', key);
      const brandBase = cell('brandBase', key);
      const o = released(overlap);
      const b = released(brandBase);
      overlapRows.push({ segment: key.segment, overlap, brandBase, shareOfBrand: o !== null && b !== null ? round(Math.min(1, o / b), 4) : null });
      countSuppressed(overlap);
      countSuppressed(brandBase);
    }
    if (shown.has('partnerBase')) {
      partnerBase = cell('partnerBase', { segment: null, context: null });
      countSuppressed(partnerBase);
    }
  } else {
    const overlapFamily = plan.families.find((f) => f.family === 'overlap')!;
    const baseFamily = plan.families.find((f) => f.family === 'partnerBase')!;
    const baseValues = new Map(baseFamily.keys.map((key) => [key.context, released(cell('partnerBase', key))]));
    const baseTotal = [...baseValues.values()].reduce<number>((s, v) => s + (v ?? 0), 0);
    const segmentTotals = new Map<string | null, number>();
    for (const key of overlapFamily.keys) {
      segmentTotals.set(key.segment, (segmentTotals.get(key.segment) ?? 0) + (released(cell('overlap', key)) ?? 0));
    }
    for (const key of overlapFamily.keys) {
      const overlap = cell('overlap', key);
      const o = released(overlap);
      const segTotal = segmentTotals.get(key.segment) ?? 0;
      const share = o !== null && segTotal > 0 ? o / segTotal : null;
      const base = baseValues.get(key.context) ?? null;
      const baseShare = base !== null && baseTotal > 0 ? base / baseTotal : null;
      const pb = shown.has('partnerBase') ? cell('partnerBase', { segment: null, context: key.context }) : null;
      contextRows.push({
        segment: key.segment,
        context: key.context ?? '',
        overlap,
        shareOfOverlap: share === null ? null : round(share, 4),
        partnerBase: pb,
        affinityIndex: share !== null && baseShare !== null && baseShare > 0 ? round((share / baseShare) * 100, 1) : null,
      });
      countSuppressed(overlap);
    }
    if (shown.has('partnerBase')) for (const key of baseFamily.keys) countSuppressed(cell('partnerBase', key));
  }

  const overlapTotal = (plan.kind === 'overlap' ? overlapRows.map((r) => r.overlap) : contextRows.map((r) => r.overlap)).reduce((s, c) => s + (released(c) ?? 0), 0);
  return {
    kind: plan.kind,
    brandAttribute: plan.brandAttribute,
    partnerAttribute: plan.partnerAttribute,
    noise: {
      mechanism: plan.noise.mechanism,
      stdDev: round(plan.noiseStdDev, 3),
      halfWidth95: plan.halfWidth95,
      l1Sensitivity: plan.l1Sensitivity,
      l2Sensitivity: round(Math.sqrt(plan.l1Sensitivity), 4),
    },
    threshold: k,
    overlapRows,
    contextRows,
    partnerBase,
    totals: { overlap: overlapTotal },
    suppressedCells,
  };
}
