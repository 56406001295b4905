import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { DIALECTS } from "../../test-support/test-vault.ts";
import { API_RESOURCES } from "./api-resources.ts";
import { apiWorld, call, type ApiWorld } from "./api-test.fixture.ts";

const CASE_DATA = API_RESOURCES.filter((r) => r.spec.orgScoped);
const WRITABLE = API_RESOURCES.filter((r) => r.creatable);
const RUNS = Number(process.env.TNR_FUZZ_RUNS ?? 150);

for (const dialect of DIALECTS) {
  describe(`JSON API under random input on ${dialect}`, () => {
    let w: ApiWorld;
    let missing: { error: string; message: string };
    before(async () => {
      w = await apiWorld(dialect);
      const res = await call(
        w,
        w.callers.caseworkerA,
        "GET",
        "/api/v1/incidents/00000000-0000-7000-8000-000000000000",
      );
      missing = { error: res.json().error, message: res.json().message };
      assert.equal(res.statusCode, 404);
    });
    after(async () => w?.close());

    it("answers every id a caller may not see — or may not reveal — exactly like a missing record", async () => {
      const ownedByA = CASE_DATA.flatMap((r) =>
        w.ids
          .get(r.spec.type)!
          .a.slice(0, 5)
          .map((id) => ({ path: r.path, id })),
      );
      const target = fc.oneof(
        fc.record({ path: fc.constantFrom(...API_RESOURCES.map((r) => r.path)), id: fc.uuid() }),
        fc.constantFrom(...ownedByA),
      );
      await fc.assert(
        fc.asyncProperty(target, async ({ path, id }) => {
          const anon = await call(w, null, "GET", `${path}/${id}`);
          assert.equal(anon.statusCode, 401);
          assert.equal(anon.json().error, "unauthorised");
          for (const [who, query] of [
            [w.callers.caseworkerB, ""],
            [w.callers.researcherB, "?reveal=identity"],
            [w.callers.researcherA, "?reveal=identity"],
          ] as const) {
            const res = await call(w, who, "GET", `${path}/${id}${query}`);
            assert.equal(res.statusCode, 404, `${path}/${id}${query}`);
            assert.deepEqual({ error: res.json().error, message: res.json().message }, missing);
          }
        }),
        { numRuns: RUNS },
      );
    });

    it("never answers 5xx to random query strings", async () => {
      const keys = [...new Set(API_RESOURCES.flatMap((r) => [...r.filters.keys()]))];
      const key = fc.oneof(
        fc.constantFrom("limit", "cursor", "reveal", ...keys),
        fc.string({ maxLength: 12 }),
      );
      const value = fc.oneof(
        fc.string({ maxLength: 20 }),
        fc.string({ unit: "binary", maxLength: 20 }),
        fc.constantFrom("true", "false", "identity", "0", "-1", "201", "99999999999", "GE", "%00"),
        fc.integer().map(String),
      );
      const query = fc.oneof(
        fc
          .array(fc.tuple(key, value), { maxLength: 5 })
          .map((pairs) =>
            pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&"),
          ),
        fc.string({ maxLength: 40 }).map((s) => s.replace(/[#\s]/g, "")),
      );
      const path = fc.constantFrom(...API_RESOURCES.map((r) => r.path));
      await fc.assert(
        fc.asyncProperty(path, query, fc.boolean(), async (p, q, single) => {
          const id = w.ids.get("incident")!.a[0];
          const url = single ? `/api/v1/incidents/${id}?${q}` : `${p}?${q}`;
          const res = await call(w, w.callers.caseworkerA, "GET", url);
          assert.ok(res.statusCode < 500, `${url} → ${res.statusCode} ${res.body}`);
        }),
        { numRuns: RUNS },
      );
    });

    it("never answers 5xx to random JSON bodies on create and change", async () => {
      const resource = fc.constantFrom(...WRITABLE);
      const fieldValue = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.string({ unit: "binary", maxLength: 30 }),
        fc.constantFrom(null, 2 ** 40, -1, "GE", "2017-05", "verified", "\u0000", [], {}),
      );
      const body = (fields: string[]) =>
        fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.dictionary(
            fc.oneof(
              fc.constantFrom(...fields, "version", "id", "org_id"),
              fc.string({ maxLength: 8 }),
            ),
            fieldValue,
            {
              maxKeys: 8,
            },
          ),
          fc.string({ maxLength: 30 }),
        );
      const request = resource.chain((r) =>
        fc.record({
          r: fc.constant(r),
          body: body(r.spec.fields as string[]),
          patch: fc.boolean(),
        }),
      );
      await fc.assert(
        fc.asyncProperty(request, async ({ r, body, patch }) => {
          const id = w.ids.get(r.spec.type)!.a[0];
          const url = patch && r.patchable && id ? `${r.path}/${id}` : r.path;
          const method = url === r.path ? "POST" : "PATCH";
          const payload = typeof body === "string" ? body : JSON.stringify(body);
          const res = await call(w, w.callers.editorA, method, url, payload);
          assert.ok(
            res.statusCode < 500,
            `${method} ${url} ${payload.slice(0, 200)} → ${res.statusCode} ${res.body}`,
          );
        }),
        { numRuns: RUNS },
      );
    });
  });
}
