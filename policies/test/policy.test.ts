// Policy documents: semantic rules, canonical hashing, and the agreement state machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolicyDocument as PolicyDocumentSchema } from '@cleanroom/contracts';
import { checkPolicy, isTerminal, policyVersionHash, transition, type AgreementEvent, type AgreementState } from '../src/index.js';
import { AUDITOR, BRAND, policy } from './fixtures.js';

const LIMITS = { minCohortFloor: 50, maxEpsilonPerRelease: 1 };
const NOW = new Date('2026-11-23T12:00:00Z');

describe('checkPolicy', () => {
  it('accepts the fixture', () => {
    expect(checkPolicy(policy(), LIMITS, NOW)).toEqual([]);
    expect(PolicyDocumentSchema.safeParse(policy()).success).toBe(true);
  });

  it('lists every fault with its path and code', () => {
    const issues = checkPolicy(
      policy({
        minCohort: 10,
        privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 2, budget: 1, delta: 1e-9 },
        brandAttributes: ['value_tier', 'value_tier', 'device', 'id'],
        auditors: [AUDITOR, AUDITOR, BRAND],
        validUntil: '2020-01-01T00:00:00Z',
      }),
      LIMITS,
      NOW,
    );
    const codes = issues.map((i) => `${i.path}:${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'body/minCohort:below_floor',
        'body/privacy/epsilonPerRelease:above_ceiling',
        'body/privacy/budget:budget_below_release',
        'body/brandAttributes/1:duplicate_attribute',
        'body/brandAttributes/2:attribute_on_both_sides',
        'body/brandAttributes/3:reserved_attribute',
        'body/auditors/1:duplicate_auditor',
        'body/auditors/2:party_as_auditor',
        'body/validUntil:in_the_past',
      ]),
    );
  });

  it('every attribute declares its values: one issue per attribute that does not, naming it', () => {
    const doc = policy({
      brandAttributes: ['value_tier', 'lifecycle', 'note', 'note'],
      partnerAttributes: { content_category: { maxValuesPerId: 3 }, daypart: { maxValuesPerId: 1 }, free_text: { maxValuesPerId: 1 } },
      attributeValues: { value_tier: ['high', 'low'], content_category: ['news', 'sports', 'cooking'], daypart: [] },
    });
    const issues = checkPolicy(doc, LIMITS, NOW).filter((i) => i.code === 'values_required');
    expect(issues.map((i) => i.path)).toEqual(['body/attributeValues/lifecycle', 'body/attributeValues/note', 'body/attributeValues/daypart', 'body/attributeValues/free_text']);
    for (const [i, name] of ['lifecycle', 'note', 'daypart', 'free_text'].entries()) expect(issues[i]!.message).toContain(`"${name}"`);
    // "id" is refused as reserved; asking for its values would be wrong advice.
    expect(checkPolicy(policy({ brandAttributes: ['value_tier', 'lifecycle', 'id'] }), LIMITS, NOW).map((i) => i.code)).toEqual(['reserved_attribute']);
  });

  it('a cap on values per id cannot exceed the values declared', () => {
    const doc = policy({ partnerAttributes: { content_category: { maxValuesPerId: 6 }, daypart: { maxValuesPerId: 4 }, device: { maxValuesPerId: 1 } } });
    expect(checkPolicy(doc, LIMITS, NOW)).toEqual([
      { path: 'body/partnerAttributes/content_category/maxValuesPerId', code: 'cap_above_values', message: expect.stringContaining('5 values') as unknown },
    ]);
  });

  it('context insights need partner attributes; insights named once', () => {
    const codes = checkPolicy(policy({ partnerAttributes: {}, insights: ['context', 'context'] }), LIMITS, NOW).map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(['context_without_attributes', 'duplicate_insight']));
  });

  it('the schema refuses malformed documents field by field', () => {
    const r = PolicyDocumentSchema.safeParse({ ...policy(), minCohort: -1, brandAttributes: ['Value Tier'], unexpected: true });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join('/'));
    expect(paths).toEqual(expect.arrayContaining(['minCohort', 'brandAttributes/0']));
    expect(r.error!.issues.some((i) => i.code === 'unrecognized_keys')).toBe(true);
  });
});

describe('policyVersionHash', () => {
  it('is stable under key order and changes with any value', () => {
    const a = policy();
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(a).reverse()))) as typeof a;
    expect(policyVersionHash(reordered)).toBe(policyVersionHash(a));
    expect(policyVersionHash(a)).toMatch(/^[0-9a-f]{64}$/);
    fc.assert(
      fc.property(fc.integer({ min: 51, max: 10_000 }), (k) => {
        expect(policyVersionHash(policy({ minCohort: k }))).not.toBe(policyVersionHash(a));
      }),
    );
  });
});

describe('lifecycle', () => {
  const STATES: AgreementState[] = ['draft', 'proposed', 'active', 'suspended', 'revoked', 'expired'];
  const EVENTS: AgreementEvent[] = ['propose', 'approve', 'suspend', 'resume', 'revoke', 'expire'];

  it('follows draft → proposed → active → suspended → revoked | expired', () => {
    expect(transition('draft', 'propose')).toEqual({ ok: true, state: 'proposed' });
    expect(transition('proposed', 'approve')).toEqual({ ok: true, state: 'active' });
    expect(transition('active', 'suspend')).toEqual({ ok: true, state: 'suspended' });
    expect(transition('suspended', 'resume')).toEqual({ ok: true, state: 'active' });
    expect(transition('active', 'revoke')).toEqual({ ok: true, state: 'revoked' });
    expect(transition('active', 'expire')).toEqual({ ok: true, state: 'expired' });
    expect(transition('proposed', 'suspend').ok).toBe(false);
    expect(transition('draft', 'approve').ok).toBe(false);
  });

  it('terminal states accept no event; nothing leads back to draft', () => {
    for (const s of STATES) {
      for (const e of EVENTS) {
        const t = transition(s, e);
        if (isTerminal(s)) expect(t.ok).toBe(false);
        if (t.ok) expect(t.state).not.toBe('draft');
      }
    }
    expect(isTerminal('revoked') && isTerminal('expired')).toBe(true);
  });
});
