// POST /v1/agreements/{id}/insights/overlap | context | explain.
import type { z } from 'zod';
import type { InsightResponse, operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { explainInsight, runInsight, type InsightResult } from '../domain/insights.js';
import type { Handler } from '../http/route.js';

function body(result: InsightResult): z.input<typeof InsightResponse> {
  const r = result.release;
  return {
    releaseId: r.id,
    agreementId: r.agreementId,
    agreementVersion: r.agreementVersion,
    agreementVersionHash: result.versionHash,
    dataVersions: { brand: { datasetId: r.brandDataset, version: r.brandVersion }, partner: { datasetId: r.partnerDataset, version: r.partnerVersion } },
    cached: result.cached,
    createdAt: r.createdAt.toISOString(),
    release: {
      ...r.release,
      overlapRows: r.release.overlapRows.map((row) => ({ ...row })),
      contextRows: r.release.contextRows.map((row) => ({ ...row })),
    },
    privacy: result.privacy,
  };
}

export function overlapInsightHandler(ctx: ServiceContext): Handler<typeof operations.overlapInsight> {
  return async ({ principal, params, body: req }) => ({
    body: body(await runInsight(ctx, principal, params.agreementId, { kind: 'overlap', brandAttribute: req.brandAttribute })),
    headers: { 'Cache-Control': 'no-store' },
  });
}

export function contextInsightHandler(ctx: ServiceContext): Handler<typeof operations.contextInsight> {
  return async ({ principal, params, body: req }) => ({
    body: body(await runInsight(ctx, principal, params.agreementId, { kind: 'context', brandAttribute: req.brandAttribute, partnerAttribute: req.partnerAttribute })),
    headers: { 'Cache-Control': 'no-store' },
  });
}

export function explainInsightHandler(ctx: ServiceContext): Handler<typeof operations.explainInsight> {
  return async ({ principal, params, body: req }) => {
    const e = await explainInsight(ctx, principal, params.agreementId, req.kind === 'overlap' ? { kind: 'overlap', brandAttribute: req.brandAttribute } : req);
    return { body: { ...e, reasons: e.reasons.map((r) => ({ ...r })) } };
  };
}
