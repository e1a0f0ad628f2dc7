// Stable reason codes: every denial names the rule that caused it (DESIGN §5; issue 3).
export const REASON_CODES = [
  'agreement_not_active',
  'agreement_expired',
  'not_a_party',
  'insight_not_allowed',
  'dimension_not_allowed',
  'budget_exhausted',
  'cohort_below_minimum',
  'difference_too_small',
  'salt_mismatch',
  'dataset_missing',
  'dataset_too_small',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface Reason {
  readonly code: ReasonCode;
  readonly message: string;
  /** The request or policy field the rule looked at, when there is one. */
  readonly field?: string;
  /**
   * Whose data the rule looked at, for a data-dependent rule: the disclosure gate gives such a
   * reason only to that party (and to auditors and the operator), never to the counterparty.
   */
  readonly about?: 'brand' | 'partner';
}
