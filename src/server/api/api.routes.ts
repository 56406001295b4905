import type { FastifyInstance } from "fastify";
import type { ServerDeps } from "../server-deps.ts";
import { requireStaff } from "../staff-context.ts";
import { getHandler, listHandler } from "./api-read.handlers.ts";
import { API_BASE, API_RESOURCES } from "./api-resources.ts";
import { createHandler, patchHandler } from "./api-write.handlers.ts";
import { buildOpenApiDocument } from "./openapi.ts";

/**
 * The JSON API under /api/v1: for every record type a listing and a single record, and for
 * case data also create and change; plus the OpenAPI document. All of it is sealed with the vault
 * and answers only signed-in staff — the document too: it holds no data, but nobody else needs it.
 * Only the index answers anyone (while unsealed): it says what this is and where the document is.
 */
export function registerApiRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const document = buildOpenApiDocument();
  app.get(API_BASE, async () => ({
    name: "TNR Monitor API",
    version: 1,
    sealed: false,
    openapi: `${API_BASE}/openapi.json`,
  }));
  app.get(`${API_BASE}/openapi.json`, async (req) => {
    requireStaff(req);
    return document;
  });
  for (const resource of API_RESOURCES) {
    app.get(resource.path, listHandler(deps, resource));
    app.get(`${resource.path}/:id`, getHandler(deps, resource));
    if (resource.creatable) app.post(resource.path, createHandler(deps, resource));
    if (resource.patchable) app.patch(`${resource.path}/:id`, patchHandler(deps, resource));
  }
}
