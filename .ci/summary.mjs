// Prints vitest's totals from its JSON report as the plain closing line CI reads.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    passed += report.numPassedTests ?? 0;
    // A suite that fails to load has no failed tests of its own: count it so it cannot pass silently.
    const failedTests = report.numFailedTests ?? 0;
    failed += failedTests > 0 ? failedTests : (report.numFailedTestSuites ?? 0);
    skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  } catch {
    failed += 1;
    console.error(`no test report at ${file}`);
  }
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
