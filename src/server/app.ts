import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import cookie from "@fastify/cookie";
import formbody from "@fastify/formbody";
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type RouteOptions,
} from "fastify";
import { registerAuditRoutes } from "../audit/audit.routes.tsx";
import { registerAccountRoutes } from "../auth/account.routes.tsx";
import { registerAuthRoutes } from "../auth/auth.routes.tsx";
import { registerGrantRoutes } from "../auth/grant.routes.tsx";
import { sessionLimits } from "../auth/session.ts";
import { registerUserAdminRoutes } from "../auth/user-admin.routes.tsx";
import { relyingParty, type RelyingParty } from "../auth/webauthn.ts";
import { AppError, StepUpRequiredError, ThrottledError, ValidationError } from "../errors.ts";
import { t } from "../i18n/i18n.ts";
import { registerIncidentRoutes } from "../incidents/incident.routes.tsx";
import { registerPublishingRoutes } from "../publishing/publishing.routes.tsx";
import type { Vault } from "../vault/vault.ts";
import { registerApiRoutes } from "./api/api.routes.ts";
import { registerCsrf } from "./csrf.ts";
import { assetBytes } from "./static-assets.ts";
import { pageContext, type ServerDeps } from "./server-deps.ts";
import {
  cookiePolicy,
  isVaultPath,
  registerStaffContext,
  requestPath,
  sendHtml,
} from "./staff-context.ts";
import { registerStaffRoutes } from "./staff.routes.tsx";
import { errorPage, sealedPage } from "./views/pages.tsx";
import {
  notFoundPage,
  publicErrorPage,
  publicRefusedPage,
} from "../public/site/pages/error.page.tsx";
import { publicContext, registerPublicRoutes } from "../public/site/public.routes.ts";
import { PublicPageCache } from "../public/site/page-cache.ts";
import { publicFastPath } from "../public/site/public-fast-path.ts";
import { isLang } from "../i18n/languages.ts";
import { registerSubscriptionRoutes } from "../subscriptions/subscription.routes.ts";

/** Security headers on every response (strict CSP, no referrer, no framing, no sniffing). */
export function securityHeaderList(https: boolean): readonly (readonly [string, string])[] {
  return [
    [
      "content-security-policy",
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    ],
    ["referrer-policy", "no-referrer"],
    ["x-content-type-options", "nosniff"],
    ["x-frame-options", "DENY"],
    ["cross-origin-opener-policy", "same-origin"],
    ["cross-origin-resource-policy", "same-origin"],
    ["permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"],
    ...(https
      ? [["strict-transport-security", "max-age=63072000; includeSubDomains"] as const]
      : []),
  ];
}

/** How the server is built: logging, a clock for tests, cookie security, session limits. */
export interface AppOptions {
  /** true: JSON lines on stdout; a stream: the same lines there (tests read them). */
  logger?: boolean | { stream: NodeJS.WritableStream };
  now?: () => Date;
  /** Serve cookies Secure with the `__Host-` prefix (default: TNR_PUBLIC_URL is https). */
  secureCookies?: boolean;
  sessionLimits?: { idleMinutes?: number; absoluteHours?: number };
  rp?: RelyingParty;
  /** Called for every route as it is registered (the security sweeps build on the route table). */
  onRoute?: (route: RouteOptions) => void;
}

/** The route pattern, never the concrete URL: paths carry enrolment tokens and record ids. */
function routeLabel(req: FastifyRequest): string {
  return req.routeOptions?.url ?? "(no route)";
}

/** Builds the HTTP server: public start page, health, staff pages and the JSON API. */
export function buildApp(vault: Vault, opts: AppOptions = {}): FastifyInstance {
  const https = opts.secureCookies ?? (process.env.TNR_PUBLIC_URL ?? "").startsWith("https://");
  const serializers = {
    // Only method, route pattern and status: never bodies, query strings, cookies or headers.
    req: (req: FastifyRequest) => ({ method: req.method, route: routeLabel(req) }),
    res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
  };
  const headers = securityHeaderList(https);
  const pageCache = new PublicPageCache(() => vault.stores.publicDb, {
    dialect: vault.stores.dialect,
  });
  const fastPath = publicFastPath(pageCache, headers);
  const app: FastifyInstance = Fastify({
    // Pages already rendered are answered before routing (see publicFastPath); the rest, and
    // every request made with inject() in tests, goes through Fastify as usual.
    serverFactory: (handler) =>
      createServer((req, res) => {
        if (!fastPath(req, res)) handler(req, res);
      }),
    logger:
      opts.logger === true
        ? { serializers }
        : opts.logger
          ? { serializers, stream: opts.logger.stream }
          : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
  });
  if (opts.onRoute) app.addHook("onRoute", opts.onRoute);
  const deps: ServerDeps = {
    vault,
    now: opts.now ?? (() => new Date()),
    cookies: cookiePolicy(https),
    limits: sessionLimits(opts.sessionLimits),
    limitConfig: opts.sessionLimits ?? {},
    rp: opts.rp ?? relyingParty(),
  };

  app.register(cookie);
  app.register(formbody);
  app.register(async (scope) => {
    scope.addHook("onRequest", async (req, reply) => {
      for (const [name, value] of headers) reply.header(name, value);
      // Decide on the routed path: "/api/v1?x" or "/%73taff" must not slip past the seal.
      const path = requestPath(req.url);
      if (!isVaultPath(path)) return;
      reply.header("Cache-Control", "no-store");
      if (vault.state === "unsealed") return;
      reply.code(503).header("Retry-After", "3600");
      if (path.startsWith("/api/"))
        return reply.send({ error: "sealed", message: "The vault is sealed." });
      return sendHtml(reply, sealedPage(pageContextSealed(req)), 503);
    });
    registerStaffContext(scope, deps);
    registerCsrf(scope, deps.cookies);

    const pageContextSealed = (req: FastifyRequest) => ({
      lang: req.lang ?? "en",
      demo: Boolean(vault.installation?.demo),
      state: vault.state,
      path: requestPath(req.url),
    });

    scope.get("/healthz", async () => ({
      status: "ok",
      sealed: vault.state !== "unsealed",
      initialised: vault.state !== "uninitialised",
      dialect: vault.stores.dialect,
    }));

    scope.get<{ Params: { "*": string } }>("/assets/*", async (req, reply) => {
      const asset = assetBytes(req.params["*"]);
      if (!asset) return notFound(req, reply);
      return reply
        .type(asset.type)
        .header("Cache-Control", "public, max-age=86400")
        .send(asset.body);
    });

    registerPublicRoutes(scope, vault, deps.now, pageCache);
    registerSubscriptionRoutes(scope, vault, deps.now);

    registerAuthRoutes(scope, deps);
    registerAccountRoutes(scope, deps);
    registerUserAdminRoutes(scope, deps);
    registerAuditRoutes(scope, deps);
    registerStaffRoutes(scope, deps);
    registerIncidentRoutes(scope, deps);
    registerPublishingRoutes(scope, deps);
    registerGrantRoutes(scope, deps);
    registerApiRoutes(scope, deps);

    /** A public path's language: its first segment when that is one, else the browser's. */
    const publicLang = (req: FastifyRequest) => {
      const first = requestPath(req.url).split("/")[1];
      return isLang(first) ? first : req.lang;
    };
    const notFound = (req: FastifyRequest, reply: FastifyReply) => {
      if (requestPath(req.url).startsWith("/api/"))
        return reply.code(404).send({ error: "not_found", message: "No such resource." });
      if (!isVaultPath(requestPath(req.url))) {
        const ctx = publicContext(vault, publicLang(req), requestPath(req.url), deps.now());
        return sendHtml(reply, notFoundPage(ctx), 404);
      }
      const ctx =
        isVaultPath(requestPath(req.url)) && vault.state === "unsealed"
          ? pageContext(deps, req, reply)
          : pageContextSealed(req);
      return sendHtml(
        reply,
        errorPage(ctx, t(req.lang, "error.not_found.title"), t(req.lang, "error.not_found.body")),
        404,
      );
    };
    scope.setNotFoundHandler(notFound);
    scope.setErrorHandler(async (error, req, reply) => handleError(error, req, reply));

    /** Maps every error once: known errors to their status and message, anything else to 500. */
    const handleError = (error: unknown, req: FastifyRequest, reply: FastifyReply) => {
      const path = requestPath(req.url);
      const api = path.startsWith("/api/");
      const known = error instanceof AppError ? error : null;
      const raw = (error as { statusCode?: number }).statusCode;
      const status = known ? known.status : raw && raw >= 400 && raw < 500 ? raw : 500;
      if (status >= 500)
        req.log.error({ errorId: req.id, code: known?.code ?? "internal" }, "request failed");
      if (known?.code === "not_found") return notFound(req, reply);
      if (known instanceof ThrottledError)
        reply.header("Retry-After", String(known.retryAfterSeconds));
      if (api) {
        const body: Record<string, unknown> = {
          error: known?.code ?? (status >= 500 ? "internal" : "bad_request"),
          message:
            known?.message ??
            (status >= 500
              ? "Something went wrong on our side."
              : "The request could not be understood."),
          id: req.id,
        };
        if (known instanceof ValidationError) body.issues = known.issues;
        return reply.code(status).send(body);
      }
      if (!isVaultPath(path)) {
        const ctx = publicContext(vault, publicLang(req), path, deps.now());
        if (status === 404 || status === 405) return sendHtml(reply, notFoundPage(ctx), status);
        if (known?.code === "csrf") return sendHtml(reply, publicRefusedPage(ctx), 403);
        return sendHtml(reply, publicErrorPage(ctx, req.id), status);
      }
      const html = !reply.sent && vault.state === "unsealed";
      if (known?.code === "unauthorised" && req.method === "GET")
        return reply.redirect(`/staff/login?next=${encodeURIComponent(path)}`, 303);
      // A form post cannot be replayed after stepping up: it names the page to return to.
      if (known instanceof StepUpRequiredError && (req.method === "GET" || known.next))
        return reply.redirect(`/staff/step-up?next=${encodeURIComponent(known.next ?? path)}`, 303);
      const ctx =
        html && isVaultPath(path) ? pageContext(deps, req, reply) : pageContextSealed(req);
      const l = req.lang ?? "en";
      const [title, body] =
        status >= 500
          ? [t(l, "error.title"), t(l, "error.internal", { id: req.id })]
          : known?.code === "csrf"
            ? [t(l, "error.title"), t(l, "error.csrf")]
            : known?.code === "unauthorised"
              ? [t(l, "error.title"), t(l, "error.unauthorised")]
              : known instanceof ThrottledError
                ? [
                    t(l, "error.title"),
                    t(l, "error.throttled", { seconds: known.retryAfterSeconds }),
                  ]
                : known?.code === "conflict"
                  ? [t(l, "error.title"), t(l, "error.conflict")]
                  : known?.code === "invalid_input"
                    ? [t(l, "error.title"), t(l, "error.invalid_input")]
                    : known?.code === "forbidden" || known?.code === "step_up_required"
                      ? [t(l, "error.title"), t(l, "error.forbidden")]
                      : [t(l, "error.title"), t(l, "error.bad_request")];
      return sendHtml(reply, errorPage(ctx, title, body), status);
    };
  });

  return app;
}
