// Done means (issue 7, item 2): the SDK's types come from the contract. A wrong request body or a
// misspelled path fails to compile (the @ts-expect-error lines below fail `npm run typecheck` if
// they ever compile), and a problem's `type` narrows to the causes that operation declares.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { ProblemType } from '@cleanroom/contracts';
import { createCleanroomClient } from '../src/index.js';

const AGREEMENT = 'agr_0000000000000000000000000a';

/** A fake fetch (no mocking library): answers every request with the given problem. */
function answering(status: number, body: unknown): (req: Request) => Promise<Response> {
  return () => Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } }));
}

describe('SDK types', () => {
  it('a problem narrows by type and the success body is the contract type', async () => {
    const client = createCleanroomClient({
      baseUrl: 'http://127.0.0.1:1',
      token: 't',
      fetch: answering(409, { type: 'urn:cleanroom:problem:conflict', title: 'Conflict', status: 409, rule: 'stale_version_hash' }),
    });
    const { data, error } = await client.api.POST('/v1/agreements/{agreementId}/approve', {
      params: { path: { agreementId: AGREEMENT } },
      body: { versionHash: 'a'.repeat(64) },
    });
    if (data) expectTypeOf(data.state).toEqualTypeOf<'draft' | 'proposed' | 'active' | 'suspended' | 'revoked' | 'expired'>();
    expect(error).toBeDefined();
    if (!error) return;
    expectTypeOf(error.type).toEqualTypeOf<
      ProblemType<'malformed-request' | 'validation-failed' | 'unsupported-media-type' | 'forbidden' | 'not-found' | 'conflict' | 'invalid-token' | 'rate-limited' | 'internal' | 'unavailable'>
    >();
    switch (error.type) {
      case 'urn:cleanroom:problem:conflict':
        expectTypeOf(error.type).toEqualTypeOf<'urn:cleanroom:problem:conflict'>();
        expect(error.rule).toBe('stale_version_hash');
        break;
      default:
        throw new Error(`unexpected ${error.type}`);
    }
  });

  it('an insight denial is a policy-denied problem with the rule and reasons', async () => {
    const client = createCleanroomClient({
      baseUrl: 'http://127.0.0.1:1',
      token: 't',
      fetch: answering(403, { type: 'urn:cleanroom:problem:policy-denied', title: 'Denied', status: 403, rule: 'budget_exhausted', reasons: [{ code: 'budget_exhausted', message: 'm' }] }),
    });
    const { error } = await client.api.POST('/v1/agreements/{agreementId}/insights/overlap', { params: { path: { agreementId: AGREEMENT } }, body: {} });
    if (error?.type === 'urn:cleanroom:problem:policy-denied') {
      expectTypeOf(error.reasons).toEqualTypeOf<{ code: string; message: string; field?: string }[] | undefined>();
      expect(error.reasons?.[0]?.code).toBe('budget_exhausted');
    } else {
      throw new Error('expected a policy denial');
    }
  });

  it('wrong bodies and misspelled paths do not compile', () => {
    const client = createCleanroomClient({ baseUrl: 'http://127.0.0.1:1', token: 't', fetch: answering(500, {}) });
    const compileOnly = (): void => {
      // @ts-expect-error misspelled path
      void client.api.GET('/v1/agreement');
      // @ts-expect-error the approve body is { versionHash }, not { hash }
      void client.api.POST('/v1/agreements/{agreementId}/approve', { params: { path: { agreementId: AGREEMENT } }, body: { hash: 'x' } });
      // @ts-expect-error kind is brand | media_partner | auditor
      void client.api.POST('/v1/organizations', { body: { kind: 'bank', name: 'x' } });
      // @ts-expect-error the path parameter is required
      void client.api.GET('/v1/agreements/{agreementId}', {});
    };
    expect(typeof compileOnly).toBe('function');
  });
});
