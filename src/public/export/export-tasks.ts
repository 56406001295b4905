import type { Lang } from "../../i18n/languages.ts";
import type { PublicContext } from "../site/public-context.ts";
import {
  fillRoute,
  type PageRequest,
  type PublicPageType,
  type RenderedPage,
} from "../site/public-page.ts";
import type { MirrorWriter } from "./mirror-writer.ts";

/** Paths per task: a few hundred milliseconds of drawing, a few MB of pages in memory. */
export const TASK_PATHS = 100;

/** What every page of one export shares (the context without language and path). */
export type ExportBase = Omit<PublicContext, "lang" | "path">;

/**
 * A share of the mirror: up to TASK_PATHS paths of one page type in one language (null: a
 * global page such as a download). Plain data, so it can be sent to an export worker.
 */
export interface ExportTask {
  page: string;
  lang: Lang | null;
  params: Record<string, string>[];
}

/** Where a site path lands on disk: "/en/documents/" → en/documents/index.html. */
export function fileFor(sitePath: string): string {
  const rel = sitePath.replace(/^\//, "");
  return rel === "" || rel.endsWith("/") ? `${rel}index.html` : rel;
}

/** A page's site path: the route filled in, under the language prefix unless the page is global. */
export function sitePathOf(page: PublicPageType<any>, lang: Lang | null, params: object): string {
  const route = fillRoute(page.route, params as Record<string, string>);
  return lang ? `/${lang}${route}` : route;
}

/**
 * Every path of every page type in every language (one file for global pages), in registry
 * order, cut into tasks as the paths are listed: 400,000 paths never sit in memory at once.
 * A page type's languages take turns, task by task, so that tasks drawn at the same time write
 * into different folders (two threads making folders in one parent wait for each other).
 */
export async function* planTasks(
  base: ExportBase,
  pages: readonly PublicPageType<any>[],
  languages: readonly Lang[],
): AsyncGenerator<ExportTask> {
  for (const page of pages) {
    const scopes: (Lang | null)[] = page.scope === "global" ? [null] : [...languages];
    let turns = scopes.map((lang) => ({ lang, chunks: chunksOf(page.paths(base, lang ?? "en")) }));
    while (turns.length) {
      const next: typeof turns = [];
      for (const turn of turns) {
        const chunk = await turn.chunks.next();
        if (chunk.done) continue;
        yield { page: page.id, lang: turn.lang, params: chunk.value };
        next.push(turn);
      }
      turns = next;
    }
  }
}

/** Paths in groups of TASK_PATHS. */
async function* chunksOf(
  paths: AsyncIterable<Record<string, string>> | Iterable<Record<string, string>>,
): AsyncGenerator<Record<string, string>[]> {
  let chunk: Record<string, string>[] = [];
  for await (const p of paths) {
    chunk.push(p);
    if (chunk.length === TASK_PATHS) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/**
 * Draws a task's pages — in one batch when the page type can (`renderMany`), else one by one —
 * and writes those that exist (status 200). Returns how many pages it wrote.
 */
export async function runTask(
  base: ExportBase,
  pages: ReadonlyMap<string, PublicPageType<any>>,
  writer: MirrorWriter,
  task: ExportTask,
): Promise<number> {
  const page = pages.get(task.page);
  if (!page) throw new Error(`Unknown page type ${task.page}.`);
  const requests: PageRequest[] = task.params.map((params) => ({
    ctx: { ...base, lang: task.lang ?? "en", path: sitePathOf(page, task.lang, params) },
    params,
  }));
  let written = 0;
  const put = async (request: PageRequest, rendered: RenderedPage | null) => {
    if (!rendered || (rendered.status ?? 200) !== 200) return;
    await writer.write(fileFor(request.ctx.path), rendered.body);
    written++;
  };
  if (page.renderMany) {
    const drawn = await page.renderMany(requests);
    for (let i = 0; i < requests.length; i++) await put(requests[i]!, drawn[i] ?? null);
  } else {
    for (const r of requests) await put(r, await page.render(r.ctx, r.params));
  }
  return written;
}
