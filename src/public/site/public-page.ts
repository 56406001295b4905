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

/**
 * One kind of public page, used by both the live server and `tnr export-site`: `route` is the
 * Fastify pattern under the language prefix ("/documents/:slug/"), `paths` lists every concrete
 * path the static mirror must write, `render` draws one. A page that does not exist renders null
 * (the server answers 404; the export never asks for it).
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
}

/** Fills a route pattern with parameters: ("/documents/:slug/", {slug: "x"}) → "/documents/x/". */
export function fillRoute(route: string, params: Record<string, string>): string {
  return route.replace(/:(\w+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ""));
}
