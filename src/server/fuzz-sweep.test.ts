import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { HttpClient } from "../test-support/http-client.ts";
import { DIALECTS } from "../test-support/test-vault.ts";
import {
  fillPath,
  send,
  sweepWorld,
  type SweepRequest,
  type SweepRoute,
  type SweepWorld,
} from "./security-sweep.fixture.ts";

const FC = { seed: 20261129, includeErrorInReport: true } as const;
const RUNS = 15;
/** Just under the server's 1 MiB body limit, leaving room for the field name and token. */
const NEAR_LIMIT = 1_040_000;

/** Field names the staff forms and API bodies use, plus whatever else a client invents. */
const KNOWN_FIELDS = [
  "email",
  "password",
  "password_confirm",
  "totp",
  "code",
  "ticket",
  "next",
  "role",
  "name",
  "days",
  "response",
  "version",
  "title",
  "incident_id",
  "person_id",
  "victim_id",
  "full_name",
  "contacts",
];
const fieldName = fc.oneof(
  fc.constantFrom(...KNOWN_FIELDS),
  fc.string({ unit: "grapheme", maxLength: 20 }),
);
/** Raw, already-encoded form values: valid text, invalid percent escapes, invalid UTF-8. */
const rawValue = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 200 }).map(encodeURIComponent),
  fc.string({ unit: "binary", maxLength: 50 }).map(encodeURIComponent),
  fc.constantFrom(
    "%",
    "%Z",
    "%ZZ",
    "%C3%28",
    "%E2%82",
    "%ED%A0%80",
    "%FF%FE",
    "%00",
    "%C0%AF",
    "+",
  ),
  fc.stringMatching(/^[0-9]{0,12}$/),
);
/** A url-encoded body: repeated keys (arrays), bracket keys, broken escapes. */
const formBody = fc
  .array(
    fc.tuple(
      fc.oneof(fieldName.map(encodeURIComponent), fc.constantFrom("a[]", "a[b]", "%ZZ", "")),
      rawValue,
    ),
    { maxLength: 12 },
  )
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join("&"));
/** JSON of any shape: objects with known fields of the wrong type, arrays, scalars, deep nesting. */
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.dictionary(fieldName, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 10 }),
  fc.record({ version: fc.jsonValue({ maxDepth: 1 }), title: fc.jsonValue({ maxDepth: 2 }) }),
  fc.integer({ min: 1, max: 200 }).map((n) => JSON.parse("[".repeat(n) + "]".repeat(n)) as unknown),
);
/** Bodies no client should send: broken JSON, odd content types. */
const rawBody = fc.oneof(
  fc.record({
    payload: fc.constantFrom("{", '{"a":', "[1,", "nul", '"\\ud800"', "{}}", "\u0000"),
    contentType: fc.constant("application/json"),
  }),
  fc.record({
    payload: fc.string({ maxLength: 100 }),
    contentType: fc.constantFrom(
      "text/plain",
      "application/xml",
      "multipart/form-data; boundary=x",
      "application/x-www-form-urlencoded; charset=latin1",
      "application/json; charset=utf-16",
    ),
  }),
);

for (const dialect of DIALECTS) {
  describe(`fuzzing every state-changing route on ${dialect}`, () => {
    let w: SweepWorld;
    let anon: HttpClient;
    let cases = 0;

    before(async () => {
      w = await sweepWorld(dialect, { demo: false });
      anon = new HttpClient(w.app);
      await anon.get("/staff/login");
    });
    after(async () => {
      console.log(`fuzz sweep on ${dialect}: ${cases} requests`);
      await w.close();
    });

    /** Who sends to a route: signed-in admin (session with token, or API token), or anonymous. */
    const callerFor = (route: SweepRoute): Partial<SweepRequest> => {
      if (route.rule?.endsSession || route.rule?.access === "open") return { client: anon };
      return route.url.startsWith("/api/")
        ? { bearer: w.users.adminA.token }
        : { client: w.users.adminA.client };
    };
    const targets = () => w.routes.filter((r) => r.method !== "GET" && r.method !== "HEAD");
    const urlFor = (route: SweepRoute) =>
      fillPath(route.url, () => (route.rule?.ref ? (w.ref(route.rule.ref) ?? "x") : "x"));

    it("answers random bodies with 4xx or success, never 5xx", async () => {
      for (const route of targets()) {
        const as = callerFor(route);
        const url = urlFor(route);
        const token = as.client ? `_csrf=${encodeURIComponent(as.client.csrf)}&` : "";
        const what = (kind: string) => `${route.method} ${url} (${kind})`;
        const check = async (kind: string, r: Partial<SweepRequest>) => {
          cases++;
          const res = await send(w.app, { method: route.method, url, ...as, ...r });
          assert.ok(
            res.statusCode < 500,
            `${what(kind)} answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
          );
        };
        await fc.assert(
          fc.asyncProperty(formBody, (body) =>
            check("form", {
              payload: token + body,
              contentType: "application/x-www-form-urlencoded",
            }),
          ),
          { ...FC, numRuns: RUNS },
        );
        await fc.assert(
          fc.asyncProperty(jsonBody, (json) =>
            check("json", {
              payload: JSON.stringify(json) ?? "null",
              contentType: "application/json",
            }),
          ),
          { ...FC, numRuns: RUNS },
        );
        await fc.assert(
          fc.asyncProperty(rawBody, (raw) => check("raw", raw)),
          { ...FC, numRuns: 5 },
        );
        const huge = "\u00e9x".repeat(NEAR_LIMIT / 3);
        await check("huge form", {
          payload: `${token}name=${encodeURIComponent(huge).slice(0, NEAR_LIMIT)}&email=${"a".repeat(1000)}`,
          contentType: "application/x-www-form-urlencoded",
        });
        await check("huge json", {
          payload: JSON.stringify({ title: huge, name: [huge.slice(0, 1000)] }),
          contentType: "application/json",
        });
        await check("over the limit", {
          payload: `${token}x=${"y".repeat(1_100_000)}`,
          contentType: "application/x-www-form-urlencoded",
        });
      }
      const still = await send(w.app, {
        method: "GET",
        url: "/staff",
        client: w.users.adminA.client,
      });
      assert.equal(still.statusCode, 200, "the admin was signed in throughout");
    });
  });
}
