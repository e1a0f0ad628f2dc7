// Agreement operations: propose, list, get, amend, approve, revoke.
import type { z } from 'zod';
import type { operations} from '@cleanroom/contracts';
import { type Agreement } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import {
  approveAgreement,
  budgetsOf,
  getAgreement,
  listAgreements,
  proposeAgreement,
  proposeAmendment,
  revokeAgreement,
  type AgreementView,
} from '../domain/agreements.js';
import type { Handler } from '../http/route.js';

type AgreementBody = z.input<typeof Agreement>;

function summary(view: AgreementView): Omit<AgreementBody, 'versions' | 'budgets'> {
  const active = view.versions.find((v) => v.version === view.row.activeVersion);
  const pending = view.versions.find((v) => v.status === 'pending');
  return {
    id: view.row.id,
    state: view.row.state,
    brand: view.row.brandOrg,
    partner: view.row.partnerOrg,
    auditors: [...view.auditors],
    activeVersion: active?.version ?? null,
    activeVersionHash: active?.versionHash ?? null,
    pendingVersion: pending?.version ?? null,
    pendingVersionHash: pending?.versionHash ?? null,
    validUntil: (active ?? pending)?.document.validUntil ?? null,
    createdAt: view.row.createdAt.toISOString(),
    stateChangedAt: view.row.stateChangedAt.toISOString(),
  };
}

async function full(ctx: ServiceContext, view: AgreementView): Promise<AgreementBody> {
  return {
    ...summary(view),
    versions: view.versions.map((v) => ({
      version: v.version,
      versionHash: v.versionHash,
      status: v.status,
      proposedBy: v.proposedBy,
      proposedAt: v.proposedAt.toISOString(),
      approvedBy: v.approvedBy,
      approvedAt: v.approvedAt?.toISOString() ?? null,
      policy: v.document,
    })),
    budgets: await budgetsOf(ctx.pool, view),
  };
}

export function proposeAgreementHandler(ctx: ServiceContext): Handler<typeof operations.proposeAgreement> {
  return async ({ principal, body }) => {
    const view = await proposeAgreement(ctx, principal, body);
    return { status: 201, body: await full(ctx, view), headers: { Location: `/v1/agreements/${view.row.id}` } };
  };
}

export function listAgreementsHandler(ctx: ServiceContext): Handler<typeof operations.listAgreements> {
  return async ({ principal }) => ({ body: { agreements: (await listAgreements(ctx, principal)).map(summary) } });
}

export function getAgreementHandler(ctx: ServiceContext): Handler<typeof operations.getAgreement> {
  return async ({ principal, params }) => ({ body: await full(ctx, await getAgreement(ctx, principal, params.agreementId)) });
}

export function amendAgreementHandler(ctx: ServiceContext): Handler<typeof operations.amendAgreement> {
  return async ({ principal, params, body }) => ({ status: 201, body: await full(ctx, await proposeAmendment(ctx, principal, params.agreementId, body)) });
}

export function approveAgreementHandler(ctx: ServiceContext): Handler<typeof operations.approveAgreement> {
  return async ({ principal, params, body }) => ({ body: await full(ctx, await approveAgreement(ctx, principal, params.agreementId, body.versionHash)) });
}

export function revokeAgreementHandler(ctx: ServiceContext): Handler<typeof operations.revokeAgreement> {
  return async ({ principal, params, body }) => ({ body: await full(ctx, await revokeAgreement(ctx, principal, params.agreementId, body.reason)) });
}
