import type { FastifyReply, FastifyRequest } from "fastify";
import type { SessionLimits } from "../auth/session.ts";
import type { RelyingParty } from "../auth/webauthn.ts";
import type { Vault } from "../vault/vault.ts";
import type { CookiePolicy } from "./staff-context.ts";
import { requestPath } from "./staff-context.ts";
import type { PageContext } from "./views/layout.tsx";

/** What route modules need from the server: the vault, a clock, cookie names and limits. */
export interface ServerDeps {
  vault: Vault;
  /** The clock (tests pass a controllable one). */
  now: () => Date;
  cookies: CookiePolicy;
  limits: SessionLimits;
  /** Same limits as configuration values, for createSession via completeLogin. */
  limitConfig: { idleMinutes?: number; absoluteHours?: number };
  rp: RelyingParty;
}

/** The page context for a staff page: language, state, actor and a fresh form token. */
export function pageContext(
  deps: ServerDeps,
  req: FastifyRequest,
  reply: FastifyReply,
): PageContext {
  return {
    lang: req.lang,
    demo: Boolean(deps.vault.installation?.demo),
    state: deps.vault.state,
    path: requestPath(req.url),
    actor: req.actor ? { role: req.actor.role, isAdmin: req.actor.role === "admin" } : null,
    csrf: reply.csrfToken(),
  };
}

/** A local path to return to after sign-in or step-up; anything else falls back to /staff. */
export function safeNext(value: unknown): string {
  if (typeof value !== "string") return "/staff";
  // Only same-site staff paths: no scheme, no protocol-relative "//host", no backslash tricks.
  if (!/^\/staff(\/[\w\-./%]*)?(\?[\w\-=&%.]*)?$/.test(value) || value.includes("//"))
    return "/staff";
  return value;
}
