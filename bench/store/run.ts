import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { parseSecret } from "../../src/crypto/recovery-secret.ts";
import { openStores, type Dialect } from "../../src/db/stores.ts";
import { postgresKysely, schemaNames } from "../../src/db/postgres.ts";
import { accountabilityFunnel } from "../../src/incidents/incident-stats.repository.ts";
import { searchIncidents } from "../../src/incidents/incident-search.repository.ts";
import { Vault } from "../../src/vault/vault.ts";
import { HOSTS, ORIGINS, TACTIC_CODES, WORDS, generateStoreFile, prng } from "./generate.ts";
import { postgresBaseline, sqliteBaseline } from "./baseline.ts";

/** One measured figure; `ratio` is ours divided by the baseline's time. */
export interface Result {
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

function tnr(
  args: string[],
  env: NodeJS.ProcessEnv,
): { ms: number; stderr: string; stdout: string } {
  const started = performance.now();
  const r = spawnSync(process.execPath, ["bin/tnr.js", ...args], {
    env: { ...process.env, ...env, CI: "1" },
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`tnr ${args.join(" ")} failed: ${r.stderr}`);
  return { ms: performance.now() - started, stderr: r.stderr, stdout: r.stdout };
}

async function dropPgSchemas(url: string, prefix: string, extra: string[] = []): Promise<void> {
  const admin = postgresKysely(url, "public", 1);
  const names = schemaNames(prefix);
  for (const s of [names.vault, names.public, ...extra])
    await sql`drop schema if exists ${sql.id(s)} cascade`.execute(admin);
  await admin.destroy();
}

/** Runs the store scenario on one dialect and returns its figures. */
export async function runStore(opts: {
  n: number;
  dialect: Dialect;
  pgUrl?: string;
  runs: number;
  log: (s: string) => void;
}): Promise<Result[]> {
  const outDir = join("bench", "out");
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `store-${opts.n}.jsonl`);
  if (!existsSync(file)) {
    opts.log(`generating ${opts.n} incidents → ${file}`);
    const g = await generateStoreFile(file, opts.n);
    opts.log(`  ${g.lines} lines, ${(g.bytes / 1e6).toFixed(0)} MB`);
  }
  const lines = Number(
    spawnSync("wc", ["-l", file], { encoding: "utf8" }).stdout.trim().split(" ")[0],
  );
  const results: Result[] = [];
  const ours: number[] = [];
  const base: number[] = [];
  let rssKb = 0;
  let dataDir = "";
  const prefix = "tnrbench";
  const env = (dir: string): NodeJS.ProcessEnv => ({
    TNR_DATA_DIR: dir,
    TNR_UNSEAL_FILE: join(dir, "..", `${prefix}-secret.txt`),
    ...(opts.dialect === "postgres"
      ? { DATABASE_URL: opts.pgUrl, TNR_PG_SCHEMA: prefix }
      : { DATABASE_URL: "" }),
  });
  for (let run = 0; run < opts.runs; run++) {
    const parent = mkdtempSync(join(tmpdir(), "tnr-bench-"));
    dataDir = join(parent, "data");
    if (opts.dialect === "postgres") await dropPgSchemas(opts.pgUrl!, prefix, ["tnrbench_raw"]);
    tnr(["init", "--secret-file", join(parent, `${prefix}-secret.txt`)], env(dataDir));
    opts.log(`run ${run + 1}/${opts.runs}: tnr import (${opts.dialect})`);
    const imp = tnr(["import", file], { ...env(dataDir), TNR_REPORT_RSS: "1" });
    ours.push(imp.ms);
    rssKb = Math.max(rssKb, Number(/maxrss_kb=(\d+)/.exec(imp.stderr)?.[1] ?? 0));
    opts.log(
      `  ${(imp.ms / 1000).toFixed(1)} s, max RSS ${(rssKb / 1024).toFixed(0)} MB; raw baseline…`,
    );
    base.push(
      opts.dialect === "sqlite"
        ? await sqliteBaseline(file, join(parent, "raw.db"))
        : await postgresBaseline(file, opts.pgUrl!, "tnrbench_raw"),
    );
    opts.log(`  baseline ${(base.at(-1)! / 1000).toFixed(1)} s`);
    if (run < opts.runs - 1) rmSync(parent, { recursive: true, force: true });
  }
  const ourMs = median(ours);
  const baseMs = median(base);
  results.push({
    name: "import throughput (tnr import, validated + encrypted)",
    value: Math.round(lines / (ourMs / 1000)),
    unit: "records/s",
    baseline: Math.round(lines / (baseMs / 1000)),
    ratio: +(ourMs / baseMs).toFixed(2),
  });
  results.push({
    name: "import peak memory (max RSS)",
    value: Math.round(rssKb / 1024),
    unit: "MB",
  });
  if (opts.dialect === "sqlite")
    results.push({
      name: "vault file size",
      value: Math.round(statSync(join(dataDir, "vault.db")).size / 1e6),
      unit: "MB",
    });

  results.push(...(await measureQueries({ dataDir, dialect: opts.dialect, pgUrl: opts.pgUrl, prefix, secretFile: env(dataDir).TNR_UNSEAL_FILE!, log: opts.log })));
  return results;
}

/** Staff-query and funnel timings on an imported vault (also usable on its own: --query-dir). */
export async function measureQueries(opts: { dataDir: string; dialect: Dialect; pgUrl?: string; prefix: string; secretFile: string; log: (s: string) => void }): Promise<Result[]> {
  const results: Result[] = [];
  const dataDir = opts.dataDir;
  const prefix = opts.prefix;
  const stores = await openStores({
    dataDir,
    databaseUrl: opts.dialect === "postgres" ? opts.pgUrl : undefined,
    pgSchemaPrefix: prefix,
  });
  const vault = await Vault.open(stores);
  await vault.unseal(await parseSecret(readFileSync(opts.secretFile, "utf8")));
  const db = vault.db();
  const r = prng(7);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)]!;
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < 220; i++) {
    const from = 2010 + Math.floor(r() * 13);
    const q = {
      text: pick(WORDS),
      origin: pick(ORIGINS),
      host: pick(HOSTS),
      tactic: pick(TACTIC_CODES),
      yearFrom: from,
      yearTo: from + 3,
    };
    const t0 = performance.now();
    const res = await searchIncidents(db, opts.dialect, q);
    if (i >= 20) times.push(performance.now() - t0);
    hits += res.total;
  }
  results.push({
    name: "staff query p50 (text+origin+host+tactic+years, page of 50, facets)",
    value: +pct(times, 50).toFixed(2),
    unit: "ms",
  });
  results.push({ name: "staff query p95", value: +pct(times, 95).toFixed(2), unit: "ms" });
  const broad: number[] = [];
  for (let i = 0; i < 50; i++) {
    const t0 = performance.now();
    await searchIncidents(db, opts.dialect, { text: pick(WORDS), host: "GE" });
    broad.push(performance.now() - t0);
  }
  results.push({
    name: "broad staff query p95 (one word + host GE)",
    value: +pct(broad, 95).toFixed(2),
    unit: "ms",
  });
  const funnel: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    await accountabilityFunnel(db);
    funnel.push(performance.now() - t0);
  }
  results.push({
    name: "accountability funnel (host × year × furthest stage), median",
    value: +median(funnel).toFixed(2),
    unit: "ms",
  });
  opts.log(`  average hits per staff query: ${(hits / 220).toFixed(1)}`);
  await vault.close();
  return results;
}
