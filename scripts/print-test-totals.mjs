// Prints "N passed, N failed" from Vitest's JSON report: one line any CI can read.
import { existsSync, readFileSync } from 'node:fs';

const [file] = process.argv.slice(2);
if (!file || !existsSync(file)) {
  console.log('0 passed, 1 failed (no test report was written)');
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const skipped = report.numPendingTests + report.numTodoTests;
console.log(
  `${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
