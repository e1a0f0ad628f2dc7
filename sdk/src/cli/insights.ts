// `cleanroom insights overlap|context|explain`: releases printed as aligned tables (suppressed cells
// shown as such), with the noise, the privacy spent and the budget left.
import { parseArgs } from 'node:util';
import type { components } from '@cleanroom/contracts';
import { CliError, type Command } from './io.js';
import { must, table } from './format.js';
import { CONNECTION_OPTIONS, sessionClient } from './session.js';

type InsightResponse = components['schemas']['InsightResponse'];
type Cell = components['schemas']['Cell'];
type Explain = components['schemas']['ExplainResponse'];

const USAGE = `cleanroom insights overlap --agreement ID [--by BRAND_ATTRIBUTE] [--json]
cleanroom insights context --agreement ID --attribute PARTNER_ATTRIBUTE [--by BRAND_ATTRIBUTE] [--json]
cleanroom insights explain --agreement ID --kind overlap|context [--attribute PARTNER_ATTRIBUTE] [--by BRAND_ATTRIBUTE] [--json]
(each also takes the connection options --url, --client-id, --client-secret)`;

const OPTIONS = { ...CONNECTION_OPTIONS, agreement: { type: 'string' }, by: { type: 'string' }, attribute: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' } } as const;

export const insights: Command = {
  summary: 'overlap and context insights (differentially private), and dry runs of them',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    const { values } = parseArgs({ args: rest, options: OPTIONS, strict: true });
    if (!values.agreement) throw new CliError(`insights ${sub ?? ''} needs --agreement ID`, 2);
    const client = await sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });
    const path = { agreementId: values.agreement };
    const by = values.by ? { brandAttribute: values.by } : {};
    switch (sub) {
      case 'overlap': {
        const r = must('overlap', await client.api.POST('/v1/agreements/{agreementId}/insights/overlap', { params: { path }, body: by }));
        return io.stdout(values.json ? JSON.stringify(r, null, 2) + '\n' : renderRelease(r));
      }
      case 'context': {
        if (!values.attribute) throw new CliError('context needs --attribute PARTNER_ATTRIBUTE', 2);
        const r = must('context', await client.api.POST('/v1/agreements/{agreementId}/insights/context', { params: { path }, body: { partnerAttribute: values.attribute, ...by } }));
        return io.stdout(values.json ? JSON.stringify(r, null, 2) + '\n' : renderRelease(r));
      }
      case 'explain': {
        const kind = values.kind;
        if (kind !== 'overlap' && kind !== 'context') throw new CliError('explain needs --kind overlap|context', 2);
        const body = kind === 'overlap' ? { kind: 'overlap' as const, ...by } : { kind: 'context' as const, partnerAttribute: values.attribute ?? '', ...by };
        const r = must('explain', await client.api.POST('/v1/agreements/{agreementId}/insights/explain', { params: { path }, body }));
        return io.stdout(values.json ? JSON.stringify(r, null, 2) + '\n' : renderExplain(r));
      }
      default:
        throw new CliError(`insights needs a subcommand: overlap, context or explain\n${USAGE}`, 2);
    }
  },
};

const fmtCell = (c: Cell | null): string => (c === null ? '' : c.status === 'released' ? String(c.value) : 'suppressed');
const fmtShare = (x: number | null): string => (x === null ? '-' : `${(x * 100).toFixed(1)}%`);
const fmtIndex = (x: number | null): string => (x === null ? '-' : x.toFixed(0));

export function renderRelease(r: InsightResponse): string {
  const rel = r.release;
  let body: string;
  if (rel.kind === 'overlap') {
    body = table(
      [rel.brandAttribute ?? 'SEGMENT', 'OVERLAP', 'BRAND BASE', 'SHARE OF BRAND'],
      rel.overlapRows.map((row) => [row.segment ?? '(all)', fmtCell(row.overlap), fmtCell(row.brandBase), fmtShare(row.shareOfBrand)]),
    );
    if (rel.partnerBase) body += `partner base: ${fmtCell(rel.partnerBase)}\n`;
  } else {
    const showBase = rel.contextRows.some((row) => row.partnerBase !== null);
    body = table(
      [...(rel.brandAttribute ? [rel.brandAttribute.toUpperCase()] : []), (rel.partnerAttribute ?? 'CONTEXT').toUpperCase(), 'OVERLAP', 'SHARE', 'AFFINITY', ...(showBase ? ['PARTNER BASE'] : [])],
      rel.contextRows.map((row) => [
        ...(rel.brandAttribute ? [row.segment ?? ''] : []),
        row.context,
        fmtCell(row.overlap),
        fmtShare(row.shareOfOverlap),
        fmtIndex(row.affinityIndex),
        ...(showBase ? [fmtCell(row.partnerBase)] : []),
      ]),
    );
  }
  const p = r.privacy;
  return (
    body +
    `total overlap (sum of released cells): ${rel.totals.overlap}; suppressed cells: ${rel.suppressedCells} (noisy count below k = ${rel.threshold})\n` +
    `noise: ${rel.noise.mechanism}, std ${rel.noise.stdDev}, 95% of cells within ±${rel.noise.halfWidth95}\n` +
    `privacy: ε charged ${p.epsilonCharged}${r.cached ? ' (cached release)' : ''}; spent ${p.epsilonSpent.toFixed(3)} of ${p.epsilonBudget}, left ${p.epsilonLeft.toFixed(3)} (δ = ${p.delta})\n` +
    `release ${r.releaseId} under agreement version ${r.agreementVersion} (${r.agreementVersionHash.slice(0, 12)}…), data versions brand v${r.dataVersions.brand.version}, partner v${r.dataVersions.partner.version}\n`
  );
}

function renderExplain(e: Explain): string {
  const lines = [`allowed: ${e.allowed ? 'yes' : 'no'}`];
  for (const r of e.reasons) lines.push(`  denied by ${r.code}: ${r.message}`);
  if (e.epsilonCost !== null) lines.push(`ε cost: ${e.cachedReleaseAvailable ? '0 (a cached release answers it)' : e.epsilonCost}`);
  if (e.budget) lines.push(`budget: spent ${e.budget.epsilonSpent.toFixed(3)} of ${e.budget.epsilonBudget}, left ${e.budget.epsilonLeft.toFixed(3)}`);
  if (e.noise) lines.push(`noise: ${e.noise.mechanism}, std ${e.noise.stdDev}, 95% of cells within ±${e.noise.halfWidth95}; ${e.cells ?? 0} cells, threshold k = ${e.threshold ?? '-'}`);
  return lines.join('\n') + '\n';
}
