// Type-checks every ```ts example in README.md and sdk/README.md against the real packages, so the
// docs cannot drift from the code. Each block is written to test-results/doc-examples/ as a module
// and compiled with the project's compiler settings.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'test-results', 'doc-examples');
const sources = ['README.md', 'sdk/README.md'];

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const files: string[] = [];
for (const source of sources) {
  const text = await readFile(join(root, source), 'utf8');
  const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)];
  for (const [i, m] of blocks.entries()) {
    const name = `${source.replace(/[^a-z0-9]+/gi, '-')}-${i + 1}.ts`;
    files.push(name);
    // Each example is its own module (top-level await allowed).
    await writeFile(join(out, name), `${m[1]}\nexport {};\n`);
  }
}
await writeFile(
  join(out, 'tsconfig.json'),
  JSON.stringify({ extends: '../../tsconfig.json', compilerOptions: { noUnusedLocals: false, rootDir: '../..' }, include: files }, null, 2),
);
try {
  execFileSync(join(root, 'node_modules/.bin/tsc'), ['-p', join(out, 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' });
} catch {
  console.error(`docs:check: an example in ${sources.join(' or ')} does not compile (files in ${out})`);
  process.exit(1);
}
console.log(`docs:check: ${files.length} examples in ${sources.join(', ')} type-check`);
