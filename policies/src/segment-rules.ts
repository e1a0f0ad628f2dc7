// The input difference rule for brand segments (DESIGN §5 rule 7, defence in depth): a breakdown by
// a brand attribute is not releasable when some segment could be differenced down to fewer than k
// people — its complement within the upload is that small, or it changed by that few ids since the
// party's previous upload. It compares inputs (the brand's own counts), never released outputs.
export interface SegmentFacts {
  readonly attribute: string;
  /** Ids per segment value in the current brand upload. */
  readonly sizes: ReadonlyMap<string, number>;
  /** Ids in the current brand upload. */
  readonly total: number;
  /** Per segment value, ids that joined or left it since the previous upload (absent for a first upload). */
  readonly changes?: ReadonlyMap<string, number> | undefined;
}

export interface SegmentFault {
  readonly value: string;
  readonly rule: 'complement_too_small' | 'changed_by_fewer_than_k';
  readonly size: number;
}

export function segmentFaults(facts: SegmentFacts, k: number): SegmentFault[] {
  const faults: SegmentFault[] = [];
  for (const [value, n] of facts.sizes) {
    const complement = facts.total - n;
    if (n > 0 && complement > 0 && complement < k) faults.push({ value, rule: 'complement_too_small', size: complement });
  }
  for (const [value, changed] of facts.changes ?? []) {
    if (changed > 0 && changed < k) faults.push({ value, rule: 'changed_by_fewer_than_k', size: changed });
  }
  return faults;
}
