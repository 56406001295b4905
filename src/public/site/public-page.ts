import type { Readable } from "node:stream";
import type { Lang } from "../../i18n/languages.ts";
import type { PublicContext } from "./public-context.ts";

/** What a public page renders to: HTML (or another text type for feeds and downloads). */
export interface RenderedPage {
  /** A Readable streams large downloads (Fastify sends it; fs.writeFile accepts it too). */
  body: string | Buffer | Readable;
  /** Defaults to text/html; feeds and downloads set their own. */
  contentType?: string;
  status?: number;
  /** Extra response headers on the live server (published files: disposition, sandbox CSP). */
  headers?: Readonly<Record<string, string>>;
}

/** One page to draw: its context (language, path) and its route parameters. */
export interface PageRequest<P extends Record<string, string> = Record<string, string>> {
  ctx: PublicContext;
  params: P;
}

/**
 * One kind of public page, used by both the live server and `tnr export-site`: `route` is the
 * Fastify pattern under the language prefix ("/documents/:slug/"), `paths` lists every concrete
 * path the static mirror must write, `render` draws one. A page that does not exist renders null
 * (the server answers 404; the export never asks for it). Page types with many pages also draw
 * them in batches (`renderMany`) from one read of the store, with the same drawing functions.
 */
export interface PublicPageType<P extends Record<string, string> = Record<string, string>> {
  id: string;
  /** "language" (default): served under /ka/, /en/, … ; "global": one file for all (downloads). */
  scope?: "language" | "global";
  /** Pattern after "/:lang": e.g. "/", "/documents/", "/documents/:slug/". */
  route: string;
  /** Per language: every parameter set that exists (for the static mirror and the sitemap). */
  paths(ctx: Omit<PublicContext, "lang" | "path">, lang: Lang): AsyncIterable<P> | Iterable<P>;
  render(ctx: PublicContext, params: P): Promise<RenderedPage | null>;
  /**
   * Optional: the same pages as `render` would give, one result per request in order, read from
   * the store in a few queries for the whole batch (the static mirror asks for ~100 at a time).
   */
  renderMany?(requests: readonly PageRequest<P>[]): Promise<(RenderedPage | null)[]>;
}

/** Fills a route pattern with parameters: ("/documents/:slug/", {slug: "x"}) → "/documents/x/". */
export function fillRoute(route: string, params: Record<string, string>): string {
  return route.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
}

/**
 * Sorted page numbers as runs of consecutive pages ([2,3,4,9] → [[2,4],[9,9]]), so a batch of
 * list pages reads each run's rows with one query instead of one per page.
 */
export function pageRuns(pages: Iterable<number>): [first: number, last: number][] {
  const runs: [number, number][] = [];
  for (const p of [...new Set(pages)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && p === last[1] + 1) last[1] = p;
    else runs.push([p, p]);
  }
  return runs;
}
