// Datasets: a party's uploads of id hashes and attributes (DESIGN §2 step 4), their versions and the
// result of an upload. The upload body itself is a stream (NDJSON or CSV), described here as text.
import { AgreementId, AttributeName } from './agreements.js';
import { OrgId, Timestamp } from './common.js';
import { z } from './zod.js';

export const DatasetSide = z.enum(['brand', 'partner']).openapi('DatasetSide');

export const DatasetId = z
  .string()
  .regex(/^ds_[0-9a-z]{26}$/, 'a dataset id: ds_ followed by 26 base-32 characters')
  .openapi('DatasetId', { example: 'ds_01jd6m3v8x4k2h7q9w5c0b1n3r' });

/** The salt check the SDK computes (sdk saltCheck): 64 lowercase hex digits. */
export const SaltCheck = z
  .string()
  .regex(/^[0-9a-f]{64}$/, '64 lowercase hex digits: the salt check the SDK computed for this agreement and profile')
  .openapi('SaltCheck');

export const DatasetParams = z.object({ agreementId: AgreementId, side: DatasetSide });

/** Header names are lowercase: HTTP header names are case-insensitive and arrive lowercased. */
export const UploadHeaders = z.object({
  'cleanroom-salt-check': SaltCheck.openapi({ description: 'The salt check (sdk `saltCheck(salt, profile)`); insights are denied with salt_mismatch when the two parties’ checks differ' }),
  'idempotency-key': z
    .string()
    .regex(/^[\x21-\x7e]{1,255}$/, '1–255 visible ASCII characters')
    .optional()
    .openapi({ description: 'A retry with the same key and the same body returns the first result; the same key with a different body is a conflict' }),
});

export const UploadBody = z.string().openapi({
  description:
    'One row per id. NDJSON (application/x-ndjson): `{"id": "<digest>", "<attribute>": "value" | ["value", …]}` per line. ' +
    'CSV (text/csv, RFC 4180, header row first): an `id` column and one column per attribute; several values of a multi-valued ' +
    'attribute separated by `|`. `id` is the 32-byte id hash (HMAC-SHA256 under the agreement salt) as 64 hex digits or 43 ' +
    'base64url characters; anything else (an email, a phone number), or ids that are not plausibly uniform digests ' +
    '(ids_not_digests: zero-padded or decimal-only numbers, long constant runs, skewed digit frequencies), fails the whole upload. ' +
    'Attributes are those the governing policy allows for the uploading side; values only those it declares for them.',
});

export const DatasetAttribute = z
  .object({
    name: AttributeName,
    multi: z.boolean().openapi({ description: 'Several values per id (a partner attribute with maxValuesPerId > 1)' }),
  })
  .openapi('DatasetAttribute');

export const PeerSaltCheck = z
  .enum(['match', 'mismatch', 'no_peer_data'])
  .openapi('PeerSaltCheck', { description: "Whether the other party's current dataset carries the same salt check" });

export const DatasetUploadResult = z
  .object({
    id: DatasetId,
    agreementId: AgreementId,
    side: DatasetSide,
    version: z.number().int().positive(),
    status: z.literal('published'),
    rowsReceived: z.number().int().nonnegative().openapi({ description: 'Data rows in the body' }),
    rows: z.number().int().nonnegative().openapi({ description: 'Distinct ids stored' }),
    duplicates: z.number().int().nonnegative().openapi({ description: 'Rows whose id repeated an earlier row (the first one is kept)' }),
    rowsRejected: z.number().int().nonnegative().openapi({ description: 'Always 0: one invalid row fails the whole upload' }),
    valuesCapped: z.number().int().nonnegative().openapi({ description: "Rows whose multi-valued attribute held more distinct values than the policy's maxValuesPerId (the first ones are kept)" }),
    attributes: z.array(DatasetAttribute),
    peerSaltCheck: PeerSaltCheck,
    supersededVersion: z.number().int().positive().nullable(),
    createdAt: Timestamp,
    publishedAt: Timestamp,
  })
  .openapi('DatasetUploadResult');

export const DatasetVersion = z
  .object({
    id: DatasetId,
    side: DatasetSide,
    version: z.number().int().positive(),
    status: z.enum(['loading', 'published', 'superseded', 'deleted']),
    current: z.boolean(),
    rows: z.number().int().nonnegative().nullable(),
    duplicates: z.number().int().nonnegative().nullable(),
    attributes: z.array(DatasetAttribute),
    uploadedBy: OrgId,
    createdAt: Timestamp,
    publishedAt: Timestamp.nullable(),
    deletedAt: Timestamp.nullable(),
  })
  .openapi('DatasetVersion');

export const DatasetList = z.object({ datasets: z.array(DatasetVersion) }).openapi('DatasetList');
