import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generatePublicStore, type PublicData } from "./public-data.ts";
import { startNginx, startServer, wrk, type LoadRun, type Running } from "./public-http.ts";
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
import { lighthouse, pageWeight, type LighthouseScores, type PageWeight } from "./public-weight.ts";

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
  log: (s: string) => void;
}

/** Everything one run measured (medians where runs repeat). */
export interface PublicReport {
  data: PublicData;
  /** Under load (`connections`) and for one client at a time (service time, no queueing). */
  http: Record<"document" | "incident", Record<Peer, LoadRun> | { skipped: string }>;
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

type Peer = "server" | "nginx" | "server1" | "nginx1";
const REPO = resolve(import.meta.dirname, "..");
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function medianBuild<T extends BuildRun>(runs: T[]): T {
  const ok = runs.filter((r) => r.ok);
  if (!ok.length) return runs[0]!;
  const ms = median(ok.map((r) => r.ms));
  return { ...ok.find((r) => r.ms === ms)!, maxRssMb: Math.max(...ok.map((r) => r.maxRssMb)) };
}

function medianLoad(runs: LoadRun[]): LoadRun {
  return {
    rps: median(runs.map((r) => r.rps)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
  };
}

function tnr(args: string[], dataDir: string): void {
  const r = spawnSync(process.execPath, [join(REPO, "bin", "tnr.js"), ...args], {
    cwd: REPO,
    env: { ...process.env, TNR_DATA_DIR: dataDir, DATABASE_URL: "", CI: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`tnr ${args.join(" ")}: ${r.stderr}`);
}

/** `tnr export-site OUT` timed, with the pages it reports and the two page types counted. */
function runExport(dataDir: string, out: string) {
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

/** Fetches a page and checks it answers 200 with the expected text. */
async function check(url: string, expect: string): Promise<string | null> {
  const res = await fetch(url).catch((e: Error) => e);
  if (res instanceof Error) return `${url}: ${res.message}`;
  const body = await res.text();
  if (res.status !== 200) return `${url} answered ${res.status}`;
  if (!body.includes(expect)) return `${url} lacks "${expect}"`;
  return null;
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

    const http: PublicReport["http"] = {
      document: { skipped: "not measured" },
      incident: { skipped: "not measured" },
    };
    const hasNginx = ensureTool("nginx", "nginx-light", o.log);
    const hasWrk = ensureTool("wrk", "wrk", o.log);
    const server = await startServer(dataDir);
    running.push(server);
    const pages = {
      document: { path: `/ka/documents/${data.sampleSlug}/`, expect: data.sampleTitleKa },
      incident: { path: `/ka/incidents/${data.sampleIncidentId}/`, expect: data.sampleIncidentId },
    };
    if (!hasNginx || !hasWrk) {
      const why = `skipped: ${hasNginx ? "" : "nginx "}${hasWrk ? "" : "wrk "}not installed`;
      http.document = http.incident = { skipped: why };
    } else {
      const nginx = await startNginx(site, join(tmp, "nginx"));
      running.push(nginx);
      const targets = [] as ("document" | "incident")[];
      for (const k of ["document", "incident"] as const) {
        const bad =
          (await check(server.url + pages[k].path, pages[k].expect)) ??
          (await check(nginx.url + pages[k].path, pages[k].expect));
        if (bad) http[k] = { skipped: `skipped: ${bad}` };
        else targets.push(k);
      }
      const load = { connections: o.connections, seconds: o.seconds };
      for (const k of targets) {
        wrk(server.url + pages[k].path, { ...load, seconds: 3 });
        wrk(nginx.url + pages[k].path, { ...load, seconds: 3 });
      }
      const got: Record<string, Record<Peer, LoadRun[]>> = {};
      const one = { ...load, connections: 1 };
      for (let i = 0; i < o.runs; i++) {
        for (const k of targets) {
          o.log(`load round ${i + 1}/${o.runs}: ${k} page, server then nginx`);
          got[k] ??= { server: [], nginx: [], server1: [], nginx1: [] };
          got[k].server.push(wrk(server.url + pages[k].path, load));
          got[k].nginx.push(wrk(nginx.url + pages[k].path, load));
          got[k].server1.push(wrk(server.url + pages[k].path, one));
          got[k].nginx1.push(wrk(nginx.url + pages[k].path, one));
        }
      }
      for (const k of targets)
        http[k] = {
          server: medianLoad(got[k]!.server),
          nginx: medianLoad(got[k]!.nginx),
          server1: medianLoad(got[k]!.server1),
          nginx1: medianLoad(got[k]!.nginx1),
        };
      for (const k of targets) o.log(`  ${k}: ${JSON.stringify(http[k])}`);
      await nginx.stop();
    }

    o.log("page weight and Lighthouse");
    const docUrl = server.url + pages.document.path;
    const docOk = (await check(docUrl, pages.document.expect)) === null;
    const weight = docOk ? await pageWeight(docUrl) : { skipped: "document page not served" };
    o.log(`  weight: ${JSON.stringify(weight)}`);
    const lh: PublicReport["lighthouse"] = {
      document: { skipped: "not run" },
      incident: { skipped: "not run" },
    };
    const hasChromium = o.lighthouse && ensureTool("chromium", "chromium", o.log);
    if (o.lighthouse && !hasChromium) lh.document = lh.incident = { skipped: "no chromium" };
    if (hasChromium)
      for (const k of ["document", "incident"] as const) {
        const url = server.url + pages[k].path;
        if ((await check(url, pages[k].expect)) !== null) lh[k] = { skipped: "page not served" };
        else {
          try {
            lh[k] = lighthouse(url);
            o.log(`  lighthouse ${k}: ${JSON.stringify(lh[k])}`);
          } catch (e) {
            lh[k] = { skipped: (e as Error).message.slice(0, 300) };
          }
        }
      }
    await server.stop();
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
    }
    rmSync(join(peers, "content"), { recursive: true, force: true });
    return {
      data,
      http,
      builds: {
        export: medianBuild(exports),
        hugo: hugos.length ? medianBuild(hugos) : { skipped: "hugo not installed" },
        eleventy: medianBuild(elevs),
        peerPages,
      },
      weight,
      lighthouse: lh,
      tmp,
    };
  } finally {
    for (const r of running.reverse()) await r.stop();
    if (!o.keep) rmSync(tmp, { recursive: true, force: true });
  }
}
