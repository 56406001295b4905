import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** The bytes of one page as a browser loads it. */
export interface PageWeight {
  files: { url: string; raw: number; gzip: number; brotli: number }[];
  raw: number;
  gzip: number;
  brotli: number;
  scripts: number;
}

const REPO = resolve(import.meta.dirname, "..");

/** Code points of the page's visible text (tags, entities' names and attributes left out). */
function textCodePoints(html: string): Set<number> {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, "")
    .replace(/<[^>]*>/g, " ")
    .replace(/&[a-z]+;/gi, " ");
  const cps = new Set<number>();
  for (const ch of text) cps.add(ch.codePointAt(0)!);
  return cps;
}

/** Whether a CSS unicode-range ("U+0000-00FF, U+10A0-10FF, U+2D??") covers any of the points. */
function rangeHits(range: string, cps: Set<number>): boolean {
  for (const part of range.split(",").map((s) => s.trim().replace(/^U\+/i, ""))) {
    let lo: number;
    let hi: number;
    if (part.includes("?")) {
      lo = parseInt(part.replace(/\?/g, "0"), 16);
      hi = parseInt(part.replace(/\?/g, "F"), 16);
    } else {
      const [a, b] = part.split("-");
      lo = parseInt(a!, 16);
      hi = b ? parseInt(b, 16) : lo;
    }
    for (const cp of cps) if (cp >= lo && cp <= hi) return true;
  }
  return false;
}

/**
 * Loads a page and what it pulls in: the HTML, every stylesheet it links, and of the fonts
 * those declare only the files whose unicode-range covers a character of the page's text (what
 * a browser downloads). Sizes raw, gzip (level 6, a web server's default) and brotli (11).
 * WOFF2 files are already compressed: they count with their own size in every column.
 */
export async function pageWeight(pageUrl: string): Promise<PageWeight> {
  const files: PageWeight["files"] = [];
  const add = (url: string, body: Buffer, compressible: boolean) =>
    files.push({
      url,
      raw: body.length,
      gzip: compressible ? gzipSync(body, { level: 6 }).length : body.length,
      brotli: compressible
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length
        : body.length,
    });
  const get = async (url: string) => {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  };
  const html = await get(pageUrl);
  const text = html.toString("utf8");
  add(pageUrl, html, true);
  const cps = textCodePoints(text);
  const scripts = (text.match(/<script\b/gi) ?? []).length;
  for (const m of text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gi)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (!href) continue;
    const cssUrl = new URL(href.replace(/&amp;/g, "&"), pageUrl).href;
    const css = await get(cssUrl);
    add(cssUrl, css, true);
    for (const face of css.toString("utf8").matchAll(/@font-face\s*{([^}]*)}/g)) {
      const range = /unicode-range:\s*([^;]+)/.exec(face[1]!)?.[1];
      if (range && !rangeHits(range, cps)) continue;
      const src = /url\(["']?([^"')]+\.woff2)["']?\)/.exec(face[1]!)?.[1];
      if (!src) continue;
      const fontUrl = new URL(src, cssUrl).href;
      if (files.some((f) => f.url === fontUrl)) continue;
      add(fontUrl, await get(fontUrl), false);
    }
  }
  const sum = (k: "raw" | "gzip" | "brotli") => files.reduce((s, f) => s + f[k], 0);
  return { files, raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli"), scripts };
}

/** Lighthouse scores of one page (Lighthouse 12.2.3, Debian's chromium, headless, mobile defaults). */
export interface LighthouseScores {
  accessibility: number;
  performance: number;
  failedAudits: string[];
}

/** Runs the project's Lighthouse CLI on a URL with /usr/bin/chromium. */
export function lighthouse(url: string): LighthouseScores {
  const dir = mkdtempSync(join(tmpdir(), "tnr-lh-"));
  try {
    const out = join(dir, "report.json");
    const r = spawnSync(
      join(REPO, "node_modules", ".bin", "lighthouse"),
      [
        url,
        "--quiet",
        "--output=json",
        `--output-path=${out}`,
        "--only-categories=accessibility,performance",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
      ],
      {
        env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" },
        encoding: "utf8",
        timeout: 300_000,
      },
    );
    if (r.status !== 0) throw new Error(`lighthouse failed: ${r.stderr.slice(-1000)}`);
    const report = JSON.parse(readFileSync(out, "utf8")) as {
      categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }>;
      audits: Record<string, { score: number | null; scoreDisplayMode: string }>;
    };
    const failed = Object.values(report.categories).flatMap((c) =>
      c.auditRefs
        .filter(
          (a) =>
            a.weight > 0 &&
            report.audits[a.id]?.score !== null &&
            (report.audits[a.id]?.score ?? 1) < 1,
        )
        .map((a) => `${a.id}=${report.audits[a.id]!.score}`),
    );
    return {
      accessibility: Math.round(report.categories.accessibility!.score * 100),
      performance: Math.round(report.categories.performance!.score * 100),
      failedAudits: failed,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
