import type { FastifyInstance } from "fastify";
import type { ServerDeps } from "../server-deps.ts";

/** The JSON API under /api/v1 (resources are added by the API module). */
export function registerApiRoutes(app: FastifyInstance, _deps: ServerDeps): void {
  app.get("/api/v1", async () => ({ name: "TNR Monitor API", version: 1, sealed: false }));
}
