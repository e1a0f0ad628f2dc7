// GET /v1/audit/export — the caller's scope of the audit log as NDJSON (canonical) or CSV, streamed
// with backpressure; the export ends at a fixed head (X-Audit-Through) so a checkpoint can match it.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { csvHeader, toCsvRow, toNdjsonLine, type operations } from '@cleanroom/contracts';
import type { ServiceContext } from '../context.js';
import { prepareExport, type ExportItem } from '../domain/audit-export.js';
import type { Handler } from '../http/route.js';

/** Lines are sent in chunks of about this many characters, not one write per event. */
const CHUNK = 64 * 1024;

export function exportAuditEventsHandler(ctx: ServiceContext): Handler<typeof operations.exportAuditEvents> {
  return async ({ principal, query, res }) => {
    const prepared = await prepareExport(ctx, principal, query);
    const csv = query.format === 'csv';
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    res.status(200);
    res.setHeader('Content-Type', csv ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-${query.agreementId ?? 'all'}-${stamp}.${csv ? 'csv' : 'ndjson'}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Audit-Through', String(prepared.through));
    res.setHeader('X-Audit-Partial', String(prepared.partial));
    const text = async function* (items: AsyncGenerator<ExportItem>): AsyncGenerator<string> {
      let buffer = csv ? csvHeader() : '';
      for await (const item of items) {
        buffer += item.kind === 'record' ? JSON.stringify({ recordOfProcessing: item.record }) + '\n' : csv ? toCsvRow(item.line) : toNdjsonLine(item.line);
        if (buffer.length >= CHUNK) {
          yield buffer;
          buffer = '';
        }
      }
      if (buffer) yield buffer;
    };
    try {
      await pipeline(Readable.from(text(prepared.items)), res);
    } catch (err) {
      // A client that goes away mid-export is not an error of ours; anything else is logged. The
      // response is cut short either way, and a cut export fails verification.
      if ((err as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') ctx.logger.error({ err }, 'audit export failed mid-stream');
      res.destroy();
    }
    return undefined;
  };
}
