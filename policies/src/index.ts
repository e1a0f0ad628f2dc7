// @cleanroom/policies: the only code that decides what may happen under an agreement and what may
// leave the room. Pure: no I/O.
export { REASON_CODES, type Reason, type ReasonCode } from './reasons.js';
export { checkPolicy, effectiveMinCohort, policyVersionHash, type PolicyDocument, type PolicyIssue, type PolicyLimits } from './policy.js';
export { transition, isTerminal, type AgreementEvent, type AgreementState, type TransitionResult } from './lifecycle.js';
export { addCost, epsilonLeft, epsilonSpent, fitsBudget, ledgerTerms, openLedger, releaseCost, type LedgerSnapshot, type LedgerTerms, type ReleaseCost } from './budget.js';
export { decide, segmentRuleApplies, type AgreementSnapshot, type DataFacts, type DatasetFacts, type Decision, type DecisionContext, type InsightRequest } from './decide.js';
export * from './privacy/index.js';
export {
  checkUpload,
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
export {
  decideRelease,
  explainRelease,
  privacyAccount,
  releaseCacheKey,
  runReleaseProtocol,
  type DatasetVersionFacts,
  type Explanation,
  type PrivacyAccount,
  type ReleaseOutcome,
  type ReleasePort,
  type ReleaseSituation,
  type ReleaseTransaction,
  type Settlement,
} from './release-protocol.js';
export {
  DISCLOSURE_KINDS,
  disclose,
  eventOwner,
  relationTo,
  type Disclosable,
  type DisclosureKind,
  type ElidedAuditEvent,
  type EventOwner,
  type Membership,
  type Relation,
  type VerificationFacts,
  type VerificationView,
  type Viewer,
  type ViewerRole,
} from './disclosure.js';
export {
  chiSquareSurvival,
  idDigestFault,
  IdSample,
  idWords,
  MIN_EXPECTED_NIBBLES,
  NIBBLE_P_LIMIT,
  nibbleVerdict,
  REPEAT_RUN_LIMIT,
  SAMPLE_ROWS,
  ZERO_RUN_LIMIT,
  type IdDigestFault,
  type NibbleVerdict,
} from './id-digests.js';
