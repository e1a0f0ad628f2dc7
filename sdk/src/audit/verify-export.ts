// Offline verification of an audit export file (Node): streams the file through the contract's
// ExportVerifier (every hash, every link, every agreement chain) and checks a signed checkpoint
// against a JWKS file — no call to the service. NDJSON is the canonical format; CSV verifies the same
// way (its formula guard is undone cell by cell, see csvValue in the contracts). With an earlier
// checkpoint (or the service's checkpoint file, one a line), it also proves that the log the export
// shows extends it: nothing up to its heads was rewritten since (extends.ts).
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { CsvRecordReader, EXPORT_CSV_COLUMNS, ExportVerifier, parseCsvRecord, parseNdjsonLine, type CheckpointPayload, type ExportVerdict, type ParsedLine } from '@cleanroom/contracts';
import type { JSONWebKeySet } from 'jose';
import { verifyCheckpoint, type CheckpointCheck } from './checkpoint.js';
import { ExtensionCheck, type ExtensionVerdict } from './extends.js';

export interface VerifyExportOptions {
  readonly exportPath: string;
  readonly checkpointPath?: string | undefined;
  /** An earlier checkpoint, or a file of them (one compact JWS a line): the log must extend each. */
  readonly sinceCheckpointPath?: string | undefined;
  readonly jwksPath?: string | undefined;
  /** Default: from the file name (.csv → csv, else ndjson). */
  readonly format?: 'ndjson' | 'csv' | undefined;
  /** Accept chains that start mid-way (an export made with `from`). */
  readonly partial?: boolean | undefined;
}

export interface VerifyExportResult {
  readonly ok: boolean;
  /** One line: what was verified, or the first thing that failed. */
  readonly message: string;
  readonly verdict: ExportVerdict | undefined;
  readonly checkpoint: CheckpointCheck | undefined;
  readonly extension?: ExtensionVerdict | undefined;
}

/** Feeds the file to `verifier`, line by line (NDJSON) or record by record (CSV), in constant memory. */
export async function feedExport(path: string, format: 'ndjson' | 'csv', verifier: Pick<ExportVerifier, 'add'>): Promise<void> {
  const stream = createReadStream(path, { encoding: 'utf8' });
  try {
    if (format === 'ndjson') {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      for await (const line of lines) {
        if (line === '') continue;
        if (!verifier.add(parseNdjsonLine(line))) break;
      }
      return;
    }
    const reader = new CsvRecordReader();
    let header = true;
    const take = (records: string[][]): boolean => {
      for (const cells of records) {
        if (header) {
          header = false;
          if (cells.join(',') !== EXPORT_CSV_COLUMNS.join(',')) return verifier.add({ ok: false, seq: null, message: 'the CSV header is not the audit export header' });
          continue;
        }
        if (cells.length === 1 && cells[0] === '') continue;
        if (!verifier.add(parseCsvRecord(cells))) return false;
      }
      return true;
    };
    for await (const chunk of stream) if (!take(reader.push(chunk as string))) return;
    take(reader.end());
  } finally {
    stream.destroy();
  }
}

export async function verifyExportFile(options: VerifyExportOptions): Promise<VerifyExportResult> {
  const format = options.format ?? (options.exportPath.toLowerCase().endsWith('.csv') ? 'csv' : 'ndjson');
  let checkpoint: CheckpointCheck | undefined;
  if (options.checkpointPath !== undefined) {
    if (options.jwksPath === undefined) return { ok: false, message: 'a checkpoint needs the JWKS to check its signature', verdict: undefined, checkpoint };
    const jwks = JSON.parse(await readFile(options.jwksPath, 'utf8')) as JSONWebKeySet;
    checkpoint = await verifyCheckpoint(await readFile(options.checkpointPath, 'utf8'), jwks);
    if (!checkpoint.ok) return { ok: false, message: checkpoint.message, verdict: undefined, checkpoint };
  }
  let earlier: CheckpointPayload[] | undefined;
  if (options.sinceCheckpointPath !== undefined) {
    if (options.jwksPath === undefined) return { ok: false, message: 'an earlier checkpoint needs the JWKS to check its signature', verdict: undefined, checkpoint };
    const jwks = JSON.parse(await readFile(options.jwksPath, 'utf8')) as JSONWebKeySet;
    const lines = (await readFile(options.sinceCheckpointPath, 'utf8')).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    if (lines.length === 0) return { ok: false, message: 'the earlier checkpoint file is empty', verdict: undefined, checkpoint };
    earlier = [];
    for (const [i, jws] of lines.entries()) {
      const check = await verifyCheckpoint(jws, jwks);
      if (!check.ok) return { ok: false, message: `earlier ${lines.length > 1 ? `checkpoint on line ${i + 1}` : 'checkpoint'}: ${check.message}`, verdict: undefined, checkpoint };
      earlier.push(check.payload);
    }
  }
  const verifier = new ExportVerifier({ partial: options.partial ?? false });
  const extension = earlier ? new ExtensionCheck(earlier) : undefined;
  const both = { add: (parsed: ParsedLine): boolean => (extension?.add(parsed), verifier.add(parsed)) };
  await feedExport(options.exportPath, format, both);
  const verdict = verifier.finish(checkpoint?.ok ? checkpoint.payload : undefined);
  if (!verdict.ok) return { ok: false, message: `verification failed: ${verdict.problem.message}`, verdict, checkpoint };
  const extended = extension?.finish();
  if (extended && !extended.ok) return { ok: false, message: `verification failed: ${extended.message}`, verdict, checkpoint, extension: extended };
  const s = verdict.summary;
  const chains = s.agreements.map((a) => `${a.agreementId} ${a.fromSeq}–${a.toSeq}`).join(', ');
  const anchored = checkpoint?.ok
    ? `; checkpoint seq ${checkpoint.payload.seq} of ${checkpoint.payload.time} (kid ${checkpoint.kid}) matches`
    : earlier
      ? ''
      : '; no checkpoint given: the chain is consistent but not anchored';
  const since = earlier && extended?.ok ? `; extends ${earlier.length === 1 ? `the checkpoint of ${earlier[0]!.time} (seq ${earlier[0]!.seq})` : `${earlier.length} earlier checkpoints`} (${extended.anchors} signed heads found unchanged)` : '';
  return {
    ok: true,
    message: `verified: ${s.events} events${s.elided ? ` and ${s.elided} elided` : ''}, seq ${s.firstSeq}–${s.lastSeq}${chains ? `; agreement chains ${chains}` : ''}${anchored}${since}`,
    verdict,
    checkpoint,
    ...(extended ? { extension: extended } : {}),
  };
}
