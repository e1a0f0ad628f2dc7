// `cleanroom agreement propose|approve|revoke|show|list`.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { components } from '@cleanroom/contracts';
import { CliError, type Command } from './io.js';
import { must, table } from './format.js';
import { CONNECTION_OPTIONS, sessionClient } from './session.js';

const USAGE = `cleanroom agreement propose --file POLICY.json [--json]
cleanroom agreement approve AGREEMENT_ID --hash VERSION_HASH [--json]
cleanroom agreement revoke AGREEMENT_ID [--reason TEXT] [--json]
cleanroom agreement show AGREEMENT_ID [--json]
cleanroom agreement list [--json]
(each also takes the connection options --url, --client-id, --client-secret)`;

const OPTIONS = { ...CONNECTION_OPTIONS, json: { type: 'boolean' }, file: { type: 'string' }, hash: { type: 'string' }, reason: { type: 'string' } } as const;

type Agreement = components['schemas']['Agreement'];

export const agreement: Command = {
  summary: 'propose, approve, revoke, show and list data agreements',
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    const client = await sessionClient(io, { url: values.url, clientId: values['client-id'], clientSecret: values['client-secret'] });
    const id = (): string => {
      const value = positionals[0];
      if (!value) throw new CliError(`agreement ${sub ?? ''} needs an AGREEMENT_ID`, 2);
      return value;
    };
    const print = (a: Agreement): void => (values.json ? io.stdout(JSON.stringify(a, null, 2) + '\n') : io.stdout(describe(a)));
    switch (sub) {
      case 'propose': {
        if (!values.file) throw new CliError('propose needs --file POLICY.json', 2);
        let policy: unknown;
        try {
          policy = JSON.parse(await readFile(values.file, 'utf8'));
        } catch (err) {
          throw new CliError(`cannot read ${values.file}: ${err instanceof Error ? err.message : String(err)}`, 2);
        }
        return print(must('propose', await client.api.POST('/v1/agreements', { body: policy as never })));
      }
      case 'approve': {
        if (!values.hash) throw new CliError('approve needs --hash VERSION_HASH (see `cleanroom agreement show`): you approve one exact version', 2);
        return print(must('approve', await client.api.POST('/v1/agreements/{agreementId}/approve', { params: { path: { agreementId: id() } }, body: { versionHash: values.hash } })));
      }
      case 'revoke':
        return print(
          must('revoke', await client.api.POST('/v1/agreements/{agreementId}/revoke', { params: { path: { agreementId: id() } }, body: values.reason ? { reason: values.reason } : {} })),
        );
      case 'show':
        return print(must('show', await client.api.GET('/v1/agreements/{agreementId}', { params: { path: { agreementId: id() } } })));
      case 'list': {
        const list = must('list', await client.api.GET('/v1/agreements'));
        if (values.json) return io.stdout(JSON.stringify(list, null, 2) + '\n');
        return io.stdout(
          table(
            ['ID', 'STATE', 'BRAND', 'PARTNER', 'VERSION', 'VALID UNTIL'],
            list.agreements.map((a) => [a.id, a.state, a.brand, a.partner, String(a.activeVersion ?? '-'), a.validUntil ?? '-']),
          ),
        );
      }
      default:
        throw new CliError(`agreement needs a subcommand: propose, approve, revoke, show or list\n${USAGE}`, 2);
    }
  },
};

function describe(x: Agreement): string {
  const lines = [
    `agreement ${x.id}: ${x.state}`,
    `  brand ${x.brand}, partner ${x.partner}${x.auditors.length ? `, auditors ${x.auditors.join(', ')}` : ''}`,
    `  governing version: ${x.activeVersion ?? 'none'}${x.activeVersionHash ? ` (${x.activeVersionHash})` : ''}`,
    `  pending version:   ${x.pendingVersion ?? 'none'}${x.pendingVersionHash ? ` (${x.pendingVersionHash}) — the counterparty approves with --hash ${x.pendingVersionHash}` : ''}`,
    `  valid until ${x.validUntil ?? '-'}`,
  ];
  const budget = x.budgets.length
    ? table(
        ['RECIPIENT', 'PROTECTED DATA OF', 'ε SPENT', 'ε LEFT', 'ε BUDGET', 'RELEASES'],
        x.budgets.map((b) => [b.recipient, b.protectedParty, b.epsilonSpent.toFixed(3), b.epsilonLeft.toFixed(3), String(b.epsilonBudget), String(b.releases)]),
      )
    : '';
  return lines.join('\n') + '\n' + budget;
}
