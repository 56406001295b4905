import type { Kysely } from "kysely";
import type { Lang } from "../../i18n/languages.ts";
import type { SiteConfig } from "./site-config.ts";

/**
 * Everything a public page needs to render, identical for the live server and the static mirror;
 * only `mode` differs: on the mirror, links are relative and end in index.html so the copy works
 * from any folder, a CDN, or straight from disk.
 */
export interface PublicContext {
  lang: Lang;
  /** This page's site path, e.g. "/en/documents/" (always starting and, for pages, ending in "/"). */
  path: string;
  mode: "server" | "static";
  config: SiteConfig;
  /** The public store (never the vault). */
  db: Kysely<any>;
  now: Date;
  /** The live request's query string (first value per name); absent on the static mirror. */
  query?: Readonly<Record<string, string>>;
}

/** A link from the current page to a site path ("/en/incidents/", "/assets/public.css"). */
export function href(ctx: Pick<PublicContext, "mode" | "path">, target: string): string {
  if (ctx.mode === "server") return target;
  const [pathPart, hash] = target.split("#");
  const from = ctx.path.split("/").filter(Boolean);
  // A page path ends in "/" and is written as <dir>/index.html; the page sits inside its dir.
  const depth = ctx.path.endsWith("/") ? from.length : Math.max(from.length - 1, 0);
  let rel = "../".repeat(depth) + pathPart!.replace(/^\//, "");
  if (rel === "" || rel.endsWith("/")) rel += "index.html";
  return hash !== undefined ? `${rel}#${hash}` : rel;
}

/** The same page in another language (the language is always the first path segment). */
export function pathInLanguage(path: string, lang: Lang): string {
  return path.replace(/^\/(ka|en|az|ru)(?=\/|$)/, `/${lang}`);
}
