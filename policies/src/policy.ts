// Semantic rules of the policy document beyond its shape (the shape is the contract's zod schema):
// the operator's floor and ceiling, attributes named once and each with its values, consistent insight
// kinds, a future expiry.
import type { z } from 'zod';
import type { PolicyDocument as PolicyDocumentSchema } from '@cleanroom/contracts';
import { contentHash } from '@cleanroom/contracts';

export type PolicyDocument = z.output<typeof PolicyDocumentSchema>;

export interface PolicyLimits {
  /** Global minimum-cohort floor; an agreement may be stricter, never looser. */
  readonly minCohortFloor: number;
  /** Ceiling on ε per release. */
  readonly maxEpsilonPerRelease: number;
}

export interface PolicyIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/** Every fault of a well-shaped document; empty when it may be proposed. */
export function checkPolicy(doc: PolicyDocument, limits: PolicyLimits, now: Date): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  const add = (path: string, code: string, message: string): void => {
    issues.push({ path: `body/${path}`, code, message });
  };

  if (doc.minCohort < limits.minCohortFloor) {
    add('minCohort', 'below_floor', `minCohort ${doc.minCohort} is below the operator's floor of ${limits.minCohortFloor}`);
  }
  if (doc.privacy.epsilonPerRelease > limits.maxEpsilonPerRelease) {
    add('privacy/epsilonPerRelease', 'above_ceiling', `ε per release ${doc.privacy.epsilonPerRelease} exceeds the operator's ceiling of ${limits.maxEpsilonPerRelease}`);
  }
  if (doc.privacy.epsilonPerRelease > doc.privacy.budget) {
    add('privacy/budget', 'budget_below_release', 'the budget must cover at least one release');
  }
  if (doc.parties.brand === doc.parties.partner) add('parties/partner', 'same_party', 'brand and partner must be different organisations');

  for (const [i, name] of doc.brandAttributes.entries()) {
    if (doc.brandAttributes.indexOf(name) !== i) add(`brandAttributes/${i}`, 'duplicate_attribute', `attribute "${name}" is named twice`);
    if (name === 'id') add(`brandAttributes/${i}`, 'reserved_attribute', '"id" is the identifier column, not an attribute');
    if (Object.hasOwn(doc.partnerAttributes, name)) {
      add(`brandAttributes/${i}`, 'attribute_on_both_sides', `attribute "${name}" is named as both a brand and a partner attribute`);
    }
  }
  if (Object.hasOwn(doc.partnerAttributes, 'id')) add('partnerAttributes/id', 'reserved_attribute', '"id" is the identifier column, not an attribute');
  if (Object.keys(doc.partnerAttributes).length > 20) add('partnerAttributes', 'too_many_attributes', 'at most 20 partner attributes');

  for (const [i, kind] of doc.insights.entries()) {
    if (doc.insights.indexOf(kind) !== i) add(`insights/${i}`, 'duplicate_insight', `insight "${kind}" is named twice`);
  }
  if (doc.insights.includes('context') && Object.keys(doc.partnerAttributes).length === 0) {
    add('partnerAttributes', 'context_without_attributes', 'context insights need at least one partner attribute');
  }

  for (const [i, auditor] of doc.auditors.entries()) {
    if (doc.auditors.indexOf(auditor) !== i) add(`auditors/${i}`, 'duplicate_auditor', 'auditor named twice');
    if (auditor === doc.parties.brand || auditor === doc.parties.partner) add(`auditors/${i}`, 'party_as_auditor', 'a party cannot be its own auditor');
  }

  const declared = new Set([...doc.brandAttributes, ...Object.keys(doc.partnerAttributes)]);
  for (const [name, values] of Object.entries(doc.attributeValues)) {
    if (!declared.has(name)) add(`attributeValues/${name}`, 'unknown_attribute', `values given for "${name}", which is not an attribute of this agreement`);
    for (const [i, v] of values.entries()) {
      if (values.indexOf(v) !== i) add(`attributeValues/${name}/${i}`, 'duplicate_value', `value "${v}" is listed twice`);
    }
  }
  // The cells and labels of a release come from the agreement, never from the data: an attribute
  // without declared values would take whatever text a party puts in it (DESIGN §5 rule 9).
  const valuesOf = (name: string): readonly string[] => (Object.hasOwn(doc.attributeValues, name) ? (doc.attributeValues[name] ?? []) : []);
  for (const name of declared) {
    if (name === 'id') continue; // refused above as reserved: no values would make it an attribute
    if (valuesOf(name).length === 0) add(`attributeValues/${name}`, 'values_required', `attribute "${name}" must list the values it may take in attributeValues`);
  }
  for (const [name, rule] of Object.entries(doc.partnerAttributes)) {
    const distinct = new Set(valuesOf(name)).size;
    // No id can reach such a cap (values are de-duplicated): the signed document would misstate the bound.
    if (distinct > 0 && rule.maxValuesPerId > distinct) {
      add(`partnerAttributes/${name}/maxValuesPerId`, 'cap_above_values', `"${name}" has ${distinct} values, so maxValuesPerId cannot exceed ${distinct}`);
    }
  }

  if (Date.parse(doc.validUntil) <= now.getTime()) add('validUntil', 'in_the_past', 'validUntil must be in the future');
  return issues;
}

/** The minimum cohort actually enforced: the stricter of the agreement's and the operator's floor. */
export function effectiveMinCohort(doc: PolicyDocument, limits: PolicyLimits): number {
  return Math.max(doc.minCohort, limits.minCohortFloor);
}

/** The version hash both parties approve: SHA-256 over the canonical document. */
export function policyVersionHash(doc: PolicyDocument): string {
  return contentHash(doc);
}
