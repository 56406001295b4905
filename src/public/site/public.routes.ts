import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { isLang, negotiateLanguage, type Lang } from "../../i18n/languages.ts";
import type { Vault } from "../../vault/vault.ts";
import type { PublicContext } from "./public-context.ts";
import { notFoundPage } from "./pages/error.page.tsx";
import { PUBLIC_PAGES } from "./public-pages.ts";
import type { PublicPageType } from "./public-page.ts";
import { siteConfig } from "./site-config.ts";
import type { KeptPage, PublicPageCache } from "./page-cache.ts";
import { Readable } from "node:stream";
import {
  chooseCoding,
  formOf,
  keptPageHeaders,
  notModified,
  PUBLIC_CACHE_CONTROL as CACHE,
  publicPageKey,
} from "./public-fast-path.ts";

/** The context of a public request: the public store only, never the vault. */
export function publicContext(
  vault: Vault,
  lang: Lang,
  path: string,
  now: Date,
  query?: unknown,
): PublicContext {
  return {
    lang,
    path,
    mode: "server",
    config: siteConfig(process.env, Boolean(vault.installation?.demo)),
    db: vault.stores.publicDb,
    now,
    query: firstValues(query),
  };
}

/** The query string as one string per name (a repeated name keeps its first value). */
function firstValues(query: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!query || typeof query !== "object") return out;
  for (const [k, v] of Object.entries(query)) {
    const first: unknown = Array.isArray(v) ? v[0] : v;
    if (typeof first === "string") out[k] = first;
  }
  return out;
}

/**
 * Sends a kept page (compressed when the browser accepts it and the compressed form is ready), or
 * "304 Not Modified" when the browser has it: the same answer as the fast path's.
 */
function sendKept(req: FastifyRequest, reply: FastifyReply, page: KeptPage) {
  const coding = chooseCoding(page, req.headers["accept-encoding"]);
  const form = formOf(page, coding);
  const headers = keptPageHeaders(page, coding, []);
  if (notModified(req.headers["if-none-match"], form.etag)) {
    delete headers["content-type"];
    delete headers["content-encoding"];
    return reply.headers(headers).code(304).send();
  }
  return reply.headers(headers).code(page.status).send(form.body);
}

/**
 * Sends a rendered public page, or the localised 404 page. Pages without a query string are kept
 * in the page cache (searches and filters are not: their variety is unbounded); streamed
 * downloads are never cached.
 */
async function answer(
  req: FastifyRequest,
  reply: FastifyReply,
  ctx: PublicContext,
  page: PublicPageType,
  params: Record<string, string>,
  cache: PublicPageCache | null,
  key: string | null,
) {
  const out = await page.render(ctx, params);
  if (!out) {
    return reply.code(404).type("text/html; charset=utf-8").send(notFoundPage(ctx));
  }
  const status = out.status ?? 200;
  const contentType = out.contentType ?? "text/html; charset=utf-8";
  if (cache && key && status === 200 && !(out.body instanceof Readable)) {
    // Kept as bytes: a kept page is then sent without encoding it again for every request.
    const body = typeof out.body === "string" ? Buffer.from(out.body) : out.body;
    return sendKept(
      req,
      reply,
      cache.set(key, { status, contentType, headers: out.headers, body }),
    );
  }
  // Streamed downloads, searches and filters, error statuses: sent as rendered, never kept.
  return reply
    .code(status)
    .type(contentType)
    .headers(out.headers ?? {})
    .header("Cache-Control", CACHE)
    .send(out.body);
}

/**
 * The public site on the live server: every page type under each language prefix (and global
 * files at their own paths). "/" sends the visitor to their language. Reads the public store
 * only, sets no cookie, and works whether the vault is sealed or not.
 */
export function registerPublicRoutes(
  app: FastifyInstance,
  vault: Vault,
  now: () => Date,
  cache: PublicPageCache | null,
): void {
  app.get("/", async (req, reply) => {
    const lang = negotiateLanguage(req.headers["accept-language"], "ka");
    return reply.header("Vary", "Accept-Language").redirect(`/${lang}/`, 302);
  });

  for (const page of PUBLIC_PAGES) {
    const global = page.scope === "global";
    const pattern = global ? page.route : `/:lang${page.route}`;
    const handler = async (req: FastifyRequest, reply: FastifyReply) => {
      const params = { ...(req.params as Record<string, string>) };
      const lang = global ? negotiateLanguage(req.headers["accept-language"]) : params.lang;
      if (!isLang(lang)) {
        const ctx = publicContext(vault, "en", req.url.split("?")[0]!, now());
        return reply.code(404).type("text/html; charset=utf-8").send(notFoundPage(ctx));
      }
      delete params.lang;
      const [path, query] = req.url.split("?");
      // The key includes the negotiated language: global pages answer per Accept-Language.
      const key = query === undefined && cache ? publicPageKey(lang, path!) : null;
      if (key && cache) {
        await cache.refresh();
        const hit = cache.get(key);
        if (hit) return sendKept(req, reply, hit);
      }
      const ctx = publicContext(vault, lang, path!, now(), req.query);
      return answer(req, reply, ctx, page, params, cache, key);
    };
    app.get(pattern, handler);
    // "/en/documents" → "/en/documents/": one address per page, as on the static mirror.
    if (pattern.endsWith("/") && pattern.length > 1) {
      app.get(pattern.slice(0, -1), async (req, reply) => {
        const lang = (req.params as { lang?: string }).lang;
        if (!global && !isLang(lang)) {
          const ctx = publicContext(vault, "en", req.url.split("?")[0]!, now());
          return reply.code(404).type("text/html; charset=utf-8").send(notFoundPage(ctx));
        }
        const [path, query] = req.url.split("?");
        return reply.redirect(`${path}/${query ? `?${query}` : ""}`, 301);
      });
    }
  }
}
