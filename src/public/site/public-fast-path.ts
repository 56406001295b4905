import type { IncomingMessage, ServerResponse } from "node:http";
import { LANGUAGES } from "../../i18n/languages.ts";
import type { Encoded, KeptPage, PublicPageCache } from "./page-cache.ts";

/** How long browsers and proxies may keep a public page (the same on both paths). */
export const PUBLIC_CACHE_CONTROL = "public, max-age=300";

const PREFIXES = LANGUAGES.map((l) => `/${l}/`);

/** The cache key of a public page under a language prefix (the same key the routes use). */
export function publicPageKey(lang: string, path: string): string {
  return `${lang} ${path}`;
}

/** How a kept page goes out: as it is, or one of its compressed forms. */
export type Coding = "br" | "gzip" | "identity";

/**
 * The coding to send for an `Accept-Encoding` header: brotli, else gzip, when the browser accepts
 * it (a `q=0` refuses; `*` accepts any) and the page's compressed form is ready.
 */
export function chooseCoding(
  page: KeptPage,
  acceptEncoding: string | string[] | undefined,
): Coding {
  if (typeof acceptEncoding !== "string" || (!page.br && !page.gzip)) return "identity";
  const accepted = new Set<string>();
  for (const part of acceptEncoding.toLowerCase().split(",")) {
    const [name, ...params] = part.trim().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name && (q === undefined || Number(q) > 0)) accepted.add(name.trim());
  }
  if (page.br && (accepted.has("br") || accepted.has("*"))) return "br";
  if (page.gzip && (accepted.has("gzip") || accepted.has("*"))) return "gzip";
  return "identity";
}

/** The body and entity tag of a kept page in one coding. */
export function formOf(
  page: KeptPage,
  coding: Coding,
): Encoded | { body: Buffer | string; etag: string } {
  return (coding === "identity" ? null : page[coding]) ?? page;
}

/**
 * The headers a kept page is sent with in one coding, after the headers every response carries
 * (`common`; empty on the router, whose hook has set them already).
 */
export function keptPageHeaders(
  page: KeptPage,
  coding: Coding,
  common: readonly (readonly [string, string])[],
): Record<string, string> {
  const headers: Record<string, string> = Object.fromEntries(common);
  Object.assign(headers, page.headers);
  headers["content-type"] = page.contentType;
  headers["cache-control"] = PUBLIC_CACHE_CONTROL;
  headers.vary = "Accept-Encoding";
  if (coding !== "identity") headers["content-encoding"] = coding;
  headers.etag = formOf(page, coding).etag;
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
  // The response headers of each kept page and coding, built on first use: [name, value, ...].
  const wire = new WeakMap<
    KeptPage,
    Partial<Record<Coding, { ok: string[]; unchanged: string[] }>>
  >();
  const wireOf = (page: KeptPage, coding: Coding) => {
    let forPage = wire.get(page);
    if (!forPage) wire.set(page, (forPage = {}));
    let w = forPage[coding];
    if (!w) {
      const headers = keptPageHeaders(page, coding, common);
      const body = formOf(page, coding).body;
      const length = typeof body === "string" ? Buffer.byteLength(body) : body.length;
      const ok = Object.entries({ ...headers, "content-length": String(length) }).flat();
      delete headers["content-type"];
      delete headers["content-encoding"];
      w = forPage[coding] = { ok, unchanged: Object.entries(headers).flat() };
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
    const coding = chooseCoding(page, req.headers["accept-encoding"]);
    const w = wireOf(page, coding);
    if (notModified(req.headers["if-none-match"], formOf(page, coding).etag)) {
      res.writeHead(304, w.unchanged);
      res.end();
    } else {
      res.writeHead(page.status, w.ok);
      if (method === "HEAD") res.end();
      else res.end(formOf(page, coding).body);
    }
    return true;
  };
}
