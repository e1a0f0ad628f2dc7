// Problem details (RFC 9457): one stable `type` URI per cause, declared per operation in the contract.
import { z } from './zod.js';

export const PROBLEM_CODES = [
  'malformed-request',
  'validation-failed',
  'unsupported-media-type',
  'payload-too-large',
  // Refused below the application, by any operation: headers over the server's limit, a request that
  // did not arrive in time (slow clients).
  'headers-too-large',
  'request-timeout',
  'invalid-client',
  'unsupported-grant-type',
  'invalid-token',
  'forbidden',
  'policy-denied',
  'not-found',
  'conflict',
  'rate-limited',
  'internal',
  'unavailable',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const PROBLEM_TYPE_PREFIX = 'urn:cleanroom:problem:';

export type ProblemType<C extends ProblemCode = ProblemCode> = `${typeof PROBLEM_TYPE_PREFIX}${C}`;

export function problemType<C extends ProblemCode>(code: C): ProblemType<C> {
  return `${PROBLEM_TYPE_PREFIX}${code}`;
}

export const FieldError = z
  .object({
    path: z.string().openapi({ description: 'JSON-pointer-like path of the failing field ("" for the whole body)' }),
    code: z.string().openapi({ description: 'Machine-readable cause of this field error' }),
    message: z.string(),
  })
  .openapi('FieldError');

/** The problem body an operation may answer with; `type` is narrowed to the causes it can produce. */
export function problemSchema<const C extends ProblemCode>(codes: readonly [C, ...C[]]) {
  const types = codes.map((c) => problemType(c)) as [ProblemType<C>, ...ProblemType<C>[]];
  return z.object({
    type: z.enum(types),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    instance: z.string().optional(),
    requestId: z.string().optional(),
    errors: z.array(FieldError).optional().openapi({ description: 'Each failing field, for validation problems' }),
    rule: z.string().optional().openapi({ description: 'The rule that denied the request' }),
    reasons: z
      .array(z.object({ code: z.string(), message: z.string(), field: z.string().optional() }))
      .optional()
      .openapi({ description: 'Every rule of the agreement that denied the request' }),
    rowsReceived: z.number().int().optional().openapi({ description: 'Uploads: data rows in the body' }),
    rowsRejected: z.number().int().optional().openapi({ description: 'Uploads: rows that failed validation (errors lists the first by line)' }),
  });
}

export const PROBLEM_STATUS: Readonly<Record<ProblemCode, number>> = {
  'malformed-request': 400,
  'validation-failed': 422,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'headers-too-large': 431,
  'request-timeout': 408,
  'invalid-client': 401,
  'unsupported-grant-type': 400,
  'invalid-token': 401,
  forbidden: 403,
  'policy-denied': 403,
  'not-found': 404,
  conflict: 409,
  'rate-limited': 429,
  internal: 500,
  unavailable: 503,
};

export const PROBLEM_TITLE: Readonly<Record<ProblemCode, string>> = {
  'malformed-request': 'The request could not be parsed',
  'validation-failed': 'The request failed validation',
  'unsupported-media-type': 'Unsupported media type',
  'payload-too-large': 'The request body is too large',
  'headers-too-large': 'The request headers are too large',
  'request-timeout': 'The request did not arrive in time',
  'invalid-client': 'Client authentication failed',
  'unsupported-grant-type': 'Unsupported grant type',
  'invalid-token': 'Missing or invalid access token',
  forbidden: 'Not allowed',
  'policy-denied': 'Denied by the data agreement',
  'not-found': 'Not found',
  conflict: 'Conflict',
  'rate-limited': 'Too many requests',
  internal: 'Internal error',
  unavailable: 'Service unavailable',
};
