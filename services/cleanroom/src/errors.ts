// The one error type of the service: a stable problem code, a status, an optional public detail,
// field errors and the rule that denied, with the underlying cause kept for logs only. It becomes
// application/problem+json at the edge (http/problem.ts).
import { PROBLEM_STATUS, type ProblemCode } from '@cleanroom/contracts';
import { isDatabaseUnavailable } from './store/unavailable.js';

export interface FieldIssue {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

export interface AppErrorOptions {
  readonly detail?: string;
  readonly errors?: readonly FieldIssue[];
  readonly rule?: string;
  readonly cause?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
  readonly extra?: Readonly<Record<string, unknown>>;
}

export class AppError extends Error {
  readonly status: number;
  readonly detail: string | undefined;
  readonly errors: readonly FieldIssue[] | undefined;
  readonly rule: string | undefined;
  readonly headers: Readonly<Record<string, string>>;
  readonly extra: Readonly<Record<string, unknown>>;

  constructor(
    readonly code: ProblemCode,
    options: AppErrorOptions = {},
  ) {
    super(options.detail ?? code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.status = PROBLEM_STATUS[code];
    this.detail = options.detail;
    this.errors = options.errors;
    this.rule = options.rule;
    this.headers = options.headers ?? {};
    this.extra = options.extra ?? {};
  }

  /**
   * Wraps anything thrown: an AppError passes through, a lost or refused database connection is a
   * 503 worth retrying, anything else is an internal error.
   */
  static fromError(err: unknown): AppError {
    if (err instanceof AppError) return err;
    if (isDatabaseUnavailable(err)) return new AppError('unavailable', { rule: 'database_unavailable', headers: { 'Retry-After': '5' }, cause: err });
    return new AppError('internal', { cause: err });
  }
}
