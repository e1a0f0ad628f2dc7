// Synthetic parties for integration tests: 32-byte id digests (as the SDK would send them, already
// salted), attributes, and upload over real HTTP.
import { randomBytes } from 'node:crypto';
import type { TestService } from './service.js';

export interface Person {
  readonly digest: string;
  readonly attributes: Readonly<Record<string, string | readonly string[]>>;
}

export function digests(n: number): string[] {
  const buf = randomBytes(32 * n);
  return Array.from({ length: n }, (_, i) => buf.subarray(32 * i, 32 * i + 32).toString('hex'));
}

export function ndjson(people: readonly Person[]): string {
  return people.map((p) => JSON.stringify({ id: p.digest, ...p.attributes })).join('\n') + '\n';
}

export const SALT_CHECK = 'c'.repeat(64);

export async function upload(
  svc: TestService,
  token: string,
  agreementId: string,
  side: 'brand' | 'partner',
  people: readonly Person[],
  headers: Record<string, string> = {},
): Promise<Response> {
  return svc.fetch(`/v1/agreements/${agreementId}/datasets/${side}`, {
    method: 'PUT',
    token,
    body: ndjson(people),
    headers: { 'Content-Type': 'application/x-ndjson', 'Cleanroom-Salt-Check': SALT_CHECK, ...headers },
  });
}
