// Errors as values for data a party hands us (a malformed email, a bad digest, a foreign key
// encoding): a bulk run reports them per row with a stable code instead of aborting. Programming
// errors (wrong argument types, wrong key lengths) still throw TypeError / RangeError.

/** Success or a failure with a stable, machine-readable code and a human-readable message. */
export type Result<T, C extends string> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly code: C; readonly message: string };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<C extends string>(
  code: C,
  message: string,
): { readonly ok: false; readonly code: C; readonly message: string } {
  return { ok: false, code, message };
}

/** Throws a TypeError unless `value` is a string. */
export function checkString(value: unknown, title: string): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`"${title}" expected string, got ${typeof value}`);
}

// A lone UTF-16 surrogate has no UTF-8 encoding: TextEncoder turns it into U+FFFD, so two different
// strings would hash (or salt) identically.
const LONE_SURROGATE = /\p{Cs}/u;

export function isWellFormed(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}
