// A valid policy document to vary in tests.
import type { PolicyDocument } from '../src/policy.js';

export const BRAND = 'org_brand00000000000000000000000'.slice(0, 30);
export const PARTNER = 'org_partner000000000000000000000'.slice(0, 30);
export const AUDITOR = 'org_auditor000000000000000000000'.slice(0, 30);

export function policy(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  return {
    purpose: 'Media planning: context affinity of brand segments',
    parties: { brand: BRAND, partner: PARTNER },
    auditors: [AUDITOR],
    identity: { profile: 'email' },
    brandAttributes: ['value_tier', 'lifecycle'],
    partnerAttributes: { content_category: { maxValuesPerId: 3 }, daypart: { maxValuesPerId: 1 }, device: { maxValuesPerId: 1 } },
    insights: ['overlap', 'context'],
    minCohort: 50,
    privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
    attributeValues: {
      value_tier: ['high', 'mid', 'low'],
      lifecycle: ['new', 'active', 'lapsed'],
      content_category: ['news', 'sports', 'cooking', 'travel', 'tech'],
      daypart: ['morning', 'daytime', 'evening', 'night'],
      device: ['mobile', 'desktop', 'tv'],
    },
    revealPartnerBaseSize: false,
    validUntil: '2099-06-30T00:00:00Z',
    retentionDays: 90,
    ...overrides,
  };
}
