// Regenerates contracts/openapi.json and the types openapi-typescript makes from it.
// With --check, writes nothing and fails when either committed file is stale. `--root DIR` reads and
// writes the two files under DIR instead of contracts/ (used by the test of the check itself).
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/openapi.js';

const check = process.argv.includes('--check');
const rootArg = process.argv.indexOf('--root');
const root = rootArg > 0 && process.argv[rootArg + 1] ? resolve(process.argv[rootArg + 1]!) : fileURLToPath(new URL('..', import.meta.url));
const jsonPath = join(root, 'openapi.json');
const typesPath = join(root, 'src/generated/openapi.d.ts');

const document = buildOpenApiDocument();
const json = JSON.stringify(document, null, 2) + '\n';
const ast = await openapiTS(JSON.parse(json) as Parameters<typeof openapiTS>[0], { defaultNonNullable: false });
const types = '// Generated from contracts/openapi.json by `npm run contracts:gen`. Do not edit.\n' + astToString(ast);

const stale: string[] = [];
for (const [path, content] of [[jsonPath, json], [typesPath, types]] as const) {
  const current = await readFile(path, 'utf8').catch(() => '');
  if (current === content) continue;
  if (check) stale.push(path);
  else await writeFile(path, content);
}
if (stale.length > 0) {
  console.error(`contracts:check: stale generated files (run npm run contracts:gen):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}
console.log(check ? 'contracts:check: generated files are up to date' : 'contracts:gen: wrote openapi.json and generated types');
