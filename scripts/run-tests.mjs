#!/usr/bin/env node
// Lists the test files explicitly (Node 20's runner does not expand globs) and refuses to pass
// when it finds none. Suites: "unit" (every *.test.ts under src; PostgreSQL cases run when
// TNR_TEST_PG is set) and "browser" (*.browser.test.ts, needs Debian's chromium).
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const suite = process.argv[2] ?? "unit";
const patterns = { unit: /(?<!\.browser)\.test\.tsx?$/, browser: /\.browser\.test\.tsx?$/ };
const pattern = patterns[suite];
if (!pattern) {
  console.error(`Unknown suite "${suite}". Use: ${Object.keys(patterns).join(", ")}`);
  process.exit(2);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const files = walk("src")
  .filter((f) => pattern.test(f))
  .sort();
if (files.length === 0) {
  console.error(`No test files found for suite "${suite}": refusing to report success.`);
  process.exit(1);
}
console.log(
  `Running ${files.length} test files (${suite}${process.env.TNR_TEST_PG ? ", with PostgreSQL" : ", SQLite only"}).`,
);
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-concurrency=2", "--test-timeout=600000", ...files],
  { stdio: "inherit", env: process.env },
);
process.exit(result.status ?? 1);
