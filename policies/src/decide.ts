// The decision engine: given an insight request, the agreement as it stands, the ledger and the
// facts about the uploaded data, decide allow or deny with every reason and the cost. Pure; the
// only code that decides whether a request may lead to a release.
import { effectiveMinCohort, type PolicyDocument, type PolicyLimits } from './policy.js';
import type { AgreementState } from './lifecycle.js';
import type { Reason } from './reasons.js';
import { fitsBudget, releaseCost, type LedgerSnapshot, type ReleaseCost } from './budget.js';
import { segmentFaults, type SegmentFacts } from './segment-rules.js';

export interface InsightRequest {
  readonly kind: 'overlap' | 'context';
  /** The organisation asking: the recipient of the release. */
  readonly requester: string;
  /** One allowed brand attribute to break the result down by. */
  readonly brandAttribute?: string | undefined;
  /** The context attribute (context insights). */
  readonly partnerAttribute?: string | undefined;
}

export interface AgreementSnapshot {
  readonly id: string;
  readonly state: AgreementState;
  /** The governing (approved) version's document; null until one is approved. */
  readonly policy: PolicyDocument | null;
}

export interface DatasetFacts {
  readonly rows: number;
  /** The salt check the party uploaded with its data (a keyed digest; DESIGN §2 step 3). */
  readonly saltCheck: string;
}

/** Facts about the current data versions; absent when the caller has not looked them up (dry run). */
export interface DataFacts {
  readonly brand: DatasetFacts | null;
  readonly partner: DatasetFacts | null;
  /** Smallest dataset a release may be computed on (DESIGN §5 rule 1). */
  readonly minDatasetSize: number;
  /**
   * Segment sizes of the requested brand attribute, for the segment difference rule. Looked at only
   * when the brand itself asks: the rule guards against the brand moving its own ids between
   * segments, and a data-dependent denial goes only to the party whose data it is about (DESIGN §5
   * rule 9). The partner's breakdowns by brand segment are protected by DP alone.
   */
  readonly brandSegments?: SegmentFacts | undefined;
}

export interface DecisionContext {
  readonly now: Date;
  readonly limits: PolicyLimits;
  readonly data?: DataFacts;
}

export type Decision =
  | { readonly allowed: true; readonly reasons: readonly []; readonly cost: ReleaseCost; readonly minCohort: number }
  | { readonly allowed: false; readonly reasons: readonly [Reason, ...Reason[]]; readonly cost: ReleaseCost | null };

export function decide(request: InsightRequest, agreement: AgreementSnapshot, ledger: LedgerSnapshot, ctx: DecisionContext): Decision {
  const reasons: Reason[] = [];
  const policy = agreement.policy;

  if (agreement.state !== 'active' || policy === null) {
    reasons.push({ code: 'agreement_not_active', message: `the agreement is ${agreement.state}` });
  } else if (Date.parse(policy.validUntil) <= ctx.now.getTime()) {
    reasons.push({ code: 'agreement_expired', message: `the agreement expired at ${policy.validUntil}` });
  }
  if (policy === null) return deny(reasons, null);

  if (request.requester !== policy.parties.brand && request.requester !== policy.parties.partner) {
    reasons.push({ code: 'not_a_party', message: 'only the brand and the partner of the agreement receive insights' });
  }
  if (!policy.insights.includes(request.kind)) {
    reasons.push({ code: 'insight_not_allowed', message: `the agreement does not allow ${request.kind} insights`, field: 'kind' });
  }
  if (request.brandAttribute !== undefined) {
    if (!policy.brandAttributes.includes(request.brandAttribute)) {
      reasons.push({ code: 'dimension_not_allowed', message: `brand attribute "${request.brandAttribute}" is not in the agreement`, field: 'brandAttribute' });
    } else if (!policy.attributeValues[request.brandAttribute]) {
      reasons.push({ code: 'dimension_not_allowed', message: `the agreement declares no values for "${request.brandAttribute}", so it has no cells to release`, field: 'brandAttribute' });
    }
  }
  if (request.kind === 'context') {
    if (request.partnerAttribute === undefined) {
      reasons.push({ code: 'dimension_not_allowed', message: 'a context insight names one partner attribute', field: 'partnerAttribute' });
    } else if (!Object.hasOwn(policy.partnerAttributes, request.partnerAttribute)) {
      reasons.push({ code: 'dimension_not_allowed', message: `partner attribute "${request.partnerAttribute}" is not in the agreement`, field: 'partnerAttribute' });
    } else if (!policy.attributeValues[request.partnerAttribute]) {
      reasons.push({ code: 'dimension_not_allowed', message: `the agreement declares no values for "${request.partnerAttribute}", so it has no cells to release`, field: 'partnerAttribute' });
    }
  } else if (request.partnerAttribute !== undefined) {
    reasons.push({ code: 'dimension_not_allowed', message: 'an overlap insight takes no partner attribute', field: 'partnerAttribute' });
  }

  const cost = releaseCost(policy.privacy);
  if (!fitsBudget(ledger, cost)) {
    reasons.push({ code: 'budget_exhausted', message: `this release would exceed the privacy budget of ε = ${ledger.budget} (the ledger's cap, which never rises)` });
  }

  if (ctx.data) {
    const { brand, partner, minDatasetSize } = ctx.data;
    if (!brand) reasons.push({ code: 'dataset_missing', message: 'the brand has not uploaded data' });
    if (!partner) reasons.push({ code: 'dataset_missing', message: 'the partner has not uploaded data' });
    if (brand && partner && brand.saltCheck !== partner.saltCheck) {
      reasons.push({ code: 'salt_mismatch', message: 'the two uploads were hashed with different salts or identity profiles' });
    }
    for (const [side, facts] of [['brand', brand], ['partner', partner]] as const) {
      if (facts && facts.rows < minDatasetSize) {
        reasons.push({ code: 'cohort_below_minimum', message: `the ${side} dataset is smaller than the minimum of ${minDatasetSize} ids`, about: side });
      }
    }
    const segments = ctx.data.brandSegments;
    const declared = request.brandAttribute === undefined ? undefined : policy.attributeValues[request.brandAttribute];
    if (segmentRuleApplies(request, policy) && segments && declared && segments.attribute === request.brandAttribute) {
      // Only declared values are ever named: a message quotes the policy, never the data.
      for (const fault of segmentFaults(segments, effectiveMinCohort(policy, ctx.limits)).filter((f) => declared.includes(f.value))) {
        reasons.push({
          code: 'difference_too_small',
          message:
            fault.rule === 'complement_too_small'
              ? `segment "${fault.value}" covers all but fewer than k ids of the upload, so it could be differenced against the whole`
              : `segment "${fault.value}" changed by fewer than k ids since the previous upload`,
          field: 'brandAttribute',
          about: 'brand',
        });
      }
    }
  }

  return reasons.length > 0 ? deny(reasons, cost) : { allowed: true, reasons: [], cost, minCohort: effectiveMinCohort(policy, ctx.limits) };
}

/** The segment difference rule protects the brand's own segments: it applies to the brand's requests by a declared brand attribute. */
export function segmentRuleApplies(request: InsightRequest, policy: PolicyDocument): boolean {
  return request.requester === policy.parties.brand && request.brandAttribute !== undefined && policy.brandAttributes.includes(request.brandAttribute);
}

function deny(reasons: Reason[], cost: ReleaseCost | null): Decision {
  const [first, ...rest] = reasons;
  if (!first) throw new Error('deny without a reason');
  return { allowed: false, reasons: [first, ...rest], cost };
}
