// GET /v1/organizations/{orgId} — public details of an organisation the caller deals with.
import { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { getVisibleOrganization, publicOrganization } from '../domain/organizations.js';
import type { Handler } from '../http/route.js';

export const op = operations.getOrganization;

export function getOrganizationHandler(ctx: ServiceContext): Handler<typeof op> {
  return async ({ principal, params }) => ({ body: publicOrganization(await getVisibleOrganization(ctx, principal, params.orgId)) });
}
