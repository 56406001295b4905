import { availableParallelism } from "node:os";
import type { LoadRun } from "./public-http.ts";
import type { BuildRun } from "./public-peers.ts";
import type { PublicOptions, PublicReport } from "./public.ts";

const n = (x: number) => x.toLocaleString("en");
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const met = (ok: boolean) => (ok ? "met" : "**not met**");

function skipped(x: object): x is { skipped: string } {
  return "skipped" in x;
}

function buildCell(b: BuildRun, pages: number): string {
  if (!b.ok) return `failed (${b.output.trim().split("\n").at(-1)?.slice(0, 120)})`;
  return `${sec(b.ms)}, ${n(pages)} pages, ${n(Math.round(pages / (b.ms / 1000)))} pages/s, ${n(b.maxRssMb)} MB RSS`;
}

/** The report as a markdown table (the form docs/benchmarks.md keeps). */
export function publicTable(r: PublicReport, o: PublicOptions): string {
  const rows: string[][] = [];
  for (const k of ["document", "incident"] as const) {
    const h = r.http[k];
    if (skipped(h)) {
      rows.push([`${k} page (ka), requests/s and p99`, h.skipped, "", "", ""]);
      continue;
    }
    const s: LoadRun = h.server;
    const x: LoadRun = h.nginx;
    const ratio = s.rps / x.rps;
    rows.push([
      `${k} page (ka), requests/s`,
      n(s.rps),
      `${n(x.rps)} (nginx, static export)`,
      ratio.toFixed(2),
      `≥ 0.5 — ${met(ratio >= 0.5)}`,
    ]);
    rows.push([
      `${k} page, latency p50 / p99 at ${o.connections} connections`,
      `${s.p50Ms} / **${s.p99Ms} ms**`,
      `${x.p50Ms} / ${x.p99Ms} ms`,
      "",
      `p99 ≤ 20 ms — ${met(s.p99Ms <= 20)}${s.non2xx + x.non2xx ? ` (${s.non2xx + x.non2xx} non-2xx!)` : ""}`,
    ]);
    if (h.server1)
      rows.push([
        `${k} page, one client: requests/s, p50 / p99`,
        `${n(h.server1.rps)}, ${h.server1.p50Ms} / **${h.server1.p99Ms} ms**`,
        `${n(h.nginx1.rps)}, ${h.nginx1.p50Ms} / ${h.nginx1.p99Ms} ms`,
        (h.server1.rps / h.nginx1.rps).toFixed(2),
        `p99 ≤ 20 ms — ${met(h.server1.p99Ms <= 20)}`,
      ]);
  }
  const e = r.builds.export;
  const hugo = r.builds.hugo;
  const elev = r.builds.eleventy;
  rows.push([
    "`tnr export-site` (every page type, 4 languages)",
    buildCell(e, e.pages),
    "",
    "",
    `of which ${n(e.documentPages)} document and ${n(e.incidentPages)} incident pages`,
  ]);
  if (skipped(hugo)) rows.push(["Hugo", hugo.skipped, "", "", ""]);
  else {
    const ratio = e.ms / hugo.ms;
    rows.push([
      "export vs Hugo, one language per process (time; ours / peer)",
      sec(e.ms),
      `Hugo ${buildCell(hugo, hugo.htmlFiles)}`,
      hugo.ok ? ratio.toFixed(2) : "",
      hugo.ok ? `≤ 1.5 — ${met(ratio <= 1.5)}` : "Hugo did not finish",
    ]);
  }
  const er = e.ms / elev.ms;
  rows.push([
    "export vs Eleventy (time; ours / peer)",
    sec(e.ms),
    `Eleventy ${buildCell(elev, elev.htmlFiles)}`,
    elev.ok ? er.toFixed(2) : "",
    elev.ok ? `< 1 — ${met(er < 1)}` : "Eleventy did not finish",
  ]);
  const w = r.weight;
  if (skipped(w)) rows.push(["document page weight", w.skipped, "", "", ""]);
  else {
    const detail = w.files
      .map((f) => `${f.url.split("/").pop() || "page"} ${kb(f.brotli)}`)
      .join(", ");
    rows.push([
      "document page weight, HTML + CSS + fonts (gzip / brotli)",
      `**${kb(w.gzip)}** / ${kb(w.brotli)} (raw ${kb(w.raw)})`,
      "",
      "",
      `≤ 60 KB — ${met(w.gzip <= 60 * 1024)}; brotli: ${detail}`,
    ]);
    rows.push(["scripts on the page", String(w.scripts), "", "", `0 — ${met(w.scripts === 0)}`]);
  }
  for (const k of ["document", "incident"] as const) {
    const l = r.lighthouse[k];
    if (skipped(l)) rows.push([`Lighthouse, ${k} page`, l.skipped, "", "", ""]);
    else
      rows.push([
        `Lighthouse 12.2.3, ${k} page: accessibility / performance`,
        `**${l.accessibility} / ${l.performance}**`,
        "",
        "",
        `100 / ≥ 95 — ${met(l.accessibility === 100 && l.performance >= 95)}${l.failedAudits.length ? `; below 1: ${l.failedAudits.join(", ")}` : ""}`,
      ]);
  }
  const load = o.buildsOnly
    ? "builds only:"
    : `median of ${o.runs} load rounds (${o.seconds} s, ${o.connections} connections, wrk -t1) and`;
  const head = `## public, ${n(o.docs)} documents (${n(r.data.translations)} translations), ${n(o.incidents)} incidents — ${load} ${o.buildRuns} build rounds, ${availableParallelism()} cores`;
  return [
    head,
    "",
    "| measure | ours | peer | ratio | target |",
    "|---|---:|---:|---:|---|",
    ...rows.map((c) => `| ${c.join(" | ")} |`),
    "",
    `Peers built ${n(r.builds.peerPages)} markdown pages (every document and incident in 4 languages).`,
  ].join("\n");
}
