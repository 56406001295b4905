import { join } from "node:path";
import { startNginx, startServer, wrk, type LoadRun, type Running } from "./public-http.ts";
import { ensureTool } from "./public-peers.ts";
import type { PublicData } from "./public-data.ts";
import { lighthouse, pageWeight } from "./public-weight.ts";
import type { PublicOptions, ServingReport } from "./public.ts";

/** The middle value (the upper one of an even count). */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Who answered a load run: server or nginx, under load or one client at a time. */
export type LoadPeer = "server" | "nginx" | "server1" | "nginx1";

function medianLoad(runs: LoadRun[]): LoadRun {
  return {
    rps: median(runs.map((r) => r.rps)),
    p99Ms: median(runs.map((r) => r.p99Ms)),
    p50Ms: median(runs.map((r) => r.p50Ms)),
    non2xx: runs.reduce((s, r) => s + r.non2xx, 0),
  };
}

/** Fetches a page and checks it answers 200 with the expected text. */
async function check(url: string, expect: string): Promise<string | null> {
  // A fresh connection each time: after a long Lighthouse run the server has closed an idle
  // keep-alive connection, and reusing it fails with "other side closed".
  const res = await fetch(url, { headers: { connection: "close" } }).catch((e: Error) => e);
  if (res instanceof Error) return `${url}: ${res.message}`;
  const body = await res.text();
  if (res.status !== 200) return `${url} answered ${res.status}`;
  if (!body.includes(expect)) return `${url} lacks "${expect}"`;
  return null;
}

/** Every serving measure marked as not measured (`--only builds`). */
export function notMeasured(why: string): ServingReport {
  const skipped = { skipped: why };
  return {
    http: { document: skipped, incident: skipped },
    weight: skipped,
    lighthouse: { document: skipped, incident: skipped },
  };
}

/**
 * `tnr serve` against nginx serving the export (wrk, interleaved rounds), then the document
 * page's weight and Lighthouse on both sample pages. Started processes go into `running`.
 */
export async function measureServing(
  o: PublicOptions,
  env: { tmp: string; dataDir: string; site: string; data: PublicData; running: Running[] },
): Promise<ServingReport> {
  const { tmp, dataDir, site, data, running } = env;
  const http: ServingReport["http"] = {
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
    const got: Record<string, Record<LoadPeer, LoadRun[]>> = {};
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
  const lh: ServingReport["lighthouse"] = {
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
  return { http, weight, lighthouse: lh };
}
