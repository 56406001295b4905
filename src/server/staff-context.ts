import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { resolveApiToken } from "../auth/api-token.ts";
import type { StaffActor } from "../auth/auth.types.ts";
import {
  STEP_UP_MS,
  resolveSession,
  type SessionInfo,
  type SessionLimits,
} from "../auth/session.ts";
import { StepUpRequiredError, UnauthorisedError } from "../errors.ts";
import { isLang, negotiateLanguage, type Lang } from "../i18n/languages.ts";
import type { Vault } from "../vault/vault.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in staff member (session cookie or API token), or null. */
    actor: StaffActor | null;
    /** The browser session, when signed in with a cookie (never for API tokens). */
    staffSession: SessionInfo | null;
    /** How the actor was established: only cookie-authenticated requests need a CSRF token. */
    authVia: "session" | "token" | null;
    /** The interface language for this request. */
    lang: Lang;
  }
}

/** Names and attributes of the staff cookies, decided once from how the site is served. */
export interface CookiePolicy {
  secure: boolean;
  session: string;
  csrf: string;
  lang: string;
}

/**
 * `__Host-` cookies must be Secure, so the prefix is used exactly when the site is served over
 * https; plain http is only for a loopback development server, where browsers drop Secure cookies.
 */
export function cookiePolicy(secure: boolean): CookiePolicy {
  const prefix = secure ? "__Host-" : "";
  return {
    secure,
    session: `${prefix}tnr_session`,
    csrf: `${prefix}tnr_csrf`,
    lang: `${prefix}tnr_lang`,
  };
}

/** Attributes shared by every staff cookie: host-only, whole site, script-proof, same-site only. */
export function cookieOptions(policy: CookiePolicy, maxAgeSeconds?: number) {
  return {
    path: "/",
    httpOnly: true,
    sameSite: "strict" as const,
    secure: policy.secure,
    ...(maxAgeSeconds !== undefined ? { maxAge: maxAgeSeconds } : {}),
  };
}

/** The path without query string, percent-decoded (what the router matches). */
export function requestPath(url: string): string {
  const path = url.split("?")[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Staff pages and the JSON API: sealed with the vault, never cached, never public. */
export function isVaultPath(path: string): boolean {
  return (
    path === "/staff" ||
    path.startsWith("/staff/") ||
    path === "/api/v1" ||
    path.startsWith("/api/v1/")
  );
}

/** The bearer token of an `Authorization` header, if any. */
function bearerToken(req: FastifyRequest): string | null {
  const h = req.headers.authorization;
  if (typeof h !== "string") return null;
  const m = /^Bearer\s+(\S+)$/i.exec(h);
  return m ? m[1]! : null;
}

/**
 * Resolves who is asking on every vault route once the vault is unsealed: an API token on
 * `/api/v1`, else the session cookie. The language comes from `?lang=` (remembered in a cookie on
 * staff pages), then that cookie, then `Accept-Language`.
 */
export function registerStaffContext(
  app: FastifyInstance,
  deps: { vault: Vault; now: () => Date; cookies: CookiePolicy; limits: SessionLimits },
): void {
  app.decorateRequest("actor", null);
  app.decorateRequest("staffSession", null);
  app.decorateRequest("authVia", null);
  app.decorateRequest("lang", "en");

  app.addHook("onRequest", async (req, reply) => {
    const query = req.query as Record<string, unknown> | undefined;
    const asked = query?.lang;
    const remembered = req.cookies[deps.cookies.lang];
    const path = requestPath(req.url);
    if (isLang(asked)) {
      req.lang = asked;
      if (isVaultPath(path) && asked !== remembered)
        reply.setCookie(deps.cookies.lang, asked, cookieOptions(deps.cookies, 365 * 86400));
    } else if (isVaultPath(path) && isLang(remembered)) req.lang = remembered;
    else req.lang = negotiateLanguage(req.headers["accept-language"]);

    if (!isVaultPath(path) || deps.vault.state !== "unsealed") return;
    const db = deps.vault.db();
    const now = deps.now();
    const bearer = path.startsWith("/api/") ? bearerToken(req) : null;
    if (bearer) {
      const resolved = await resolveApiToken(db, bearer, now);
      if (resolved) {
        req.actor = resolved.actor;
        req.authVia = "token";
      }
      return;
    }
    const cookie = req.cookies[deps.cookies.session];
    if (!cookie) return;
    const resolved = await resolveSession(db, cookie, now, deps.limits);
    if (!resolved) {
      // A dead cookie is dropped so the browser stops sending it.
      reply.clearCookie(deps.cookies.session, cookieOptions(deps.cookies));
      return;
    }
    req.actor = resolved.actor;
    req.staffSession = resolved.session;
    req.authVia = "session";
  });
}

/** The signed-in actor, or a 401 (HTML routes turn it into a redirect to the sign-in page). */
export function requireStaff(req: FastifyRequest): StaffActor {
  if (!req.actor) throw new UnauthorisedError();
  return req.actor;
}

/**
 * The actor, if the session confirmed its second factor in the last five minutes. API tokens
 * cannot step up, so sensitive actions stay with people at a browser.
 */
export function requireStepUp(req: FastifyRequest, now: Date, next?: string): StaffActor {
  const actor = requireStaff(req);
  if (!hasFreshStepUp(req, now)) throw new StepUpRequiredError(next);
  return actor;
}

/** True when this browser session confirmed its second factor in the last five minutes. */
function hasFreshStepUp(req: FastifyRequest, now: Date): boolean {
  const at = req.staffSession?.stepUpAt;
  return Boolean(at) && now.getTime() - Date.parse(at!) <= STEP_UP_MS;
}

/** Sends HTML with the right type (pages are rendered to strings). */
export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply.code(status).type("text/html; charset=utf-8").send(html);
}
