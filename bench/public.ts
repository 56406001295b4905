import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generatePublicStore, type PublicData } from "./public-data.ts";
import type { LoadRun, Running } from "./public-http.ts";
import {
  buildEleventy,
  buildHugo,
  countHtml,
  ensureTool,
  timedBuild,
  writeEleventySite,
  writeHugoSite,
  writePeerContent,
  type BuildRun,
} from "./public-peers.ts";
import { measureServing, median, notMeasured, type LoadPeer } from "./public-serving.ts";
import type { LighthouseScores, PageWeight } from "./public-weight.ts";

/** What `npm run bench -- public` is asked to do. */
export interface PublicOptions {
  docs: number;
  incidents: number;
  /** Rounds of load tests (each: server and nginx, both pages). */
  runs: number;
  /** Rounds of builds (export, Hugo, Eleventy). */
  buildRuns: number;
  seconds: number;
  connections: number;
  lighthouse: boolean;
  keep: boolean;
  /** Only the builds (export, Hugo, Eleventy): no server, load test, weight or Lighthouse. */
  buildsOnly?: boolean;
  log: (s: string) => void;
}

/** Everything one run measured (medians where runs repeat). */
export interface PublicReport {
  data: PublicData;
  /** Under load (`connections`) and for one client at a time (service time, no queueing). */
  http: Record<"document" | "incident", Record<LoadPeer, LoadRun> | { skipped: string }>;
  builds: {
    export: BuildRun & { pages: number; documentPages: number; incidentPages: number };
    hugo: BuildRun | { skipped: string };
    eleventy: BuildRun;
    peerPages: number;
  };
  weight: PageWeight | { skipped: string };
  lighthouse: Record<"document" | "incident", LighthouseScores | { skipped: string }>;
  tmp: string;
}

/** The serving measures (load, page weight, Lighthouse). */
export type ServingReport = Pick<PublicReport, "http" | "weight" | "lighthouse">;
const REPO = resolve(import.meta.dirname, "..");

function medianBuild<T extends BuildRun>(runs: T[]): T {
  const ok = runs.filter((r) => r.ok);
  if (!ok.length) return runs[0]!;
  const ms = median(ok.map((r) => r.ms));
  return { ...ok.find((r) => r.ms === ms)!, maxRssMb: Math.max(...ok.map((r) => r.maxRssMb)) };
}

function tnr(args: string[], dataDir: string): void {
  const r = spawnSync(process.execPath, [join(REPO, "bin", "tnr.js"), ...args], {
    cwd: REPO,
    env: { ...process.env, TNR_DATA_DIR: dataDir, DATABASE_URL: "", CI: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`tnr ${args.join(" ")}: ${r.stderr}`);
}

/**
 * `tnr export-site OUT` timed, with the pages it reports and the two page types counted. OUT is
 * removed first, outside the timing, as the peers' output folders are.
 */
function runExport(dataDir: string, out: string) {
  rmSync(out, { recursive: true, force: true });
  const run = timedBuild(process.execPath, [join(REPO, "bin", "tnr.js"), "export-site", out], {
    cwd: REPO,
    outDir: out,
    env: { TNR_DATA_DIR: dataDir, DATABASE_URL: "", CI: "1" },
  });
  if (!run.ok) throw new Error(`tnr export-site failed: ${run.output}`);
  const pages = Number(/([\d,]+) pages/.exec(run.output)?.[1]?.replace(/,/g, "") ?? run.htmlFiles);
  return {
    ...run,
    pages,
    documentPages: countHtml(out, ".*/(ka|en|az|ru)/documents/doc-[^/]+/index\\.html"),
    incidentPages: countHtml(out, ".*/(ka|en|az|ru)/incidents/i[0-9a-f]{20}/index\\.html"),
  };
}

/** Runs the whole public-site benchmark; the caller prints the report. */
export async function runPublic(o: PublicOptions): Promise<PublicReport> {
  const tmp = mkdtempSync(join(tmpdir(), "tnr-bench-public-"));
  const dataDir = join(tmp, "data");
  const site = join(tmp, "site");
  const peers = join(tmp, "peers");
  const running: Running[] = [];
  try {
    o.log(`tnr init, then ${o.docs} documents and ${o.incidents} incidents into the public store`);
    tnr(["init", "--secret-file", join(tmp, "secret.txt")], dataDir);
    const data = await generatePublicStore(dataDir, {
      documents: o.docs,
      incidents: o.incidents,
      log: o.log,
    });
    o.log("build round 1: tnr export-site");
    const exports = [runExport(dataDir, site)];
    o.log(
      `  ${(exports[0]!.ms / 1000).toFixed(1)} s, ${exports[0]!.pages} pages, ${exports[0]!.maxRssMb} MB`,
    );

    const serving = o.buildsOnly
      ? notMeasured("--only builds")
      : await measureServing(o, { tmp, dataDir, site, data, running });
    o.log("peer content (markdown) from the same public store");
    const peerPages = writePeerContent(join(dataDir, "public.db"), join(peers, "content"));
    writeHugoSite(peers);
    writeEleventySite(peers);
    const hasHugo = ensureTool("hugo", "hugo", o.log);
    const hugos: BuildRun[] = [];
    const elevs: BuildRun[] = [];
    for (let i = 0; i < o.buildRuns; i++) {
      if (i > 0) {
        o.log(`build round ${i + 1}/${o.buildRuns}: tnr export-site`);
        exports.push(runExport(dataDir, site));
        o.log(`  ${(exports.at(-1)!.ms / 1000).toFixed(1)} s`);
      }
      o.log(`build round ${i + 1}/${o.buildRuns}: hugo (${peerPages} pages)`);
      if (hasHugo) hugos.push(buildHugo(peers));
      const h = hugos.at(-1);
      o.log(
        `  ${((h?.ms ?? 0) / 1000).toFixed(1)} s, ${h?.htmlFiles} pages, ${h?.maxRssMb} MB; eleventy`,
      );
      elevs.push(buildEleventy(peers));
      const e = elevs.at(-1)!;
      o.log(
        `  ${(e.ms / 1000).toFixed(1)} s, ${e.htmlFiles} pages, ${e.maxRssMb} MB${e.ok ? "" : ` (failed: ${e.output.slice(-300)})`}`,
      );
      const ours = exports.at(-1)!.ms;
      o.log(
        `  this round: export / hugo ${h ? (ours / h.ms).toFixed(2) : "—"}, export / eleventy ${(ours / e.ms).toFixed(2)}`,
      );
    }
    rmSync(join(peers, "content"), { recursive: true, force: true });
    return {
      data,
      ...serving,
      builds: {
        export: medianBuild(exports),
        hugo: hugos.length ? medianBuild(hugos) : { skipped: "hugo not installed" },
        eleventy: medianBuild(elevs),
        peerPages,
      },
      tmp,
    };
  } finally {
    for (const r of running.reverse()) await r.stop();
    if (!o.keep) rmSync(tmp, { recursive: true, force: true });
  }
}
