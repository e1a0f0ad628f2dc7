// Regenerates contracts/openapi.json and the types openapi-typescript makes from it.
// With --check, writes nothing and fails when either committed file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildOpenApiDocument } from '../src/openapi.js';

const check = process.argv.includes('--check');
const jsonPath = fileURLToPath(new URL('../openapi.json', import.meta.url));
const typesPath = fileURLToPath(new URL('../src/generated/openapi.d.ts', import.meta.url));

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
