import { mkdir, rename, rm, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Kysely } from "kysely";
import { AppError } from "../../errors.ts";
import { LANGUAGES, type Lang } from "../../i18n/languages.ts";
import { assetBytes, STATIC_ASSETS } from "../../server/static-assets.ts";
import type { PublicPageType } from "../site/public-page.ts";
import { PUBLIC_PAGES } from "../site/public-pages.ts";
import type { SiteConfig } from "../site/site-config.ts";
import { planTasks, runTask, type ExportBase, type ExportTask } from "./export-tasks.ts";
import type { ExportWorkers, TaskResult } from "./export-workers.ts";
import { languageChooserPage, mirrorNotFoundPage } from "./mirror-pages.tsx";
import { MirrorWriter } from "./mirror-writer.ts";

export { fileFor } from "./export-tasks.ts";

/** Assets the public pages use (the staff stylesheet and script stay off the mirror). */
const MIRROR_ASSETS = Object.keys(STATIC_ASSETS).filter(
  (name) => name !== "base.css" && name !== "webauthn.js",
);

/** What an export wrote. */
export interface ExportReport {
  pages: number;
  files: number;
  bytes: number;
  ms: number;
}

/** What to export, and where. */
export interface ExportProps {
  publicDb: Kysely<any>;
  out: string;
  config: SiteConfig;
  languages?: readonly Lang[];
  now?: Date;
  /** Replaces the page registry (tests); cannot be combined with workers. */
  pages?: readonly PublicPageType<any>[];
  /** Worker threads that draw and write pages too; the export ends them, whatever happens. */
  workers?: ExportWorkers;
  onProgress?: (done: number) => void;
}

/** Lets worker messages in between two tasks the main thread draws itself. */
const nextTurn = () => new Promise<void>((done) => setImmediate(done));

/**
 * Writes the whole public site as static files with relative links: every page type of the
 * registry in every language (or the chosen ones), global downloads, assets, a language chooser
 * at the root and a 404 page. The files go to a fresh sibling folder that replaces OUT only when
 * complete, so a web server serving OUT never sees half a site.
 *
 * With workers, worker threads draw and write tasks too (each with its own read-only
 * connection); the main thread lists the paths, hands out tasks, draws one itself whenever every
 * worker has enough to do, and fails the whole export — removing the partial folder — when any
 * task fails.
 */
export async function exportSite(props: ExportProps): Promise<ExportReport> {
  const workers = props.workers?.size ? props.workers : null;
  try {
    if (props.pages && workers) throw new Error("Custom pages cannot be drawn by export workers.");
    const report = await writeSite(props, workers);
    await workers?.close();
    return report;
  } catch (e) {
    await workers?.terminate();
    throw e;
  }
}

async function writeSite(props: ExportProps, workers: ExportWorkers | null): Promise<ExportReport> {
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
  const base: ExportBase = { mode: "static", config: props.config, db: props.publicDb, now };
  const registry = props.pages ?? PUBLIC_PAGES;
  const pageTypes = new Map(registry.map((p) => [p.id, p]));
  const writer = new MirrorWriter(temp);
  const report: ExportReport = { pages: 0, files: 0, bytes: 0, ms: 0 };
  const inFlight = new Set<Promise<void>>();
  const failures: unknown[] = [];
  // Pages as they are written (for the progress line); files and bytes of the workers' tasks.
  const counted = (r: TaskResult) => {
    report.pages += r.pages;
    report.files += r.files;
    report.bytes += r.bytes;
    props.onProgress?.(report.pages);
  };
  const drawHere = async (task: ExportTask) => {
    // Not `report.pages += await …`: that reads the count before the await, and would lose the
    // pages of worker tasks counted meanwhile.
    const pages = await runTask(base, pageTypes, writer, task);
    report.pages += pages;
    props.onProgress?.(report.pages);
  };

  try {
    workers?.start({ root: temp, config: props.config, now: now.toISOString() });
    for await (const task of planTasks(base, registry, languages)) {
      if (failures.length || workers?.failure) break;
      const worker = workers?.idle() ?? null;
      if (worker === null) {
        await drawHere(task);
        if (workers) await nextTurn();
        continue;
      }
      const sent: Promise<void> = workers!
        .run(worker, task)
        .then(counted, (error: unknown) => void failures.push(error))
        .finally(() => inFlight.delete(sent));
      inFlight.add(sent);
    }
    await Promise.all(inFlight);
    const failure = failures[0] ?? workers?.failure;
    if (failure) throw failure;
    for (const name of MIRROR_ASSETS) await writer.write(`assets/${name}`, assetBytes(name)!.body);
    const rootCtx = { ...base, lang: "en" as const, path: "/index.html" };
    await writer.write("index.html", languageChooserPage(rootCtx, languages));
    await writer.write("404.html", mirrorNotFoundPage({ ...rootCtx, path: "/404.html" }));
    report.files += writer.files;
    report.bytes += writer.bytes;
    await rm(out, { recursive: true, force: true });
    await rename(temp, out);
  } catch (e) {
    await workers?.terminate();
    await Promise.allSettled(inFlight);
    await rm(temp, { recursive: true, force: true });
    throw e;
  }
  report.ms = Date.now() - started;
  return report;
}
