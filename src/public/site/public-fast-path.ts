import type { IncomingMessage, ServerResponse } from "node:http";
import { LANGUAGES } from "../../i18n/languages.ts";
import type { KeptPage, PublicPageCache } from "./page-cache.ts";

/** How long browsers and proxies may keep a public page (the same on both paths). */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300";

const PREFIXES = LANGUAGES.map((l) => `/${l}/`);

/** The cache key of a public page under a language prefix (the same key the routes use). */
export function publicPageKey(lang: string, path: string): string {
  return `${lang} ${path}`;
}

/** The headers a kept page is sent with, after the headers every response carries. */
export function keptPageHeaders(
  page: KeptPage,
  common: readonly (readonly [string, string])[],
): Record<string, string> {
  const headers: Record<string, string> = Object.fromEntries(common);
  Object.assign(headers, page.headers);
  headers["content-type"] = page.contentType;
  headers["cache-control"] = PUBLIC_CACHE_CONTROL;
  headers.etag = page.etag;
  return headers;
}

/** Whether the browser already holds this version (`If-None-Match` names its tag, or `*`). */
export function notModified(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (typeof ifNoneMatch !== "string") return false;
  return ifNoneMatch
    .split(",")
    .some((t) => t.trim() === "*" || t.trim().replace(/^W\//, "") === etag);
}

/**
 * The server's front door for public pages already rendered: a GET or HEAD for a path under a
 * language prefix, with no query string and nothing percent-encoded, whose page is in the cache
 * and the cache known fresh, is answered here — the same status, headers and bytes the routes
 * would send — without routing, hooks or a log line. Everything else (a miss, a query, an encoded
 * path, a stale cache, any other method, the staff side) returns false and goes to the router,
 * which renders, refreshes the cache and logs as usual. Public page hits are not logged at all:
 * the public site keeps no record of who read what.
 */
export function publicFastPath(
  cache: PublicPageCache,
  common: readonly (readonly [string, string])[],
) {
  // The response headers of each kept page, built on its first fast answer: [name, value, ...].
  const wire = new WeakMap<KeptPage, { ok: string[]; unchanged: string[] }>();
  const wireOf = (page: KeptPage) => {
    let w = wire.get(page);
    if (!w) {
      const headers = keptPageHeaders(page, common);
      const length =
        typeof page.body === "string" ? Buffer.byteLength(page.body) : page.body.length;
      const ok = Object.entries({ ...headers, "content-length": String(length) }).flat();
      delete headers["content-type"];
      w = { ok, unchanged: Object.entries(headers).flat() };
      wire.set(page, w);
    }
    return w;
  };
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const method = req.method;
    if (method !== "GET" && method !== "HEAD") return false;
    const url = req.url ?? "";
    if (url.includes("?") || url.includes("%")) return false;
    const prefix = url.slice(0, 4);
    if (!PREFIXES.includes(prefix)) return false;
    if (!cache.isFresh()) return false;
    const page = cache.get(publicPageKey(prefix.slice(1, 3), url));
    if (!page) return false;
    const w = wireOf(page);
    if (notModified(req.headers["if-none-match"], page.etag)) {
      res.writeHead(304, w.unchanged);
      res.end();
    } else {
      res.writeHead(page.status, w.ok);
      if (method === "HEAD") res.end();
      else res.end(page.body);
    }
    return true;
  };
}
