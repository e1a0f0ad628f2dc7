// A small valid policy document for integration tests, and an agreement made active with it
// (proposed by the brand, approved by the partner by its version hash).
import { expect } from 'vitest';
import type { OrgHandle, TestService } from './service.js';

export function testPolicy(parties: { brand: string; partner: string; auditors?: string[] }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    purpose: 'Integration test',
    parties: { brand: parties.brand, partner: parties.partner },
    auditors: parties.auditors ?? [],
    identity: { profile: 'email' },
    brandAttributes: ['value_tier'],
    partnerAttributes: { device: {} },
    insights: ['overlap', 'context'],
    minCohort: 50,
    privacy: { mechanism: 'discrete-gaussian', epsilonPerRelease: 0.5, budget: 3, delta: 1e-9 },
    attributeValues: { value_tier: ['high', 'low'], device: ['mobile', 'tv'] },
    validUntil: '2099-01-01T00:00:00Z',
    retentionDays: 30,
    ...overrides,
  };
}

export async function activeAgreement(svc: TestService, brand: OrgHandle, partner: OrgHandle, policy: Record<string, unknown>): Promise<string> {
  const post = (path: string, token: string, body: unknown) => svc.fetch(path, { method: 'POST', token, body: JSON.stringify(body) });
  const proposed = (await (await post('/v1/agreements', brand.token, policy)).json()) as { id: string; pendingVersionHash: string };
  expect((await post(`/v1/agreements/${proposed.id}/approve`, partner.token, { versionHash: proposed.pendingVersionHash })).status).toBe(200);
  return proposed.id;
}
