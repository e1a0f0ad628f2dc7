// What an upload may contain and when a new dataset version may be published (DESIGN §5 rules 1, 7
// and 9). Pure: the service counts, these functions decide.
//
// - Contribution bounds: an id counts once per upload (the service de-duplicates) and in at most
//   `maxValuesPerId` values of a multi-valued attribute (values beyond the cap are dropped).
// - Declared values only: an attribute takes the values the agreement lists for it and nothing else,
//   so no free text reaches a table, a cell or a label.
// - Minimum size: a dataset with fewer distinct ids than the operator's minimum is refused.
// - Input difference: a new version that differs from the same party's current one by fewer than
//   max(1,000, 5% of the new size) ids is refused, so two uploads cannot isolate a few people. The
//   comparison is of inputs (ids added, removed, or whose attribute values changed), never outputs.
import type { PolicyDocument } from './policy.js';
import type { Reason } from './reasons.js';

export type UploadSide = 'brand' | 'partner';

/** An attribute a side may upload, as the governing policy defines it. */
export interface UploadAttribute {
  readonly name: string;
  /** Several values per id (a partner attribute with maxValuesPerId > 1). */
  readonly multi: boolean;
  /** Values kept per id: 1 for single-valued attributes. */
  readonly maxValuesPerId: number;
  /** The values the agreement lists for it: the only ones accepted. */
  readonly allowedValues: readonly string[];
}

/** Absolute floor of the input difference rule. */
export const MIN_DIFFERENCE_IDS = 1000;
/** Share of the new dataset's size the difference must reach, as a divisor (1/20 = 5%). */
export const MIN_DIFFERENCE_DIVISOR = 20;

/** The attributes `side` may upload under `policy`: the brand's in the policy's order, the partner's by name. */
export function uploadAttributes(policy: PolicyDocument, side: UploadSide): UploadAttribute[] {
  // An agreement made before every attribute had to declare its values may lack a list: an empty one
  // refuses every value, since a value that is not in the agreement could be any text at all.
  const listed = (name: string): readonly string[] => (Object.hasOwn(policy.attributeValues, name) ? (policy.attributeValues[name] ?? []) : []);
  if (side === 'brand') {
    return policy.brandAttributes.map((name) => ({ name, multi: false, maxValuesPerId: 1, allowedValues: listed(name) }));
  }
  // Sorted by name: a stored document's key order is not the proposer's (jsonb reorders keys).
  return Object.entries(policy.partnerAttributes)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, rule]) => ({ name, multi: rule.maxValuesPerId > 1, maxValuesPerId: rule.maxValuesPerId, allowedValues: listed(name) }));
}

/** The smallest difference a new version of `rows` distinct ids must have from the current one. */
export function minimumDifference(rows: number): number {
  return Math.max(MIN_DIFFERENCE_IDS, Math.ceil(rows / MIN_DIFFERENCE_DIVISOR));
}

/** How the new version compares with the same party's current one, counted over ids (tokens). */
export interface VersionComparison {
  /** Distinct ids in the current version. */
  readonly previousRows: number;
  /** Ids in both versions. */
  readonly common: number;
  /** Ids in both whose values of the attributes both versions carry differ. */
  readonly changed: number;
}

export interface UploadFacts {
  /** Distinct ids in the new version. */
  readonly rows: number;
  /** The operator's minimum dataset size. */
  readonly minDatasetSize: number;
  /** Null for a party's first version. */
  readonly previous: VersionComparison | null;
}

/** Ids added, removed or changed between the current version and the new one. */
export function versionDifference(rows: number, previous: VersionComparison): number {
  return rows - previous.common + (previous.previousRows - previous.common) + previous.changed;
}

export type UploadDecision = { readonly allowed: true } | { readonly allowed: false; readonly reasons: readonly [Reason, ...Reason[]] };

/** Whether a loaded, de-duplicated dataset may be published. */
export function checkUpload(facts: UploadFacts): UploadDecision {
  const reasons: Reason[] = [];
  if (facts.rows < facts.minDatasetSize) {
    reasons.push({ code: 'dataset_too_small', message: `the dataset has ${facts.rows} distinct ids; the minimum is ${facts.minDatasetSize}` });
  }
  if (facts.previous) {
    const difference = versionDifference(facts.rows, facts.previous);
    const needed = minimumDifference(facts.rows);
    if (difference < needed) {
      reasons.push({
        code: 'difference_too_small',
        message: `the upload differs from your current version by ${difference} ids (added, removed or changed); at least ${needed} are required`,
      });
    }
  }
  const [first, ...rest] = reasons;
  return first ? { allowed: false, reasons: [first, ...rest] } : { allowed: true };
}
