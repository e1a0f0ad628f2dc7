// Done means (issue 12, item 2): every operation of the contract is listed in docs/privacy-channels.md
// with the disclosure kinds that decide its answer, the same kinds the operation declares, each one
// the gate in policies/ handles — so a new route cannot bypass the gate unnoticed.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DISCLOSURE_KINDS, operations, type Operation } from '@cleanroom/contracts';
import { disclose, type Disclosable } from '@cleanroom/policies';

const DOC = new URL('../../docs/privacy-channels.md', import.meta.url);

/** The rows of the "Every operation" table: operation id → the kinds in its last column. */
async function inventory(): Promise<Map<string, string[] | 'none'>> {
  const text = await readFile(DOC, 'utf8');
  const section = text.slice(text.indexOf('## Every operation'));
  const rows = new Map<string, string[] | 'none'>();
  for (const line of section.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const id = /^`([A-Za-z]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id) continue;
    const last = cells.at(-2) ?? '';
    rows.set(id, last === 'none' ? 'none' : last.split(',').map((k) => k.trim()));
  }
  return rows;
}

const declared = (op: Operation): string[] | 'none' => (op.disclosure === 'none' ? 'none' : [...op.disclosure].sort());
const OPS = Object.values(operations) as Operation[];

/** What is wrong with the inventory against the operations: missing rows, differing kinds, stale rows, unknown kinds. */
function faults(rows: ReadonlyMap<string, string[] | 'none'>, ops: readonly Operation[]): string[] {
  const out: string[] = [];
  for (const op of ops) {
    const row = rows.get(op.operationId);
    if (row === undefined) out.push(`${op.operationId} is missing from docs/privacy-channels.md`);
    else if (JSON.stringify(row === 'none' ? 'none' : [...row].sort()) !== JSON.stringify(declared(op))) out.push(`${op.operationId}: the doc and the operation's disclosure differ`);
  }
  for (const [id, kinds] of rows) {
    if (!ops.some((o) => o.operationId === id)) out.push(`${id} is listed but is no operation`);
    for (const k of kinds === 'none' ? [] : kinds) if (!(DISCLOSURE_KINDS as readonly string[]).includes(k)) out.push(`${id}: unknown disclosure kind ${k}`);
  }
  return out;
}

describe('the channel inventory', () => {
  it('lists every operation with the kinds it declares, and only operations that exist', async () => {
    expect(faults(await inventory(), OPS)).toEqual([]);
  });

  it('the check notices a missing row, a wrong kind, a stale row and an unknown kind', async () => {
    const rows = await inventory();
    rows.delete('getAgreement');
    rows.set('listDatasets', ['auditEvent']);
    rows.set('deleteEverything', ['release']);
    rows.set('healthz', ['secrets']);
    expect(faults(rows, OPS).sort()).toEqual([
      'getAgreement is missing from docs/privacy-channels.md',
      "listDatasets: the doc and the operation's disclosure differ",
      "healthz: the doc and the operation's disclosure differ",
      'deleteEverything is listed but is no operation',
      'healthz: unknown disclosure kind secrets',
    ].sort());
  });

  it('every kind named is one the gate handles, and every kind the gate handles is documented', async () => {
    const named = new Set([...(await inventory()).values()].flatMap((k) => (k === 'none' ? [] : k)));
    for (const kind of named) expect(DISCLOSURE_KINDS, `unknown disclosure kind ${kind}`).toContain(kind);
    const rules = await readFile(DOC, 'utf8');
    for (const kind of DISCLOSURE_KINDS) expect(rules, `the rules table does not describe ${kind}`).toContain(`| \`${kind}\` |`);
  });

  it('only operations that hold no party data declare none', () => {
    const none = OPS.filter((o) => o.disclosure === 'none').map((o) => o.operationId).sort();
    // The credential lifecycle is the operator's and answers with credentials and states, no party data.
    expect(none).toEqual(['createOrganization', 'disableOrganization', 'enableOrganization', 'getJwks', 'healthz', 'issueToken', 'readyz', 'revokeToken', 'rotateClientSecret']);
  });

  it('the gate answers every kind for a stranger with nothing', () => {
    const stranger = { orgId: 'org_stranger', role: 'brand' as const };
    const membership = { brand: 'org_b', partner: 'org_p', auditors: ['org_a'] };
    const event = { seq: 1, at: '2026-01-01T00:00:00.000Z', actorOrg: 'org_p', actorRole: 'media_partner', action: 'upload.accepted', agreementId: 'agr_x', decision: 'allow' as const, detail: { side: 'partner', rows: 5 }, prevHash: '0'.repeat(64), hash: '1'.repeat(64) };
    const objects: Disclosable[] = [
      { kind: 'auditEvent', event, membership },
      { kind: 'auditExport', membership },
      { kind: 'agreementView', membership, view: {} },
      { kind: 'datasetListing', membership, datasets: [{ side: 'brand' }, { side: 'partner' }] },
      { kind: 'recordOfProcessing', membership, record: {} },
      { kind: 'release', membership, recipient: 'org_b', release: {} },
      { kind: 'uploadResult', membership, side: 'brand', result: {} },
      { kind: 'verification', facts: { global: { length: 1, headSeq: 1, headHash: '1'.repeat(64) }, agreements: [] } },
      { kind: 'organization', sharesAgreement: false, organization: {} },
      { kind: 'metrics' },
    ];
    expect(objects.map((o) => o.kind).sort()).toEqual(DISCLOSURE_KINDS.filter((k) => k !== 'reasons').sort());
    for (const o of objects) {
      const shown = disclose(stranger, o as never) as unknown;
      expect([null, false, []].some((nothing) => JSON.stringify(nothing) === JSON.stringify(shown)), `${o.kind} shows a stranger ${JSON.stringify(shown)}`).toBe(true);
    }
  });
});
