// fast-check arbitraries made from the contract's zod schemas, for fuzzing the HTTP interface: values
// that follow a schema (so requests get past validation and reach the handlers, the database and the
// policy engine), the same with hostile parts (wrong types, nulls, extra and prototype keys, huge and
// odd strings, deep nesting), and plain garbage (any JSON, any bytes). Walks zod 4's public `def`.
import fc from 'fast-check';
import type { ZodType } from 'zod';

/** Known-good values for strings of a given regex (keyed by the pattern's source): real ids, so that requests find real rows. */
export type Pools = ReadonlyMap<string, readonly string[]>;

interface Def {
  readonly type: string;
  readonly [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const checksOf = (def: Def): Def[] => ((def.checks as { _zod: { def: Def } }[] | undefined) ?? []).map((c) => c._zod.def);

/** Strings a parser or a database may trip on. */
export const oddStrings: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'null',
    'undefined',
    'NaN',
    '-0',
    '1e309',
    '99999999999999999999999',
    "'; DROP TABLE audit_events; --",
    '" OR 1=1 --',
    '$1',
    '%s%s%n',
    '../../../../etc/passwd',
    '%2e%2e%2f',
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '\u202e\u0635\ufeff',
    '\ud800',
    '\udfff\ud800',
    '𝕏😀👩‍👩‍👧',
    'a\r\nSet-Cookie: x=1',
    '__proto__',
    'constructor',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 1000, max: 70_000 }).map((n) => 'x'.repeat(n)),
);

/** Deeply nested JSON values (arrays or objects), as values not text. */
export const deepValue: fc.Arbitrary<unknown> = fc.tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean()).map(([depth, asObject]) => {
  let v: unknown = asObject ? {} : [];
  for (let i = 0; i < depth; i++) v = asObject ? { a: v } : [v];
  return v;
});

/** Any JSON value of a type the schema probably does not want. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, -0, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, [null], { '': null }) },
  { weight: 3, arbitrary: oddStrings },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: deepValue },
);

/** Extra keys, including the ones that pollute prototypes when code merges objects naively. */
const extraKeys: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(fc.dictionary(fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'id', ''), fc.string({ maxLength: 12 })), wrongValue, { maxKeys: 3 }), fc.boolean())
  .map(([extra, proto]) => (proto ? JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`) as Record<string, unknown> : extra));

/** `arb` once in `n` draws, else undefined (fc.option's `freq` is the other way round: nil once in `freq`). */
export function rarely<T>(arb: fc.Arbitrary<T>, n: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: n - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

const isOptional = (schema: unknown): boolean => ['optional', 'default', 'prefault'].includes(defOf(schema).type);

/**
 * Values of `schema`, mostly valid. With `hostility` > 0, each part is replaced by a wrong value
 * with that probability (in percent) and objects sometimes carry extra keys.
 */
export function fromSchema(schema: ZodType, pools: Pools, hostility = 0): fc.Arbitrary<unknown> {
  const walk = (s: unknown): fc.Arbitrary<unknown> => {
    const valid = validOf(s);
    if (hostility <= 0) return valid;
    return fc.oneof({ weight: 100 - hostility, arbitrary: valid }, { weight: hostility, arbitrary: wrongValue });
  };

  const validOf = (s: unknown): fc.Arbitrary<unknown> => {
    const def = defOf(s);
    switch (def.type) {
      case 'string':
        return stringOf(def, pools);
      case 'number':
        return numberOf(def);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      case 'enum':
        return fc.constantFrom(...Object.values(def.entries as Record<string, string>));
      case 'literal':
        return fc.constantFrom(...(def.values as unknown[]));
      case 'optional':
      case 'default':
      case 'prefault':
        return fc.option(walk(def.innerType), { nil: undefined, freq: 3 });
      case 'nullable':
        return fc.option(walk(def.innerType), { nil: null, freq: 4 });
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        return walk(def.innerType);
      case 'pipe':
        return walk(def.in);
      case 'union':
        return fc.oneof(...(def.options as unknown[]).map(walk));
      case 'array': {
        const max = checksOf(def).find((c) => c.check === 'max_length')?.maximum as number | undefined;
        const min = checksOf(def).find((c) => c.check === 'min_length')?.minimum as number | undefined;
        return fc.array(walk(def.element), { minLength: min ?? 0, maxLength: Math.min(max ?? 6, 6) });
      }
      case 'record':
        return fc.dictionary(validOf(def.keyType).map(String), walk(def.valueType), { maxKeys: 4 });
      case 'object': {
        const shape = def.shape as Record<string, unknown>;
        const keys = Object.keys(shape);
        const fields = fc.tuple(...keys.map((k) => walk(shape[k])));
        const withExtra = hostility > 0 ? rarely(extraKeys, 5) : fc.constant(undefined);
        return fc.tuple(fields, withExtra, fc.subarray(keys.filter((k) => !isOptional(shape[k])))).map(([values, extra, dropped]) => {
          const out: Record<string, unknown> = {};
          keys.forEach((k, i) => {
            // A hostile object sometimes lacks a required field.
            if (values[i] !== undefined && !(hostility > 0 && dropped.length === 1 && dropped[0] === k)) out[k] = values[i];
          });
          return extra ? Object.assign(extra, out) : out;
        });
      }
      case 'unknown':
      case 'any':
        return fc.jsonValue({ maxDepth: 2 });
      case 'never':
        return fc.constant(undefined);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  };
  return walk(schema);
}

function stringOf(def: Def, pools: Pools): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const patterns: RegExp[] = [];
  if (def.pattern instanceof RegExp) patterns.push(def.pattern);
  for (const c of checks) if (c.check === 'string_format' && c.pattern instanceof RegExp) patterns.push(c.pattern);
  if (patterns.length > 0) {
    const re = patterns[0]!;
    const known = pools.get(re.source);
    if (def.format === 'datetime') {
      return fc.oneof(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
        fc.stringMatching(re),
      );
    }
    return known && known.length > 0 ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.stringMatching(re) }) : fc.stringMatching(re);
  }
  const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 0;
  const max = Math.min((checks.find((c) => c.check === 'max_length')?.maximum as number | undefined) ?? 64, 300);
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength: min, maxLength: max }) },
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }) },
    // Valid in every way but one: a character the database cannot store, or a lone surrogate.
    { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: Math.max(min, 1), maxLength: Math.max(Math.min(max - 1, 20), 1) }), fc.constantFrom('\u0000', '\ud800', '\udfff')).map(([a, c]) => a + c) },
  );
}

function numberOf(def: Def): fc.Arbitrary<number> {
  let min = -1e6;
  let max = 1e6;
  let integer = false;
  for (const c of checksOf(def)) {
    if (c.check === 'greater_than') min = c.value as number;
    if (c.check === 'less_than') max = c.value as number;
    if (c.check === 'number_format') integer = true;
  }
  return integer ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Query strings: values of the query schema, odd keys and values, repeated keys, broken escapes. */
export function queryString(schema: ZodType | undefined, pools: Pools): fc.Arbitrary<string> {
  const fromContract = schema
    ? fromSchema(schema, pools, 10).map((v) => {
        const q = new URLSearchParams();
        if (v && typeof v === 'object') for (const [k, x] of Object.entries(v as Record<string, unknown>)) q.append(k, typeof x === 'string' ? x : JSON.stringify(x));
        return q.toString();
      })
    : fc.constant('');
  return fc.oneof(
    { weight: 6, arbitrary: fromContract },
    { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 }), { maxKeys: 4 }).map((d) => new URLSearchParams(d).toString()) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', 'limit=1&limit=2', 'a[b][c]=1', '__proto__[x]=1', 'limit=-1', 'limit=1e3', 'format=csv&format=ndjson', 'through=99999999999999999999', 'cursor=%00', '=&=&&', '?') },
    { weight: 1, arbitrary: fromContract.map((q) => `${q}&${'x'.repeat(4000)}=1`) },
  );
}

/** Percent-encodes the UTF-8 of `s` (a lone surrogate becomes U+FFFD, where encodeURIComponent throws). */
export function percentEncode(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) out += /[A-Za-z0-9\-._~]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}

/** A path parameter: a known id, a well-formed one, or something hostile (percent-encoded as a client would, or raw). */
export function pathParam(schema: ZodType | undefined, pools: Pools): fc.Arbitrary<string> {
  const valid = schema ? fromSchema(schema, pools).map(String) : fc.string({ maxLength: 30 });
  return fc.oneof(
    { weight: 8, arbitrary: valid.map(percentEncode) },
    { weight: 1, arbitrary: oddStrings.map((s) => percentEncode(s).slice(0, 6000)) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '..', '%2e%2e', '%2F', 'a;b', 'a%20b', '%C0%AF', '%ED%A0%80', '%FF') },
  );
}

/** Bytes that are not UTF-8: stray continuation bytes, overlongs, surrogates, truncated sequences. */
export const invalidUtf8: fc.Arbitrary<Buffer> = fc
  .tuple(fc.string({ maxLength: 20 }), fc.constantFrom([0x80], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xff, 0xfe], [0xf4, 0x90, 0x80, 0x80]), fc.string({ maxLength: 20 }))
  .map(([a, bad, b]) => Buffer.concat([Buffer.from(a), Buffer.from(bad), Buffer.from(b)]));
