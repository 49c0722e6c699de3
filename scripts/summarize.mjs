// Sums Jest-format JSON results (Jest, and Vitest's json reporter) into "N passed, N failed[, N skipped]".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function summarize(dir) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  for (const file of files) {
    const r = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    passed += r.numPassedTests ?? 0;
    // a suite that failed to run (syntax error, failed hook) counts as one failure
    failed += (r.numFailedTests ?? 0) + (r.numRuntimeErrorTestSuites ?? 0);
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  }
  const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return { passed, failed, skipped, line };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(summarize(process.argv[2] ?? 'test-results').line);
}
