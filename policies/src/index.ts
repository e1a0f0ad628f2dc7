// @cleanroom/policies: the only code that decides what may happen under an agreement and what may
// leave the room. Pure: no I/O.
export { REASON_CODES, type Reason, type ReasonCode } from './reasons.js';
export { checkPolicy, effectiveMinCohort, policyVersionHash, type PolicyDocument, type PolicyIssue, type PolicyLimits } from './policy.js';
export { transition, isTerminal, type AgreementEvent, type AgreementState, type TransitionResult } from './lifecycle.js';
export { EMPTY_LEDGER, addCost, epsilonSpent, fitsBudget, releaseCost, type LedgerSnapshot, type ReleaseCost } from './budget.js';
export { decide, type AgreementSnapshot, type DataFacts, type DatasetFacts, type Decision, type DecisionContext, type InsightRequest } from './decide.js';
export * from './privacy/index.js';
export {
  checkUpload,
  MAX_DISTINCT_VALUES,
  MAX_VALUE_LENGTH,
  MIN_DIFFERENCE_DIVISOR,
  MIN_DIFFERENCE_IDS,
  minimumDifference,
  uploadAttributes,
  versionDifference,
  type UploadAttribute,
  type UploadDecision,
  type UploadFacts,
  type UploadSide,
  type VersionComparison,
} from './upload-rules.js';
export { segmentFaults, type SegmentFacts, type SegmentFault } from './segment-rules.js';
export { planRelease, drawsNeeded, cellKeyString, domainOf, type CellFamily, type CellKey, type Family, type NoiseParameters, type ReleasePlan } from './release-plan.js';
export { buildRelease, type Cell, type ContextRow, type ExactCounts, type OverlapRow, type Release } from './release.js';
