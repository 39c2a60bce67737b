#!/usr/bin/env bash
# Run every check: install, system deps, lint, type-check + build, unit tests, e2e.
# Both test suites always run; the last line printed is "N passed, N failed" (both suites).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

echo '== npm ci'
npm ci --no-fund --no-audit

echo '== system programs (chromium, soffice, pdftotext, a CJK font)'
# Decided by the programs themselves; installs only what is missing and never removes a package.
bash scripts/ensure-system-deps.sh chromium soffice pdftotext cjk-fonts

echo '== lint'
npm run lint

echo '== build (type-check, dist/ and the single-file build)'
npm run build

# Fresh reports every run, so a crashed runner never leaves a stale report behind.
rm -rf reports
mkdir -p reports

echo '== unit tests (vitest)'
unit_rc=0
npx vitest run --reporter=default --reporter=json --outputFile.json=reports/vitest.json || unit_rc=$?

echo '== e2e tests (playwright)'
e2e_rc=0
PLAYWRIGHT_JSON_OUTPUT_NAME=reports/e2e.json npx playwright test --reporter=line,json || e2e_rc=$?

echo '== summary'
set +e
UNIT_RC=$unit_rc E2E_RC=$e2e_rc node --input-type=module -e '
import { readFileSync } from "node:fs";
function read(path) {
  try {
    return JSON.parse(readFileSync(path, "utf8"));
  } catch {
    return null;
  }
}
function counts(report, pick, rc) {
  // A missing/unreadable report counts as 1 failed; so does a non-zero exit with no failed test
  // (e.g. a test file that failed to load, an unhandled error, or the web server not starting).
  if (!report) return { passed: 0, failed: 1 };
  const c = pick(report);
  if (rc !== 0 && c.failed === 0) c.failed = 1;
  return c;
}
const unit = counts(read("reports/vitest.json"), (r) => ({
  passed: r.numPassedTests ?? 0,
  // plus one per test file that failed without a failed test (e.g. it threw while loading)
  failed:
    (r.numFailedTests ?? 0) +
    (r.testResults ?? []).filter(
      (f) => f.status === "failed" && !(f.assertionResults ?? []).some((a) => a.status === "failed"),
    ).length,
}), Number(process.env.UNIT_RC));
const e2e = counts(read("reports/e2e.json"), (r) => ({
  passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
  // plus one per top-level error (a spec file that failed to load, "No tests found", ...)
  failed: (r.stats?.unexpected ?? 0) + (r.errors ?? []).length,
}), Number(process.env.E2E_RC));
console.log(`unit: ${unit.passed} passed, ${unit.failed} failed`);
console.log(`e2e: ${e2e.passed} passed, ${e2e.failed} failed`);
const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
'
summary_rc=$?
set -e

if [[ $unit_rc -ne 0 || $e2e_rc -ne 0 || $summary_rc -ne 0 ]]; then
  exit 1
fi
