// Done means (issue 2, item 2): the document is valid OpenAPI 3.1, the committed files match what the
// schemas produce, and the staleness check really fails on a difference.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from '../src/openapi.js';

const run = promisify(execFile);
const contractsDir = fileURLToPath(new URL('..', import.meta.url));
const script = join(contractsDir, 'scripts/generate.ts');
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

describe('contract pipeline', () => {
  it('builds a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(buildOpenApiDocument() as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('no named component is nullable (a nullable use must not leak into every other use)', () => {
    const schemas = (buildOpenApiDocument().components?.schemas ?? {}) as Record<string, { type?: unknown }>;
    const nullable = Object.entries(schemas).filter(([, s]) => Array.isArray(s.type) && s.type.includes('null')).map(([name]) => name);
    expect(nullable).toEqual([]);
  });

  it('the committed openapi.json is what the schemas produce', async () => {
    const committed = JSON.parse(await readFile(join(contractsDir, 'openapi.json'), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('contracts:check passes on the committed files and fails when they differ from the schemas', async () => {
    await expect(run(tsx, [script, '--check'])).resolves.toBeDefined();
    const dir = await mkdtemp(join(tmpdir(), 'contracts-'));
    try {
      await cp(join(contractsDir, 'openapi.json'), join(dir, 'openapi.json'));
      await cp(join(contractsDir, 'src/generated'), join(dir, 'src/generated'), { recursive: true });
      await expect(run(tsx, [script, '--check', '--root', dir])).resolves.toBeDefined();
      // A schema changed without regenerating is the same as the committed files lagging behind it.
      const doc = JSON.parse(await readFile(join(dir, 'openapi.json'), 'utf8')) as { info: { description: string } };
      doc.info.description += ' (changed)';
      await writeFile(join(dir, 'openapi.json'), JSON.stringify(doc, null, 2) + '\n');
      const failed = await run(tsx, [script, '--check', '--root', dir]).then(() => undefined, (err: { code: number; stderr: string }) => err);
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain('stale generated files');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
