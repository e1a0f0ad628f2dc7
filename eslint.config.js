// Lint: type-aware rules for every package; `console` only in the CLI and scripts.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['eslint.config.js', '.ci/**', '**/bin/*.mjs', '**/node_modules/**', '**/dist/**', '.cleanroom/**', 'contracts/src/generated/**', 'test-results/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'Use the CSPRNG (crypto.getRandomValues).' }],
    },
  },
  {
    files: ['**/scripts/**', 'sdk/src/cli/**', 'test/**', '**/*.test.ts', 'eslint.config.js', 'vitest.config.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['sdk/src/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['**/services/**', '@cleanroom/service'], message: 'the SDK never imports the service' }] }] },
  },
  {
    // The browser-safe part of the SDK (its main entry point) must not reach for Node's APIs, and the
    // SDK never imports the service (DESIGN §3).
    files: ['sdk/src/identity/**', 'sdk/src/client.ts', 'sdk/src/datasets.ts', 'sdk/src/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'browser-safe SDK code: no Node-only APIs' },
            { group: ['**/services/**', '@cleanroom/service'], message: 'the SDK never imports the service' },
          ],
        },
      ],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'browser-safe SDK code: use Uint8Array' }, { name: 'process', message: 'browser-safe SDK code: no process' }],
    },
  },
  {
    // The console's browser script: a plain ES module outside the TypeScript project.
    files: ['services/cleanroom/console/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'module', parserOptions: { projectService: false } },
  },
  {
    files: ['**/*.test.ts', 'test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
