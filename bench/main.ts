import { parseArgs } from "node:util";
import type { Dialect } from "../src/db/stores.ts";
import { runPublic } from "./public.ts";
import { publicTable } from "./public-report.ts";
import { runSuppression, suppressionTable } from "./suppression.ts";
import { measureQueries, runStore, type Result } from "./store/run.ts";

/**
 * `npm run bench -- store [--n N] [--json] [--runs R] [--dialect sqlite|postgres|both]`
 * `npm run bench -- public [--docs N] [--incidents N] [--runs R] [--build-runs B] [--only builds] [--json]`
 * `npm run bench -- suppression [--runs R] [--json]`
 */
async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    allowPositionals: true,
    options: {
      "query-dir": { type: "string" },
      n: { type: "string", default: "1000000" },
      json: { type: "boolean", default: false },
      runs: { type: "string" },
      dialect: { type: "string" },
      docs: { type: "string", default: "10000" },
      incidents: { type: "string", default: "100000" },
      "build-runs": { type: "string" },
      seconds: { type: "string" },
      connections: { type: "string", default: "32" },
      "no-lighthouse": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      only: { type: "string" },
    },
  });
  const scenario = positionals[0] ?? "store";
  if (scenario === "public") return benchPublic(values);
  if (scenario === "suppression") return benchSuppression(values);
  if (scenario !== "store")
    throw new Error(`Unknown scenario "${scenario}" (available: store, public, suppression).`);
  const n = Number(values.n);
  const pgUrl = process.env.TNR_BENCH_PG ?? process.env.TNR_TEST_PG;
  const wanted = values.dialect ?? (pgUrl ? "both" : "sqlite");
  const dialects: Dialect[] = wanted === "both" ? ["sqlite", "postgres"] : [wanted as Dialect];
  const runs = Number(values.runs ?? (n >= 500_000 ? 1 : 3));
  const log = (s: string) => (values.json ? process.stderr : process.stdout).write(s + "\n");
  const all: { dialect: Dialect; results: Result[] }[] = [];
  if (values["query-dir"]) {
    // Re-measure queries on a vault a previous run imported (its folder holds tnrbench-secret.txt).
    const dir = values["query-dir"];
    const results = await measureQueries({
      dataDir: `${dir}/data`,
      dialect: dialects[0]!,
      pgUrl,
      prefix: "tnrbench",
      secretFile: `${dir}/tnrbench-secret.txt`,
      log,
    });
    all.push({ dialect: dialects[0]!, results });
  }
  for (const dialect of values["query-dir"] ? [] : dialects) {
    if (dialect === "postgres" && !pgUrl)
      throw new Error("Set TNR_BENCH_PG (or TNR_TEST_PG) to a PostgreSQL URL.");
    all.push({ dialect, results: await runStore({ n, dialect, pgUrl, runs, log }) });
  }
  if (values.json) {
    for (const a of all)
      console.log(JSON.stringify({ scenario, n, dialect: a.dialect, results: a.results }));
    return;
  }
  for (const a of all) {
    console.log(
      `\n## store, ${a.dialect}, N = ${n.toLocaleString("en")} incidents (median of ${runs} import runs)\n`,
    );
    console.log("| measure | value | baseline | ratio |");
    console.log("|---|---:|---:|---:|");
    for (const r of a.results)
      console.log(
        `| ${r.name} | ${r.value.toLocaleString("en")} ${r.unit} | ${r.baseline !== undefined ? `${r.baseline.toLocaleString("en")} ${r.unit}` : ""} | ${r.ratio ?? ""} |`,
      );
  }
}

/** The public-site scenario: server vs nginx, export vs Hugo and Eleventy, weight, Lighthouse. */
async function benchPublic(values: Record<string, string | boolean | undefined>): Promise<void> {
  if (values.only !== undefined && values.only !== "builds")
    throw new Error(`--only takes "builds" (got "${String(values.only)}").`);
  const incidents = Number(values.incidents);
  const runs = Number(values.runs ?? 3);
  const opts = {
    docs: Number(values.docs),
    incidents,
    runs,
    buildRuns: Number(values["build-runs"] ?? (incidents >= 50_000 ? 1 : runs)),
    seconds: Number(values.seconds ?? (incidents >= 50_000 ? 10 : 5)),
    connections: Number(values.connections),
    lighthouse: !values["no-lighthouse"],
    keep: Boolean(values.keep),
    buildsOnly: values.only === "builds",
    log: (s: string) => (values.json ? process.stderr : process.stdout).write(s + "\n"),
  };
  const report = await runPublic(opts);
  if (values.json)
    console.log(JSON.stringify({ scenario: "public", ...opts, log: undefined, report }));
  else console.log("\n" + publicTable(report, opts));
}

/** Statistical suppression on 1,000, 10,000 and 100,000 synthetic counted incidents. */
function benchSuppression(values: Record<string, string | boolean | undefined>): void {
  const results = runSuppression({
    sizes: [1_000, 10_000, 100_000],
    profiles: ["public", "wide"],
    runs: Number(values.runs ?? 3),
    log: (s: string) => (values.json ? process.stderr : process.stdout).write(s + "\n"),
  });
  if (values.json) console.log(JSON.stringify({ scenario: "suppression", results }));
  else console.log("\n" + suppressionTable(results));
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
