import { randomBytes } from "node:crypto";
import CsrfTokens from "@fastify/csrf";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { CsrfError } from "../errors.ts";
import { cookieOptions, isVaultPath, requestPath, type CookiePolicy } from "./staff-context.ts";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The name of the hidden form field and of the header scripts send. */
export const CSRF_FIELD = "_csrf";
export const CSRF_HEADER = "x-csrf-token";

/**
 * True when the browser says the request came from another site: `Sec-Fetch-Site` where sent
 * (it decides alone: under `Referrer-Policy: no-referrer` browsers send `Origin: null` even for
 * same-origin form posts), else an `Origin` whose host differs. Requests with neither (scripts,
 * old browsers) still need the token on staff routes.
 */
function crossSite(req: FastifyRequest): boolean {
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string") return site !== "same-origin" && site !== "none";
  const origin = req.headers.origin;
  if (typeof origin !== "string") return false;
  if (origin === "null") return true;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

/**
 * Synchronizer tokens (via @fastify/csrf): a secret in a host-only, HttpOnly, SameSite=Strict
 * cookie and, in each form, a token made from it and bound to the session id, so a token from
 * before sign-in or from another session is refused. The HMAC key lives only in memory: a restart
 * makes open forms ask to be reloaded, nothing else.
 */
export function registerCsrf(app: FastifyInstance, cookies: CookiePolicy): void {
  const tokens = CsrfTokens({
    userInfo: true,
    hmacKey: randomBytes(32),
  }) as CsrfTokens.TokensUserinfo;
  const bound = (req: FastifyRequest) => req.staffSession?.id ?? "anonymous";

  app.decorateReply("csrfToken", function csrfToken(this: FastifyReply) {
    const req = this.request;
    let secret = req.cookies[cookies.csrf] ?? "";
    if (!secret) {
      secret = tokens.secretSync();
      this.setCookie(cookies.csrf, secret, cookieOptions(cookies));
      // Later calls in the same request must reuse it, not mint a second secret.
      req.cookies[cookies.csrf] = secret;
    }
    return tokens.create(secret, bound(req));
  });

  // preHandler, not onRequest: the form body (and its token) is parsed by then.
  app.addHook("preHandler", async (req) => {
    if (SAFE_METHODS.has(req.method)) return;
    if (crossSite(req)) throw new CsrfError();
    // Public forms set no cookie; the same-origin check above is their protection.
    if (!isVaultPath(requestPath(req.url))) return;
    // Bearer tokens are not sent by browsers on their own, so they cannot be forged across sites.
    if (req.authVia === "token") return;
    const secret = req.cookies[cookies.csrf];
    const body = req.body as Record<string, unknown> | undefined;
    const sent =
      (typeof body === "object" && body !== null ? body[CSRF_FIELD] : undefined) ??
      req.headers[CSRF_HEADER];
    if (!secret || typeof sent !== "string" || !tokens.verify(secret, sent, bound(req)))
      throw new CsrfError();
  });
}

declare module "fastify" {
  interface FastifyReply {
    /** A fresh anti-forgery token for a form on the page being rendered. */
    csrfToken(): string;
  }
}
