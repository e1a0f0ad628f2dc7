// Uploads (DESIGN §2 step 4, §6): a party streams its rows; they are validated, re-keyed with the
// agreement key and COPYed into a new table inside one transaction, which then de-duplicates and
// indexes it, applies the upload rules (policies' checkUpload) and publishes it by flipping the
// party's current-version pointer. A failure anywhere rolls the transaction back, so there is
// never a partial version; what remains is an `upload.rejected` audit event. One upload at a time
// per (agreement, side), held by an advisory lock of the loading session; at most
// CLEANROOM_MAX_CONCURRENT_UPLOADS in all, each on a connection of the uploads' own pool.
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { z } from 'zod';
import type { DatasetUploadResult } from '@cleanroom/contracts';
import { checkUpload, disclose, uploadAttributes, type Membership, type PolicyDocument } from '@cleanroom/policies';
import type { ServiceContext } from '../context.js';
import { AppError } from '../errors.js';
import type { Principal } from '../auth/tokens.js';
import { newDatasetId } from '../ids.js';
import { Rekeyer } from '../ingest/rekey.js';
import { RekeyPool } from '../ingest/rekey-pool.js';
import type { UploadFormat } from '../ingest/rows.js';
import { UploadStream } from '../ingest/upload-stream.js';
import { listVersions } from '../store/agreements.js';
import { appendAuditEvent } from '../store/audit.js';
import {
  analyzeTable,
  attributeColumn,
  compareVersions,
  segmentChanges,
  setSegmentChanges,
  copyIntoSql,
  createDataTable,
  currentForUpdate,
  currentSaltCheck,
  deleteLoading,
  findByIdempotencyKey,
  findLoading,
  indexAndDeduplicate,
  insertLoading,
  listDatasets,
  lockAgreementShared,
  lockUploadSlot,
  nextVersion,
  publish,
  tryLockUploadSlot,
  unlockUploadSlot,
  type DatasetAttributeColumn,
  type DatasetRow,
  type DatasetSide,
} from '../store/datasets.js';
import { inTransaction } from '../store/pool.js';
import { isDatabaseUnavailable } from '../store/unavailable.js';
import { agreementKey } from './agreement-keys.js';
import { visibleAgreement } from './agreements.js';

export type UploadResult = z.input<typeof DatasetUploadResult>;

export interface UploadInput {
  readonly agreementId: string;
  readonly side: DatasetSide;
  readonly format: UploadFormat;
  readonly saltCheck: string;
  readonly idempotencyKey: string | undefined;
  /** Content-Length, when the client sent one. */
  readonly declaredLength: number | undefined;
  readonly body: Readable;
}

export interface UploadOutcome {
  readonly result: UploadResult;
  /** A retry answered with the first upload's result. */
  readonly replayed: boolean;
}

/** How long an upload waits for another one of the same party to finish before answering 409. */
const SLOT_WAIT_MS = 5_000;
/** What a refused upload is told to wait when every upload slot is taken. */
const UPLOADS_BUSY_RETRY_SECONDS = 10;
/** How long a rollback after a failed COPY may take before the connection is dropped instead. */
const ROLLBACK_WAIT_MS = 10_000;

/** What a failed upload got to, for its audit event. */
interface Attempt {
  datasetId?: string;
  version?: number;
  stream?: UploadStream;
}

export async function uploadDataset(ctx: ServiceContext, principal: Principal, input: UploadInput): Promise<UploadOutcome> {
  // First of all, before any query and before the body is read (ops/upload-slots.ts). Not audited:
  // it is the service's capacity, not a decision about anyone's data.
  const release = ctx.uploads.slots.tryAcquire();
  if (!release) {
    throw new AppError('unavailable', {
      detail: `${ctx.uploads.slots.limit} uploads are in progress, the most this service runs at once: retry later`,
      rule: 'uploads_busy',
      headers: { 'Retry-After': String(UPLOADS_BUSY_RETRY_SECONDS) },
    });
  }
  try {
    return await uploadWithSlot(ctx, principal, input);
  } finally {
    release();
  }
}

async function uploadWithSlot(ctx: ServiceContext, principal: Principal, input: UploadInput): Promise<UploadOutcome> {
  const agreement = await visibleAgreement(ctx, principal, input.agreementId);
  const attempt: Attempt = {};
  try {
    const owner = input.side === 'brand' ? agreement.brandOrg : agreement.partnerOrg;
    if (principal.orgId !== owner) {
      const other = input.side === 'brand' ? 'partner' : 'brand';
      const party = principal.orgId === agreement.brandOrg || principal.orgId === agreement.partnerOrg;
      throw new AppError('forbidden', {
        detail: party ? `you are the ${other} of this agreement: upload to …/datasets/${other}` : 'only the brand and the partner of an agreement upload data',
        rule: party ? 'wrong_side' : 'not_a_party',
      });
    }
    if (agreement.state !== 'active' || agreement.activeVersion === null) {
      throw new AppError('conflict', { detail: `the agreement is ${agreement.state}: data can be uploaded only while it is active`, rule: 'agreement_not_active' });
    }
    if (input.declaredLength !== undefined && input.declaredLength > ctx.config.uploadLimitBytes) {
      throw new AppError('payload-too-large', { detail: `the upload exceeds the limit of ${ctx.config.uploadLimitBytes} bytes` });
    }
    const governing = (await listVersions(ctx.pool, input.agreementId)).find((v) => v.version === agreement.activeVersion);
    if (!governing) throw new AppError('internal', { cause: new Error(`agreement ${input.agreementId} has no governing version`) });
    const membership = { brand: agreement.brandOrg, partner: agreement.partnerOrg, auditors: [] };
    const outcome = await load(ctx, principal, input, governing.document, membership, attempt);
    const result = disclose(principal, { kind: 'uploadResult', membership, side: input.side, result: outcome.result });
    if (result === null) throw new AppError('forbidden', { detail: 'only the owner of a dataset reads its upload result', rule: 'not_a_party' });
    return { ...outcome, result };
  } catch (err) {
    const failure = asUploadError(err, input.body);
    await recordRejection(ctx, principal, input, attempt, failure);
    throw failure;
  }
}

async function load(ctx: ServiceContext, principal: Principal, input: UploadInput, policy: PolicyDocument, membership: Membership, attempt: Attempt): Promise<UploadOutcome> {
  const { agreementId, side } = input;
  const specs = uploadAttributes(policy, side);
  const columns: DatasetAttributeColumn[] = specs.map((a) => ({ name: a.name, column: attributeColumn(a.name), multi: a.multi }));
  // The uploads' own pool: this connection is held until the body has arrived, however slowly.
  const client = await ctx.uploads.pool.connect();
  let locked = false;
  let inTx = false;
  let broken = false;
  let key: Buffer | undefined;
  try {
    if (!(await lockUploadSlot(client, agreementId, side, SLOT_WAIT_MS))) {
      throw new AppError('conflict', { detail: `another ${side} upload to this agreement is in progress`, rule: 'upload_in_progress' });
    }
    locked = true;
    // Holding the slot, any `loading` row of it belongs to an upload whose process died.
    await removeAbandonedUploads(ctx, { agreementId, side });

    if (input.idempotencyKey !== undefined) {
      const prior = await findByIdempotencyKey(client, { agreementId, side, createdBy: principal.orgId, key: input.idempotencyKey });
      if (prior) return await replay(ctx, prior, input);
    }

    key = await agreementKey(client, ctx.config.masterKey, agreementId);
    const agreementSecret = key;
    const rekeyer = new Rekeyer(agreementSecret);
    const id = newDatasetId();
    const version = await nextVersion(client, agreementId, side);
    const createdAt = await insertLoading(client, {
      id,
      agreementId,
      side,
      version,
      saltCheck: input.saltCheck,
      attributes: columns,
      partitions: ctx.config.dataPartitions,
      idempotencyKey: input.idempotencyKey ?? null,
      createdBy: principal.orgId,
    });
    attempt.datasetId = id;
    attempt.version = version;

    await client.query('BEGIN');
    inTx = true;
    await createDataTable(client, id, columns, ctx.config.dataPartitions);
    const stream = new UploadStream({
      format: input.format,
      side,
      attributes: specs,
      tokens: rekeyer,
      // Large bodies re-key on a second thread.
      worker: () => new RekeyPool(agreementSecret),
      limitBytes: ctx.config.uploadLimitBytes,
      hashBody: input.idempotencyKey !== undefined,
    });
    attempt.stream = stream;
    const copy = client.query(copyFrom(copyIntoSql(id, columns, ctx.config.dataPartitions)));
    const started = performance.now();
    try {
      await pipeline(input.body, stream, copy);
    } finally {
      rekeyer.wipe();
      agreementSecret.fill(0);
    }
    const loaded = copy.rowCount;
    const loadedAt = performance.now();

    // From here the agreement cannot change state under us (revocation waits for the commit).
    const now = await lockAgreementShared(client, agreementId);
    if (!now || now.state !== 'active' || now.keyDestroyed) {
      throw new AppError('conflict', { detail: 'the agreement ended during the upload', rule: 'agreement_not_active' });
    }
    // De-duplication only removes rows: a load already below the minimum need not be indexed.
    refuseUnlessAllowed(checkUpload({ rows: loaded, minDatasetSize: ctx.config.minDatasetSize, previous: null }), principal, membership, side);
    const duplicates = await indexAndDeduplicate(client, id);
    const rows = loaded - duplicates;
    await analyzeTable(client, id);
    const indexedAt = performance.now();
    const previous = await currentForUpdate(client, agreementId, side);
    const comparison = previous ? { previousRows: previous.rows ?? 0, ...(await compareVersions(client, { id, attributes: columns }, previous)) } : null;
    refuseUnlessAllowed(checkUpload({ rows, minDatasetSize: ctx.config.minDatasetSize, previous: comparison }), principal, membership, side);
    // Counted now, while the previous version's table still exists (publishing drops it).
    if (side === 'brand' && previous) await setSegmentChanges(client, id, await segmentChanges(client, { id, attributes: columns }, previous));

    const peer = await currentSaltCheck(client, agreementId, side === 'brand' ? 'partner' : 'brand');
    const bodyHash = stream.bodyHash();
    let result: UploadResult | undefined;
    await publish(client, {
      id,
      agreementId,
      side,
      rows,
      duplicates,
      attributes: columns,
      requestHash: bodyHash === undefined ? null : requestHash(input, bodyHash),
      previousId: previous?.id ?? null,
      result: (publishedAt) =>
        (result = {
          id,
          agreementId,
          side,
          version,
          status: 'published',
          rowsReceived: stream.rowsReceived,
          rows,
          duplicates,
          rowsRejected: 0,
          valuesCapped: stream.valuesCapped,
          attributes: columns.map((c) => ({ name: c.name, multi: c.multi })),
          peerSaltCheck: peer === null ? 'no_peer_data' : peer === input.saltCheck ? 'match' : 'mismatch',
          supersededVersion: previous?.version ?? null,
          createdAt: createdAt.toISOString(),
          publishedAt: publishedAt.toISOString(),
        }),
    });
    // Counts only: never an id, a hash or a value.
    await appendAuditEvent(client, {
      actorOrg: principal.orgId,
      actorRole: principal.role,
      action: 'upload.accepted',
      agreementId,
      decision: 'allow',
      detail: {
        datasetId: id,
        side,
        version,
        rowsReceived: stream.rowsReceived,
        rows,
        duplicates,
        valuesCapped: stream.valuesCapped,
        bytes: stream.bytes,
        superseded: previous ? { datasetId: previous.id, version: previous.version, rows: previous.rows, tableDropped: true } : null,
      },
    });
    await client.query('COMMIT');
    inTx = false;
    const ms = (a: number, b: number): number => Math.round(b - a);
    ctx.logger.info(
      { datasetId: id, side, version, rows, duplicates, bytes: stream.bytes, ms: { load: ms(started, loadedAt), index: ms(loadedAt, indexedAt), publish: ms(indexedAt, performance.now()) } },
      'dataset published',
    );
    return { result: result!, replayed: false };
  } catch (err) {
    if (inTx) broken = !(await rollback(client));
    if (attempt.datasetId !== undefined) await deleteLoading(ctx.pool, attempt.datasetId).catch((e: unknown) => ctx.logger.error({ err: e }, 'could not remove a failed upload’s row'));
    throw err;
  } finally {
    key?.fill(0);
    if (locked && !broken) await unlockUploadSlot(client, agreementId, side).catch(() => (broken = true));
    client.release(broken ? true : undefined);
  }
}

/** Refuses the upload with the rules that denied it: about the uploader's own data, through the gate. */
function refuseUnlessAllowed(decision: ReturnType<typeof checkUpload>, principal: Principal, membership: Membership, side: DatasetSide): void {
  if (decision.allowed) return;
  const reasons = disclose(principal, { kind: 'reasons', membership, policy: null, request: {}, reasons: decision.reasons.map((r) => ({ ...r, about: side })) });
  const first = reasons[0] ?? { code: decision.reasons[0].code, message: 'refused by the upload rules' };
  throw new AppError('policy-denied', { detail: first.message, rule: first.code, extra: { reasons } });
}

/** True if the transaction rolled back; false if the connection had to be given up. */
async function rollback(client: pg.PoolClient): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      client.query('ROLLBACK'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('rollback timed out')), ROLLBACK_WAIT_MS);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** What a retry is compared by: side, format, salt check and the body's SHA-256. */
function requestHash(input: UploadInput, bodyHash: string): string {
  return createHash('sha256').update(`cleanroom upload v1|${input.side}|${input.format}|${input.saltCheck}|${bodyHash}`).digest('hex');
}

/** A retry with a known Idempotency-Key: the same request gets the first result, another one a 409. */
async function replay(ctx: ServiceContext, prior: DatasetRow, input: UploadInput): Promise<UploadOutcome> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of input.body) {
    const b = chunk as Buffer;
    bytes += b.length;
    if (bytes > ctx.config.uploadLimitBytes) throw new AppError('payload-too-large', { detail: `the upload exceeds the limit of ${ctx.config.uploadLimitBytes} bytes` });
    hash.update(b);
  }
  if (prior.requestHash !== requestHash(input, hash.digest('hex')) || prior.result === null) {
    throw new AppError('conflict', { detail: 'this Idempotency-Key was used for a different upload', rule: 'idempotency_key_reused' });
  }
  return { result: prior.result as UploadResult, replayed: true };
}

/** A dropped connection or a request timeout is an interrupted upload, not a service failure. */
function asUploadError(err: unknown, body: Readable): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string } | undefined)?.code;
  const incomplete = (body as { complete?: boolean }).complete === false;
  // Node's own word for a client that went away; the pipeline then destroys the body whoever failed.
  const clientAborted = (code === 'ECONNRESET' && (err as Error).message === 'aborted') || code === 'ERR_STREAM_PREMATURE_CLOSE';
  // The database going away mid-upload is ours to answer (503), not the client's interruption.
  if (!clientAborted && isDatabaseUnavailable(err)) return AppError.fromError(err);
  if (clientAborted || (incomplete && body.destroyed) || code === 'ECONNRESET') {
    return new AppError('malformed-request', { detail: 'the upload was interrupted before its end', rule: 'upload_interrupted', cause: err });
  }
  return AppError.fromError(err);
}

async function recordRejection(ctx: ServiceContext, principal: Principal, input: UploadInput, attempt: Attempt, failure: AppError): Promise<void> {
  const stream = attempt.stream;
  const reason = failure.rule ?? (failure.code === 'validation-failed' ? 'invalid_rows' : failure.code.replaceAll('-', '_'));
  try {
    await inTransaction(ctx.pool, (client) =>
      appendAuditEvent(client, {
        actorOrg: principal.orgId,
        actorRole: principal.role,
        action: 'upload.rejected',
        agreementId: input.agreementId,
        decision: 'deny',
        detail: {
          side: input.side,
          reason,
          datasetId: attempt.datasetId ?? null,
          version: attempt.version ?? null,
          ...(stream
            ? {
                rowsReceived: stream.rowsReceived,
                rowsRejected: stream.rowsRejected,
                bytes: stream.bytes,
                // Line numbers and codes only; never a value.
                firstErrors: stream.issues.slice(0, 5).map((i) => ({ line: i.line, code: i.code })),
              }
            : {}),
        },
      }),
    );
  } catch (err) {
    ctx.logger.error({ err }, 'could not record a rejected upload');
  }
}

/**
 * Removes `loading` rows left by uploads whose process died (their tables went with their
 * transactions). With `slot`, the caller holds that slot's lock; otherwise each row's slot is
 * taken first, so a live upload elsewhere is never touched. Returns the number removed.
 */
export async function removeAbandonedUploads(ctx: Pick<ServiceContext, 'pool' | 'logger'>, slot?: { agreementId: string; side: DatasetSide }): Promise<number> {
  let removed = 0;
  for (const row of await findLoading(ctx.pool, slot ?? null)) {
    const client = slot ? undefined : await ctx.pool.connect();
    try {
      if (client && !(await tryLockUploadSlot(client, row.agreementId, row.side))) continue;
      try {
        await inTransaction(ctx.pool, async (tx) => {
          await deleteLoading(tx, row.id);
          await appendAuditEvent(tx, {
            actorOrg: null,
            actorRole: 'system',
            action: 'upload.rejected',
            agreementId: row.agreementId,
            decision: 'deny',
            detail: { side: row.side, reason: 'interrupted', datasetId: row.id, version: row.version, uploadedBy: row.createdBy },
          });
        });
        removed++;
      } finally {
        if (client) await unlockUploadSlot(client, row.agreementId, row.side);
      }
    } catch (err) {
      ctx.logger.error({ err, datasetId: row.id }, 'could not remove an abandoned upload');
    } finally {
      client?.release();
    }
  }
  return removed;
}

/** The caller's own versions (both sides if it were both parties), newest first. */
export async function listOwnDatasets(ctx: ServiceContext, principal: Principal, agreementId: string): Promise<DatasetRow[]> {
  const agreement = await visibleAgreement(ctx, principal, agreementId);
  if (principal.orgId !== agreement.brandOrg && principal.orgId !== agreement.partnerOrg) {
    throw new AppError('forbidden', { detail: 'only the brand and the partner of an agreement have datasets', rule: 'not_a_party' });
  }
  const membership = { brand: agreement.brandOrg, partner: agreement.partnerOrg, auditors: [] };
  return disclose(principal, { kind: 'datasetListing', membership, datasets: await listDatasets(ctx.pool, agreementId, ['brand', 'partner']) });
}
