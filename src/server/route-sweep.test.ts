import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import type { RecordSpec } from "../records/record-spec.ts";
import { specOf } from "../records/registry.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { DIALECTS } from "../test-support/test-vault.ts";
import {
  auditSeq,
  fillPath,
  hasParams,
  leaked,
  normalise,
  orgState,
  send,
  sweepWorld,
  type SweepRequest,
  type SweepRoute,
  type SweepUser,
  type SweepWorld,
} from "./security-sweep.fixture.ts";
import { unclassifiedMessage, type RouteRule } from "./security-sweep.rules.ts";

const SEED = 20261128;
/** Runs per route with path parameters (random ids); routes without get a few query variants. */
const RUNS = 20;
const FC = { seed: SEED, includeErrorInReport: true } as const;

/** Ids that could name a record: compared byte for byte with the answer for a real one. */
const comparableId = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{11,39}$/));
/** Names of Object.prototype members: lookups by name must not find inherited functions. */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
/** Anything a client could put in a path segment. */
const anyId = fc.oneof(
  comparableId,
  fc.constantFrom("toString", "__proto__", "constructor", "hasOwnProperty", "valueOf"),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }),
  fc.string({ unit: "binary", minLength: 1, maxLength: 40 }),
);
const anonQuery = fc.constantFrom("", "?reveal=identity", "?lang=ka", "?page=2&q=a", "?limit=200");

const isApi = (url: string) => url.startsWith("/api/");
const vaultRoutes = (w: SweepWorld) =>
  w.routes.filter((r) => r.rule && r.rule.access !== "open" && r.rule.access !== "public");

/** A record of organisation A as its admin reads it over the API (identities revealed). */
async function sampleRecord(w: SweepWorld, spec: RecordSpec, id: string) {
  const path = `/api/v1/${spec.table.replace(/_/g, "-")}/${id}`;
  const res = await send(w.app, {
    method: "GET",
    url: `${path}?reveal=identity`,
    bearer: w.users.adminA.token,
  });
  if (res.statusCode !== 200) return undefined;
  return (res.json() as { data: Record<string, unknown> }).data;
}

/** A no-op change to a record: its version and one unprotected field set to its current value. */
function patchBody(spec: RecordSpec, rec: Record<string, unknown>): Record<string, unknown> {
  const refs = new Set(spec.refs.map((r) => r.field));
  const field =
    Object.keys(spec.schema.properties).find(
      (f) => !spec.protectedFields.includes(f) && !refs.has(f) && f in rec,
    ) ?? Object.keys(spec.schema.properties).find((f) => f in rec);
  return field ? { version: rec.version, [field]: rec[field] } : { version: rec.version };
}

/** A create request copying a record of A: every field it has, absent ones null. */
function createBody(spec: RecordSpec, rec: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(spec.schema.properties).map((f) => [f, rec[f] ?? null]));
}

/** The same body with every reference to an organisation's record replaced by `id`. */
function withRefs(spec: RecordSpec, body: Record<string, unknown>, id: () => string) {
  const out = { ...body };
  let changed = false;
  for (const ref of spec.refs) {
    if (!specOf(ref.type)?.orgScoped || out[ref.field] === null) continue;
    out[ref.field] = ref.many ? (out[ref.field] as unknown[]).map(() => id()) : id();
    changed = true;
  }
  return changed ? out : undefined;
}

function assertNoData(res: LightMyRequestResponse, canaries: readonly string[], what: string) {
  assert.ok(res.statusCode < 500, `${what} answered ${res.statusCode}`);
  assert.deepEqual(leaked(res.body, canaries), [], `${what} shows protected data`);
}

for (const dialect of DIALECTS) {
  describe(`route sweep on ${dialect}`, () => {
    let w: SweepWorld;
    let allCanaries: string[];
    const counts = { routes: 0, requests: 0 };
    const go = async (r: SweepRequest) => {
      counts.requests++;
      return send(w.app, r);
    };

    before(async () => {
      w = await sweepWorld(dialect);
      allCanaries = [...w.identityCanaries, ...w.orgACanaries];
    });
    after(async () => {
      console.log(
        `route sweep on ${dialect}: ${counts.routes} routes, ${counts.requests} requests`,
      );
      await w.close();
    });

    it("answers GET /assets/<Object.prototype member> with 404, not 500", async () => {
      for (const name of PROTOTYPE_NAMES) {
        const res = await send(w.app, { method: "GET", url: `/assets/${name}` });
        assert.equal(res.statusCode, 404, `/assets/${name}`);
      }
    });

    it("has classified every registered route", () => {
      const missing = w.routes.filter((r) => !r.rule).map((r) => `${r.method} ${r.url}`);
      assert.deepEqual(missing, [], unclassifiedMessage(missing));
      assert.ok(w.routes.length > 40, "the route table was collected");
      counts.routes = w.routes.length;
    });

    it("answers anonymous callers with sign-in, 401 or 404 on every vault route, and no data anywhere", async () => {
      const anon = new HttpClient(w.app);
      await anon.get("/staff/login");
      // Unclassified routes fail the test above; the rest are swept meanwhile.
      for (const route of w.routes.filter((r) => r.rule)) {
        const rule = route.rule!;
        const check = async (id: string, query: string, extra: Partial<SweepRequest>) => {
          const url = fillPath(route.url, id) + query;
          const what = `anonymous ${route.method} ${url}`;
          const res = await go({
            method: route.method,
            url,
            client: anon,
            json: undefined,
            ...extra,
          });
          assertNoData(res, allCanaries, what);
          if (rule.access === "open" || rule.access === "public") return;
          const s = res.statusCode;
          if (isApi(route.url)) {
            const ok = route.method === "GET" || route.method === "HEAD" ? [401] : [401, 403];
            assert.ok(ok.includes(s), `${what} answered ${s}`);
          } else if (route.method === "GET" || route.method === "HEAD") {
            const toLogin =
              s === 303 && String(res.headers.location).startsWith("/staff/login?next=");
            assert.ok(toLogin || s === 401 || s === 404, `${what} answered ${s}`);
          } else assert.ok([401, 403, 404].includes(s), `${what} answered ${s}`);
        };
        await fc.assert(
          fc.asyncProperty(
            hasParams(route.url) ? anyId : fc.constant(""),
            anonQuery,
            fc.constantFrom("none", "bogus-bearer", "bogus-cookie"),
            async (id, query, how) => {
              const extra: Partial<SweepRequest> =
                how === "bogus-bearer"
                  ? { bearer: `tnr_${"A".repeat(43)}` }
                  : how === "bogus-cookie"
                    ? { headers: { cookie: `tnr_session=${"B".repeat(43)}` } }
                    : {};
              if (isApi(route.url) && route.method !== "GET" && route.method !== "HEAD")
                extra.json = {};
              await check(id, query, extra);
            },
          ),
          { ...FC, numRuns: hasParams(route.url) ? RUNS : 5 },
        );
      }
    });

    it("answers another organisation's admin about A's records exactly as about missing ones", async () => {
      const before = await orgState(w);
      const seqBefore = await auditSeq(w);
      const b = w.users.adminB;
      let compared = 0;
      for (const route of vaultRoutes(w)) {
        const rule = route.rule!;
        if (rule.endsSession) continue;
        const callers: { name: string; as: Partial<SweepRequest> }[] = [
          { name: "session", as: { client: b.client } },
        ];
        if (isApi(route.url)) callers.push({ name: "token", as: { bearer: b.token } });
        for (const caller of callers) {
          // HEAD repeats GET without a body, and the token repeats the session: fewer runs.
          const runs = route.method === "HEAD" ? 3 : caller.name === "token" ? 8 : RUNS;
          compared += await crossOrgRoute(route, rule, caller.as, `B ${caller.name}`, runs);
        }
      }
      assert.ok(compared > 30, `compared ${compared} routes`);
      assert.deepEqual(
        await orgState(w),
        before,
        "organisation A's records and accounts are unchanged",
      );
      const reveals = await w.t.vault
        .db()
        .selectFrom("audit_events")
        .select(["action", "record_id"])
        .where("seq", ">", seqBefore)
        .where("actor", "like", `%${b.user.id}%`)
        .where("action", "=", "record.reveal")
        .execute();
      assert.deepEqual(reveals, [], "no reveal was recorded for the other organisation");
    });

    /** One route as organisation B: A's id and random ids must get the same answer. */
    async function crossOrgRoute(
      route: SweepRoute,
      rule: RouteRule,
      as: Partial<SweepRequest>,
      who: string,
      runs: number,
    ): Promise<number> {
      const method = route.method;
      const real = rule.ref ? w.ref(rule.ref) : undefined;
      const spec = rule.spec;
      const rec = real && spec ? await sampleRecord(w, spec, real) : undefined;
      const json =
        isApi(route.url) && method === "PATCH"
          ? rec && spec
            ? patchBody(spec, rec)
            : { version: 1 }
          : isApi(route.url) && method === "POST"
            ? {}
            : undefined;
      const ask = (url: string, body = json) => go({ method, url, json: body, ...as });

      if (hasParams(route.url)) {
        const queries =
          spec?.protectedFields.length && method === "GET" ? ["", "?reveal=identity"] : [""];
        for (const q of queries) {
          const what = `${who} ${method} ${route.url}${q}`;
          const mine = real ? await ask(fillPath(route.url, real) + q) : undefined;
          if (mine) {
            assertNoData(mine, allCanaries, `${what} (A's record)`);
            assert.ok(mine.statusCode >= 300, `${what} answered ${mine.statusCode} for A's record`);
          }
          const expected = mine ? normalise(mine, { [real!]: "{id}" }) : undefined;
          await fc.assert(
            fc.asyncProperty(comparableId, async (id) => {
              const res = await ask(fillPath(route.url, id) + q);
              assertNoData(res, allCanaries, `${what} (random id)`);
              if (expected) assert.equal(normalise(res, { [id]: "{id}" }), expected, what);
            }),
            { ...FC, numRuns: q ? Math.ceil(runs / 2) : runs },
          );
          await fc.assert(
            fc.asyncProperty(anyId, async (id) => {
              assertNoData(await ask(fillPath(route.url, id) + q), allCanaries, what);
            }),
            { ...FC, numRuns: Math.ceil(runs / 5) },
          );
        }
        return real ? 1 : 0;
      }

      for (const template of rule.queries ?? []) {
        const what = `${who} ${method} ${route.url}?${template}`;
        const fill = (inc: string, user: string) =>
          `${route.url}?${template.replace("{incident}", inc).replace("{user}", user)}`;
        const incident = w.ref("incident")!;
        const user = w.ref("user")!;
        const mine = await ask(fill(incident, user));
        assertNoData(mine, allCanaries, what);
        assert.ok(mine.statusCode >= 300, `${what} answered ${mine.statusCode}`);
        const expected = normalise(mine, { [incident]: "{incident}", [user]: "{user}" });
        await fc.assert(
          fc.asyncProperty(comparableId, comparableId, async (i, u) => {
            const res = await ask(fill(i, u));
            assert.equal(normalise(res, { [i]: "{incident}", [u]: "{user}" }), expected, what);
          }),
          { ...FC, numRuns: runs },
        );
      }

      if (spec?.orgScoped && method === "GET") {
        // Filtering a listing by A's organisation finds what filtering by a random one does.
        const what = `${who} GET ${route.url}?org_id=`;
        const mine = await ask(`${route.url}?org_id=${w.orgA}`);
        assertNoData(mine, allCanaries, what);
        const expected = normalise(mine, { [w.orgA]: "{org}" });
        await fc.assert(
          fc.asyncProperty(fc.uuid(), async (id) => {
            const res = await ask(`${route.url}?org_id=${id}`);
            assert.equal(normalise(res, { [id]: "{org}" }), expected, what);
          }),
          { ...FC, numRuns: 5 },
        );
      }

      if (spec && method === "POST") {
        // Creating a record that points into A's case answers like pointing at nothing.
        const sample = w.ref(`table:${spec.table}`);
        const rec = sample ? await sampleRecord(w, spec, sample) : undefined;
        const body = rec ? createBody(spec, rec) : undefined;
        const random = body ? withRefs(spec, body, () => crypto.randomUUID()) : undefined;
        if (body && random) {
          const what = `${who} POST ${route.url} referring to A's records`;
          const mine = await ask(route.url, body);
          assertNoData(mine, allCanaries, what);
          assert.ok(mine.statusCode >= 400, `${what} answered ${mine.statusCode}`);
          const other = await ask(route.url, random);
          assert.equal(normalise(other, {}), normalise(mine, {}), what);
          return 1;
        }
      }

      const res = await ask(route.url);
      assertNoData(res, allCanaries, `${who} ${method} ${route.url}`);
      return 0;
    }

    it("refuses a researcher of the owning organisation every reveal, write and admin route", async () => {
      const r = w.users.researcherA;
      const before = await orgState(w);
      const seqBefore = await auditSeq(w);
      for (const route of vaultRoutes(w)) {
        const rule = route.rule!;
        if (rule.endsSession) continue;
        await researcherRoute(route, rule, r, { client: r.client }, "session");
        if (isApi(route.url)) await researcherRoute(route, rule, r, { bearer: r.token }, "token");
      }
      const reveals = await w.t.vault
        .db()
        .selectFrom("audit_events")
        .select(["action", "record_id"])
        .where("seq", ">", seqBefore)
        .where("actor", "like", `%${r.user.id}%`)
        .where("action", "in", ["record.reveal", "record.create", "record.update", "user.disable"])
        .execute();
      assert.deepEqual(reveals, [], "the researcher revealed or changed nothing");
      assert.equal((await orgState(w)).records, before.records, "A's records are unchanged");
    });

    /** One route as a researcher of A: reveal, write and admin answer 403/404, nothing shows identities. */
    async function researcherRoute(
      route: SweepRoute,
      rule: RouteRule,
      _r: SweepUser,
      as: Partial<SweepRequest>,
      how: string,
    ) {
      const method = route.method;
      const spec = rule.spec;
      const refused =
        rule.effect === "write" || rule.effect === "reveal" || rule.effect === "admin";
      const real = rule.ref ? w.ref(rule.ref) : undefined;
      const rec = real && spec ? await sampleRecord(w, spec, real) : undefined;
      let json: unknown;
      if (isApi(route.url) && method === "PATCH")
        json = rec && spec ? patchBody(spec, rec) : { version: 1 };
      if (isApi(route.url) && method === "POST") {
        const sample = spec ? w.ref(`table:${spec.table}`) : undefined;
        const s = sample && spec ? await sampleRecord(w, spec, sample) : undefined;
        json = s && spec ? createBody(spec, s) : {};
      }
      const check = async (url: string, mustRefuse: boolean) => {
        const what = `researcher ${how} ${method} ${url}`;
        const res = await go({ method, url, json, ...as });
        assertNoData(res, w.identityCanaries, what);
        if (mustRefuse)
          assert.ok([403, 404].includes(res.statusCode), `${what} answered ${res.statusCode}`);
      };
      const ids = hasParams(route.url)
        ? [real, ...fc.sample(anyId, { seed: SEED, numRuns: 5 })].filter((x): x is string => !!x)
        : [""];
      for (const id of ids) {
        const url = fillPath(route.url, id);
        await check(url, refused);
        if (spec?.protectedFields.length && method === "GET")
          await check(`${url}?reveal=identity`, hasParams(route.url));
      }
      for (const template of rule.queries ?? [])
        await check(
          `${route.url}?${template.replace("{incident}", w.ref("incident")!).replace("{user}", w.ref("user")!)}`,
          true,
        );
    }
  });
}
