// PUT /v1/agreements/{agreementId}/datasets/{side} (streamed upload) and
// GET /v1/agreements/{agreementId}/datasets (the caller's versions).
import type { RequestHandler } from 'express';
import type { operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { listOwnDatasets, uploadDataset } from '../domain/datasets.js';
import type { Handler } from '../http/route.js';

/**
 * Runs before authentication: whatever the answer, the connection closes after it, so a body the
 * service stopped reading (refused early, too large) is not drained — it may be gigabytes.
 */
export const closeAfterUpload: RequestHandler = (_req, res, next) => {
  res.setHeader('Connection', 'close');
  next();
};

export function uploadDatasetHandler(ctx: ServiceContext): Handler<typeof operations.uploadDataset> {
  return async ({ principal, params, headers, req }) => {
    const length = req.headers['content-length'];
    const { result, replayed } = await uploadDataset(ctx, principal, {
      agreementId: params.agreementId,
      side: params.side,
      format: req.is('text/csv') ? 'csv' : 'ndjson',
      saltCheck: headers['cleanroom-salt-check'],
      idempotencyKey: headers['idempotency-key'],
      declaredLength: length === undefined ? undefined : Number(length),
      body: req,
    });
    return {
      status: 201,
      body: result,
      headers: { Location: `/v1/agreements/${params.agreementId}/datasets`, ...(replayed ? { 'Idempotent-Replayed': 'true' } : {}) },
    };
  };
}

export function listDatasetsHandler(ctx: ServiceContext): Handler<typeof operations.listDatasets> {
  return async ({ principal, params }) => {
    const rows = await listOwnDatasets(ctx, principal, params.agreementId);
    return {
      body: {
        datasets: rows.map((d) => ({
          id: d.id,
          side: d.side,
          version: d.version,
          status: d.status,
          current: d.current,
          rows: d.rows,
          duplicates: d.duplicates,
          attributes: d.attributes.map((a) => ({ name: a.name, multi: a.multi })),
          uploadedBy: d.createdBy,
          createdAt: d.createdAt.toISOString(),
          publishedAt: d.publishedAt?.toISOString() ?? null,
          deletedAt: d.deletedAt?.toISOString() ?? null,
        })),
      },
    };
  };
}
