// Input checks for the privacy layer, in the style of noble-hashes' `anumber`: a wrong type is a
// TypeError, a value out of range a RangeError, and the message names the argument.

/** Asserts `value` is a bigint ≥ `min`. */
export function checkBigInt(value: unknown, name: string, min: bigint): asserts value is bigint {
  if (typeof value !== 'bigint') throw new TypeError(`"${name}" expected bigint, got ${typeof value}`);
  if (value < min) throw new RangeError(`"${name}" expected bigint >= ${min}, got ${value}`);
}

/** Asserts `value` is a finite number strictly greater than `above` (or ≥ it when `inclusive`). */
export function checkNumber(value: unknown, name: string, above: number, inclusive = false): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`"${name}" expected number, got ${typeof value}`);
  const ok = Number.isFinite(value) && (inclusive ? value >= above : value > above);
  if (!ok) throw new RangeError(`"${name}" expected finite number ${inclusive ? '>=' : '>'} ${above}, got ${value}`);
}

/** Asserts `value` is a safe integer ≥ `min`. */
export function checkCount(value: unknown, name: string, min: number): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`"${name}" expected number, got ${typeof value}`);
  if (!Number.isSafeInteger(value) || value < min) {
    throw new RangeError(`"${name}" expected integer >= ${min}, got ${value}`);
  }
}
