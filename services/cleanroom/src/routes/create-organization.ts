// POST /v1/organizations — the operator registers an organisation; credentials are shown once.
import { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { createOrganization } from '../domain/organizations.js';
import type { Handler } from '../http/route.js';

export const op = operations.createOrganization;

export function createOrganizationHandler(ctx: ServiceContext): Handler<typeof op> {
  return async ({ principal, body }) => {
    const { row, clientSecret } = await createOrganization(ctx, principal, body);
    if (row.kind === 'admin') throw new Error('unreachable: admin is never created through the API');
    return {
      status: 201,
      body: { id: row.id, kind: row.kind, name: row.name, clientId: row.clientId, clientSecret, createdAt: row.createdAt.toISOString() },
      headers: { 'Cache-Control': 'no-store', Location: `/v1/organizations/${row.id}` },
    };
  };
}
