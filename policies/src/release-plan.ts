// What a release will contain and how much noise it needs, decided before any data is read: the
// cells come from the agreement's declared attribute values (never from the data), and the
// sensitivity from how many cells one protected person can touch (DESIGN §5 rules 1–2).
import type { PolicyDocument, PolicyLimits } from './policy.js';
import { effectiveMinCohort } from './policy.js';
import type { InsightRequest } from './decide.js';
import { gaussianHalfWidth95, gaussianSigma2For, laplaceHalfWidth95, laplaceScaleFor, rationalAtLeast, rhoFromEpsilon, type Rational } from './privacy/accounting.js';

export type Family = 'overlap' | 'brandBase' | 'partnerBase';

export interface CellKey {
  /** Value of the brand attribute the request breaks down by, or null for everyone. */
  readonly segment: string | null;
  /** Value of the partner (context) attribute, or null. */
  readonly context: string | null;
}

export interface CellFamily {
  readonly family: Family;
  readonly keys: readonly CellKey[];
  /** How many cells of this family one person can be counted in (the contribution bound). */
  readonly cellsPerPerson: number;
  /** Whether the family counts the protected party's people (and so costs privacy). */
  readonly protected: boolean;
  /** Whether its cells appear in the response (hidden ones only feed derived numbers). */
  readonly shown: boolean;
}

export type NoiseParameters =
  | { readonly mechanism: 'discrete-gaussian'; readonly sigma2: Rational }
  | { readonly mechanism: 'discrete-laplace'; readonly scale: Rational };

export interface ReleasePlan {
  readonly kind: 'overlap' | 'context';
  readonly brandAttribute: string | null;
  readonly partnerAttribute: string | null;
  readonly recipientSide: 'brand' | 'partner';
  readonly families: readonly CellFamily[];
  /** L1 sensitivity = number of cells one protected person touches; L2 = √L1 (0/1 contributions). */
  readonly l1Sensitivity: number;
  readonly noise: NoiseParameters;
  /** Noisy counts below this are suppressed (the stricter of the agreement's and the floor). */
  readonly threshold: number;
  /** Half-width of the central 95% interval of one cell's noise. */
  readonly halfWidth95: number;
  /** Standard deviation of one cell's noise (for display). */
  readonly noiseStdDev: number;
}

export function cellKeyString(key: CellKey): string {
  return JSON.stringify([key.segment, key.context]);
}

/** The values an attribute may take, or undefined when the agreement declares none. */
export function domainOf(policy: PolicyDocument, attribute: string): readonly string[] | undefined {
  return policy.attributeValues[attribute];
}

/**
 * The plan for an allowed request. Call only after `decide` allowed it (it checked the dimensions
 * and their declared values).
 */
export function planRelease(request: InsightRequest, policy: PolicyDocument, limits: PolicyLimits): ReleasePlan {
  const recipientSide = request.requester === policy.parties.brand ? 'brand' : 'partner';
  const segments: (string | null)[] = request.brandAttribute ? [...(domainOf(policy, request.brandAttribute) ?? [])] : [null];
  const families: CellFamily[] = [];

  if (request.kind === 'overlap') {
    const keys = segments.map((segment) => ({ segment, context: null }));
    families.push({ family: 'overlap', keys, cellsPerPerson: 1, protected: true, shown: true });
    families.push({ family: 'brandBase', keys, cellsPerPerson: 1, protected: recipientSide === 'partner', shown: true });
    if (policy.revealPartnerBaseSize) {
      families.push({ family: 'partnerBase', keys: [{ segment: null, context: null }], cellsPerPerson: 1, protected: recipientSide === 'brand', shown: true });
    }
  } else {
    const attribute = request.partnerAttribute ?? '';
    const values = domainOf(policy, attribute) ?? [];
    const m = Math.min(policy.partnerAttributes[attribute]?.maxValuesPerId ?? 1, values.length);
    const overlapKeys = segments.flatMap((segment) => values.map((context) => ({ segment, context })));
    families.push({ family: 'overlap', keys: overlapKeys, cellsPerPerson: m, protected: true, shown: true });
    // The partner base per context value feeds the affinity index; shown only if the agreement says so.
    families.push({
      family: 'partnerBase',
      keys: values.map((context) => ({ segment: null, context })),
      cellsPerPerson: m,
      protected: recipientSide === 'brand',
      shown: policy.revealPartnerBaseSize,
    });
  }

  const l1Sensitivity = families.filter((f) => f.protected).reduce((sum, f) => sum + f.cellsPerPerson, 0);
  const { mechanism, epsilonPerRelease, delta } = policy.privacy;
  let noise: NoiseParameters;
  let halfWidth95: number;
  let noiseStdDev: number;
  if (mechanism === 'discrete-gaussian') {
    // σ² = Δ₂²/(2ρ) with Δ₂² = L1 for 0/1 contributions; rounded up so noise is never below what is paid for.
    const sigma2 = rationalAtLeast(gaussianSigma2For(rhoFromEpsilon(epsilonPerRelease, delta), Math.sqrt(l1Sensitivity)));
    noise = { mechanism, sigma2 };
    const s2 = Number(sigma2.num) / Number(sigma2.den);
    halfWidth95 = gaussianHalfWidth95(s2);
    noiseStdDev = Math.sqrt(s2);
  } else {
    const scale = rationalAtLeast(laplaceScaleFor(epsilonPerRelease, l1Sensitivity));
    noise = { mechanism, scale };
    const t = Number(scale.num) / Number(scale.den);
    halfWidth95 = laplaceHalfWidth95(t);
    // Variance of the discrete Laplace with parameter t: 2e^{-1/t}/(1-e^{-1/t})².
    const q = Math.exp(-1 / t);
    noiseStdDev = Math.sqrt((2 * q) / (1 - q) ** 2);
  }
  return {
    kind: request.kind,
    brandAttribute: request.brandAttribute ?? null,
    partnerAttribute: request.partnerAttribute ?? null,
    recipientSide,
    families,
    l1Sensitivity,
    noise,
    threshold: effectiveMinCohort(policy, limits),
    halfWidth95,
    noiseStdDev,
  };
}

/** How many noise draws a plan needs (one per cell, shown or hidden). */
export function drawsNeeded(plan: ReleasePlan): number {
  return plan.families.reduce((n, f) => n + f.keys.length, 0);
}
