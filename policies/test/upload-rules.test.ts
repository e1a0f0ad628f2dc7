// The upload rules (DESIGN §5 rules 1 and 7): minimum dataset size, the input difference rule at
// its boundaries, and which attributes a side may upload.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUpload, minimumDifference, uploadAttributes, versionDifference, REASON_CODES } from '../src/index.js';
import { policy } from './fixtures.js';

describe('minimumDifference', () => {
  it('is max(1,000, 5% of the new size), rounded up', () => {
    expect(minimumDifference(0)).toBe(1000);
    expect(minimumDifference(20_000)).toBe(1000);
    expect(minimumDifference(20_001)).toBe(1001);
    expect(minimumDifference(1_000_000)).toBe(50_000);
    expect(minimumDifference(10_000_019)).toBe(500_001);
  });
});

describe('versionDifference', () => {
  it('counts ids added, removed and changed', () => {
    // previous 10,000; new 10,500 of which 9,800 in common, 30 of those changed:
    // added 700, removed 200, changed 30.
    expect(versionDifference(10_500, { previousRows: 10_000, common: 9_800, changed: 30 })).toBe(930);
  });
});

describe('checkUpload', () => {
  const MIN = 1000;

  it('a first upload needs only the minimum size', () => {
    expect(checkUpload({ rows: 1000, minDatasetSize: MIN, previous: null })).toEqual({ allowed: true });
    const d = checkUpload({ rows: 999, minDatasetSize: MIN, previous: null });
    expect(d.allowed).toBe(false);
    if (!d.allowed) expect(d.reasons.map((r) => r.code)).toEqual(['dataset_too_small']);
  });

  it('one id more than the previous version is refused (the differencing attack); 1,000 are not', () => {
    const plusOne = checkUpload({ rows: 5001, minDatasetSize: MIN, previous: { previousRows: 5000, common: 5000, changed: 0 } });
    expect(plusOne.allowed).toBe(false);
    if (!plusOne.allowed) {
      expect(plusOne.reasons).toEqual([{ code: 'difference_too_small', message: expect.stringContaining('by 1 ids') }]);
    }
    expect(checkUpload({ rows: 6000, minDatasetSize: MIN, previous: { previousRows: 5000, common: 5000, changed: 0 } }).allowed).toBe(true);
    // The same ids with 999 / 1,000 changed attribute values.
    expect(checkUpload({ rows: 5000, minDatasetSize: MIN, previous: { previousRows: 5000, common: 5000, changed: 999 } }).allowed).toBe(false);
    expect(checkUpload({ rows: 5000, minDatasetSize: MIN, previous: { previousRows: 5000, common: 5000, changed: 1000 } }).allowed).toBe(true);
  });

  it('large datasets need 5%: 10M ids must differ by 500,000', () => {
    const prev = { previousRows: 10_000_000, common: 10_000_000 - 250_000, changed: 0 };
    // 250,000 removed and 249,999 added: 499,999 < 500,000.
    expect(checkUpload({ rows: 9_999_999, minDatasetSize: MIN, previous: prev }).allowed).toBe(false);
    expect(checkUpload({ rows: 10_000_000, minDatasetSize: MIN, previous: prev }).allowed).toBe(true);
  });

  it('both reasons at once, each a known reason code', () => {
    const d = checkUpload({ rows: 10, minDatasetSize: MIN, previous: { previousRows: 10, common: 10, changed: 0 } });
    expect(d.allowed).toBe(false);
    if (!d.allowed) {
      expect(d.reasons.map((r) => r.code)).toEqual(['dataset_too_small', 'difference_too_small']);
      for (const r of d.reasons) expect(REASON_CODES).toContain(r.code);
    }
  });

  it('property: allowed exactly when size ≥ minimum and difference ≥ max(1,000, ⌈5%⌉)', () => {
    fc.assert(
      fc.property(fc.nat(2_000_000), fc.nat(2_000_000), fc.nat(2_000_000), fc.nat(2_000_000), fc.nat(5000), (rows, prevRows, commonSeed, changedSeed, min) => {
        const common = Math.min(rows, prevRows, commonSeed);
        const changed = Math.min(common, changedSeed);
        const previous = { previousRows: prevRows, common, changed };
        const expected = rows >= min && rows - common + (prevRows - common) + changed >= Math.max(1000, Math.ceil(rows / 20));
        expect(checkUpload({ rows, minDatasetSize: min, previous }).allowed).toBe(expected);
      }),
    );
  });
});

describe('uploadAttributes', () => {
  it('brand: its segments, one value each, with the agreed values', () => {
    expect(uploadAttributes(policy(), 'brand')).toEqual([
      { name: 'value_tier', multi: false, maxValuesPerId: 1, allowedValues: ['high', 'mid', 'low'] },
      { name: 'lifecycle', multi: false, maxValuesPerId: 1, allowedValues: ['new', 'active', 'lapsed'] },
    ]);
  });

  it('partner: its context attributes by name, multi-valued above a cap of 1; an attribute of an older agreement without values takes none', () => {
    const doc = policy({ partnerAttributes: { device: { maxValuesPerId: 1 }, content_category: { maxValuesPerId: 3 } }, attributeValues: { device: ['tv'] } });
    expect(uploadAttributes(doc, 'partner')).toEqual([
      { name: 'content_category', multi: true, maxValuesPerId: 3, allowedValues: [] },
      { name: 'device', multi: false, maxValuesPerId: 1, allowedValues: ['tv'] },
    ]);
    // An inherited key is not a list of values.
    expect(uploadAttributes(policy({ brandAttributes: ['constructor'], attributeValues: {} }), 'brand')).toEqual([{ name: 'constructor', multi: false, maxValuesPerId: 1, allowedValues: [] }]);
  });
});
