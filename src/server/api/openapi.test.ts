import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import AjvModule from "ajv";
import addFormatsModule from "ajv-formats";
import type { FastifyInstance } from "fastify";
import { DIALECTS } from "../../test-support/test-vault.ts";
import { buildApp } from "../app.ts";
import { API_BASE, API_RESOURCES } from "./api-resources.ts";
import { apiWorld, call, type ApiWorld } from "./api-test.fixture.ts";
import { buildOpenApiDocument } from "./openapi.ts";

const Ajv = AjvModule.default ?? AjvModule;
const addFormats = addFormatsModule.default ?? addFormatsModule;
const METHODS = ["get", "post", "patch", "put", "delete"];

/** Follows a local JSON pointer ("#/components/schemas/Error") through the document. */
function resolvePointer(doc: unknown, ref: string): unknown {
  assert.ok(ref.startsWith("#/"), ref);
  return ref
    .slice(2)
    .split("/")
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<any>((node, key) => (node && typeof node === "object" ? node[key] : undefined), doc);
}

/** Every `$ref` anywhere in a JSON value. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => (k === "$ref" ? [String(v)] : refsIn(v)));
}

for (const dialect of DIALECTS) {
  describe(`OpenAPI document on ${dialect}`, () => {
    let w: ApiWorld;
    let routed: FastifyInstance;
    const routes = new Set<string>();
    const doc = buildOpenApiDocument() as any;
    before(async () => {
      w = await apiWorld(dialect);
      // A second app over the same vault, with a hook that sees every route as it is added.
      routed = buildApp(w.t.vault, { now: w.clock.now });
      routed.addHook("onRoute", (route) => {
        const methods = [route.method].flat();
        if (!route.url.startsWith(API_BASE)) return;
        for (const m of methods)
          if (m !== "HEAD")
            routes.add(`${m.toLowerCase()} ${route.url.replace(/:(\w+)/g, "{$1}")}`);
      });
      await routed.ready();
    });
    after(async () => {
      await routed?.close();
      await w?.close();
    });

    it("is served to signed-in callers only, as built", async () => {
      assert.equal((await call(w, null, "GET", `${API_BASE}/openapi.json`)).statusCode, 401);
      const res = await call(w, w.callers.researcherB, "GET", `${API_BASE}/openapi.json`);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), doc);
      assert.equal(doc.openapi, "3.1.0");
      assert.equal(doc.components.securitySchemes.bearerToken.scheme, "bearer");
    });

    it("documents exactly the routes the server has under /api/v1", () => {
      const documented = new Set<string>();
      for (const [path, item] of Object.entries<any>(doc.paths))
        for (const m of METHODS) if (item[m]) documented.add(`${m} ${path}`);
      assert.ok(routes.size > 60, `${routes.size} routes seen`);
      assert.deepEqual([...routes].sort(), [...documented].sort());
    });

    it("resolves every $ref, and every schema compiles", () => {
      const refs = refsIn(doc);
      assert.ok(refs.length > 100);
      for (const ref of new Set(refs))
        assert.ok(resolvePointer(doc, ref) !== undefined, `unresolved ${ref}`);
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema({ ...doc, $id: "https://tnr.invalid/openapi.json" });
      for (const name of Object.keys(doc.components.schemas))
        assert.ok(
          ajv.getSchema(`https://tnr.invalid/openapi.json#/components/schemas/${name}`),
          name,
        );
    });

    it("lists a parameter for every filter, and describes the responses the API really sends", async () => {
      const ajv = new Ajv({ strict: false, allErrors: true });
      addFormats(ajv);
      ajv.addSchema({ ...doc, $id: "https://tnr.invalid/openapi.json" });
      const schema = (name: string) =>
        ajv.getSchema(`https://tnr.invalid/openapi.json#/components/schemas/${name}`)!;
      for (const r of API_RESOURCES) {
        const list = doc.paths[r.path].get;
        const names = list.parameters.map((p: any) => p.name ?? p.$ref);
        for (const f of r.filters.keys()) assert.ok(names.includes(f), `${r.path} ?${f}`);
        const name = String(list.responses["200"].content["application/json"].schema.$ref)
          .split("/")
          .pop()!;
        const page = (await call(w, w.callers.caseworkerA, "GET", `${r.path}?limit=3`)).json();
        const validPage = schema(name);
        assert.ok(validPage(page), `${name}: ${JSON.stringify(validPage.errors)}`);
        const id = page.data[0]?.id;
        if (!id) continue;
        // Reference data is never revealed (its protected notes stay in the vault's pages).
        const reveal = r.spec.orgScoped ? "?reveal=identity" : "";
        const one = (
          await call(w, w.callers.caseworkerA, "GET", `${r.path}/${id}${reveal}`)
        ).json();
        const oneName = name.replace(/Page$/, "One");
        const validOne = schema(oneName);
        assert.ok(validOne(one), `${oneName}: ${JSON.stringify(validOne.errors)}`);
      }
      const error = (
        await call(w, w.callers.caseworkerA, "GET", "/api/v1/incidents?colour=red")
      ).json();
      assert.ok(schema("Error")(error));
    });
  });
}
