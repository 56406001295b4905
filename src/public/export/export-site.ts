import { createWriteStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { dirname, join, resolve } from "node:path";
import type { Kysely } from "kysely";
import { AppError } from "../../errors.ts";
import { LANGUAGES, type Lang } from "../../i18n/languages.ts";
import { assetBytes, STATIC_ASSETS } from "../../server/static-assets.ts";
import type { PublicContext } from "../site/public-context.ts";
import { fillRoute, type PublicPageType, type RenderedPage } from "../site/public-page.ts";
import { PUBLIC_PAGES } from "../site/public-pages.ts";
import type { SiteConfig } from "../site/site-config.ts";
import { languageChooserPage, mirrorNotFoundPage } from "./mirror-pages.tsx";

/** Assets the public pages use (the staff stylesheet and script stay off the mirror). */
const MIRROR_ASSETS = Object.keys(STATIC_ASSETS).filter(
  (name) => name !== "base.css" && name !== "webauthn.js",
);

/** How many files are written at once: enough to keep the disk busy, few enough for memory. */
const WRITE_CONCURRENCY = 32;

/** What an export wrote. */
export interface ExportReport {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
}

/** Where a site path lands on disk: "/en/documents/" → en/documents/index.html. */
export function fileFor(sitePath: string): string {
  const rel = sitePath.replace(/^\//, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/**
 * Writes the whole public site as static files with relative links: every page type of the
 * registry in every language (or the chosen ones), global downloads, assets, a language chooser
 * at the root and a 404 page. The files go to a fresh sibling folder that replaces OUT only when
 * complete, so a web server serving OUT never sees half a site.
 */
export async function exportSite(props: {
  publicDb: Kysely<any>;
  out: string;
  config: SiteConfig;
  languages?: readonly Lang[];
  now?: Date;
  pages?: readonly PublicPageType<any>[];
  onProgress?: (done: number) => void;
}): Promise<ExportReport> {
  const started = Date.now();
  const out = resolve(props.out);
  const existing = await stat(out).catch(() => null);
  if (existing && !existing.isDirectory())
    throw new AppError("invalid_input", `${props.out} exists and is not a folder.`);
  const temp = `${out}.partial-${process.pid}`;
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  const languages = props.languages ?? LANGUAGES;
  const now = props.now ?? new Date();
  const base = { mode: "static" as const, config: props.config, db: props.publicDb, now };
  const report: ExportReport = { pages: 0, files: 0, bytes: 0, ms: 0 };
  // One mkdir per folder, shared by every write into it (writes run concurrently).
  const madeDirs = new Map<string, Promise<unknown>>();
  const inFlight = new Set<Promise<void>>();

  const write = async (relFile: string, body: RenderedPage["body"]) => {
    const target = join(temp, relFile);
    const dir = dirname(target);
    let made = madeDirs.get(dir);
    if (!made) {
      made = mkdir(dir, { recursive: true });
      madeDirs.set(dir, made);
    }
    await made;
    if (body instanceof Readable) {
      // Downloads stream row by row: 100,000 incidents never sit in memory as one string.
      let size = 0;
      body.on("data", (chunk: Buffer | string) => (size += Buffer.byteLength(chunk)));
      await pipeline(body, createWriteStream(target));
      report.bytes += size;
    } else {
      await writeFile(target, body);
      report.bytes += typeof body === "string" ? Buffer.byteLength(body) : body.length;
    }
    report.files++;
  };
  const queue = async (relFile: string, body: RenderedPage["body"]) => {
    const p = write(relFile, body).finally(() => inFlight.delete(p));
    inFlight.add(p);
    if (inFlight.size >= WRITE_CONCURRENCY) await Promise.race(inFlight);
  };

  try {
    for (const page of props.pages ?? PUBLIC_PAGES) {
      const scopes: (Lang | null)[] = page.scope === "global" ? [null] : [...languages];
      for (const lang of scopes) {
        const pageLang = lang ?? "en";
        for await (const params of page.paths({ ...base }, pageLang)) {
          const route = fillRoute(page.route, params);
          const sitePath = lang ? `/${lang}${route}` : route;
          const ctx: PublicContext = { ...base, lang: pageLang, path: sitePath };
          const rendered = await page.render(ctx, params);
          if (!rendered || (rendered.status ?? 200) !== 200) continue;
          await queue(fileFor(sitePath), rendered.body);
          report.pages++;
          props.onProgress?.(report.pages);
        }
      }
    }
    for (const name of MIRROR_ASSETS) await queue(`assets/${name}`, assetBytes(name)!.body);
    const rootCtx = { ...base, lang: "en" as const, path: "/index.html" };
    await queue("index.html", languageChooserPage(rootCtx, languages));
    await queue("404.html", mirrorNotFoundPage({ ...rootCtx, path: "/404.html" }));
    await Promise.all(inFlight);
    await rm(out, { recursive: true, force: true });
    await rename(temp, out);
  } catch (e) {
    await Promise.allSettled(inFlight);
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
  report.ms = Date.now() - started;
  return report;
}
