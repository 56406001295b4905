import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import { AppError } from "../errors.ts";
import { accountabilityFunnel } from "../incidents/incident-stats.repository.ts";
import { FUNNEL_STAGES } from "../interventions/intervention-stage.ts";
import { RECORD_SPECS } from "../records/registry.ts";
import type { Vault } from "../vault/vault.ts";
import { errorPage, sealedPage, staffOverviewPage, startPage } from "./views/pages.tsx";
import type { PageContext } from "./views/layout.tsx";

const BASE_CSS = readFileSync(new URL("./assets/base.css", import.meta.url), "utf8");

/** Security headers on every response (strict CSP, no referrer, no framing, no sniffing). */
function securityHeaders(reply: FastifyReply): void {
  reply.header(
    "Content-Security-Policy",
    "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  );
  reply.header("Referrer-Policy", "no-referrer");
  reply.header("X-Content-Type-Options", "nosniff");
  reply.header("X-Frame-Options", "DENY");
  reply.header("Cross-Origin-Opener-Policy", "same-origin");
  reply.header("Cross-Origin-Resource-Policy", "same-origin");
}

/** The path as the router sees it: without the query string, percent-decoded. */
function requestPath(url: string): string {
  const path = url.split("?")[0]!;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function isVaultRoute(url: string): boolean {
  return (
    url === "/staff" || url.startsWith("/staff/") || url === "/api/v1" || url.startsWith("/api/v1/")
  );
}

/** Builds the HTTP server: public start page, health, and the vault routes (503 while sealed). */
export function buildApp(vault: Vault, opts: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({
    logger: opts.logger
      ? {
          // Only method, path and status: never bodies, query strings, cookies or headers.
          serializers: {
            req: (req) => ({ method: req.method, path: String(req.url).split("?")[0] }),
            res: (res) => ({ statusCode: res.statusCode }),
          },
        }
      : false,
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
  });
  const ctx = (): PageContext => ({ demo: Boolean(vault.installation?.demo), state: vault.state });

  app.addHook("onRequest", async (req, reply) => {
    securityHeaders(reply);
    // Decide on the routed path: "/api/v1?x" or "/%73taff" must not slip past the seal.
    const path = requestPath(req.url);
    if (!isVaultRoute(path)) return;
    reply.header("Cache-Control", "no-store");
    if (vault.state === "unsealed") return;
    const json = path.startsWith("/api/");
    reply.code(503).header("Retry-After", "3600");
    if (json) return reply.send({ error: "sealed", message: "The vault is sealed." });
    return reply.type("text/html; charset=utf-8").send(sealedPage(ctx()));
  });

  app.get("/healthz", async () => ({
    status: "ok",
    sealed: vault.state !== "unsealed",
    initialised: vault.state !== "uninitialised",
    dialect: vault.stores.dialect,
  }));

  app.get("/assets/base.css", async (_req, reply) =>
    reply
      .type("text/css; charset=utf-8")
      .header("Cache-Control", "public, max-age=86400")
      .send(BASE_CSS),
  );

  app.get("/", async (_req, reply) => {
    let counts: { named: number } | null = null;
    if (vault.state === "unsealed" && vault.installation?.demo) {
      const r = await vault
        .db()
        .selectFrom("incidents")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("named_case", "=", 1)
        .executeTakeFirst();
      counts = { named: Number(r?.n ?? 0) };
    }
    return reply.type("text/html; charset=utf-8").send(startPage(ctx(), counts));
  });

  app.get("/staff", async (_req, reply) => {
    if (!vault.installation?.demo) {
      return reply
        .code(401)
        .type("text/html; charset=utf-8")
        .send(errorPage(ctx(), 401, "Sign in to use the staff workspace"));
    }
    const db = vault.db();
    const counts = await Promise.all(
      RECORD_SPECS.map(async (s) => ({
        type: s.type,
        n: Number(
          (
            await db
              .selectFrom(s.table)
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .executeTakeFirst()
          )?.n ?? 0,
        ),
      })),
    );
    const funnel = (await accountabilityFunnel(db)).map((r) => ({
      host_state: r.host_state,
      year: r.year,
      stages: r.reached.slice(1),
    }));
    return reply
      .type("text/html; charset=utf-8")
      .send(staffOverviewPage(ctx(), { counts, funnel, stageNames: FUNNEL_STAGES.slice(1) }));
  });

  app.get("/api/v1", async () => ({ name: "TNR Monitor API", version: 1, sealed: false }));

  app.setNotFoundHandler(async (req: FastifyRequest, reply) => {
    if (req.url.startsWith("/api/"))
      return reply.code(404).send({ error: "not_found", message: "No such resource." });
    return reply
      .code(404)
      .type("text/html; charset=utf-8")
      .send(errorPage(ctx(), 404, "Page not found"));
  });

  app.setErrorHandler(async (error, req, reply) => {
    const known = error instanceof AppError;
    const status = known
      ? error.status
      : (error as { statusCode?: number }).statusCode &&
          (error as { statusCode: number }).statusCode < 500
        ? (error as { statusCode: number }).statusCode
        : 500;
    if (status >= 500)
      req.log.error({ errorId: req.id, code: known ? error.code : "internal" }, "request failed");
    const message = known
      ? error.message
      : status >= 500
        ? "Something went wrong on our side."
        : "The request could not be understood.";
    if (req.url.startsWith("/api/"))
      return reply.code(status).send({ error: known ? error.code : "error", message, id: req.id });
    return reply
      .code(status)
      .type("text/html; charset=utf-8")
      .send(errorPage(ctx(), status, message, req.id));
  });

  return app;
}
