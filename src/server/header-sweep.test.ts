import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { HttpClient } from "../test-support/http-client.ts";
import { DIALECTS } from "../test-support/test-vault.ts";
import { buildApp } from "./app.ts";
import {
  fillPath,
  send,
  sweepWorld,
  type SweepRequest,
  type SweepWorld,
} from "./security-sweep.fixture.ts";
import { isVaultPath, requestPath } from "./staff-context.ts";

/** Requests no route answers: unknown paths, unknown methods, malformed and oversized bodies. */
const ODD_REQUESTS: SweepRequest[] = [
  { method: "GET", url: "/nowhere" },
  { method: "GET", url: "/staff/nowhere" },
  { method: "GET", url: "/api/v1/nowhere" },
  { method: "DELETE", url: "/staff/incidents/x" },
  { method: "PUT", url: "/api/v1/incidents" },
  { method: "OPTIONS", url: "/staff" },
  { method: "OPTIONS", url: "/" },
  { method: "POST", url: "/staff/logout", csrf: false },
  {
    method: "POST",
    url: "/api/v1/incidents",
    payload: "{not json",
    contentType: "application/json",
  },
  { method: "POST", url: "/staff/login", payload: "x", contentType: "application/xml" },
  {
    method: "POST",
    url: "/staff/login",
    payload: `a=${"x".repeat(1_100_000)}`,
    contentType: "application/x-www-form-urlencoded",
  },
  { method: "GET", url: "/assets/nothing.css" },
];

/** Every header promise 11 makes, checked on one response. */
function assertHeaders(res: LightMyRequestResponse, url: string, https: boolean): void {
  const what = `${res.statusCode} ${url}`;
  const csp = String(res.headers["content-security-policy"] ?? "");
  assert.match(csp, /(^|;\s*)default-src 'none'/, `CSP default-src on ${what}`);
  assert.match(csp, /frame-ancestors 'none'/, `frame-ancestors on ${what}`);
  assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/, `CSP is strict on ${what}`);
  assert.equal(res.headers["referrer-policy"], "no-referrer", `Referrer-Policy on ${what}`);
  assert.equal(res.headers["x-content-type-options"], "nosniff", `nosniff on ${what}`);
  assert.equal(res.headers["x-powered-by"], undefined, `X-Powered-By on ${what}`);
  if (isVaultPath(requestPath(url)))
    assert.equal(res.headers["cache-control"], "no-store", `Cache-Control on ${what}`);
  const hsts = res.headers["strict-transport-security"];
  if (https) assert.match(String(hsts), /max-age=\d{7,}/, `HSTS on ${what}`);
  else assert.equal(hsts, undefined, `no HSTS over http on ${what}`);
  if (String(res.headers["content-type"]).startsWith("text/html")) {
    // What a strict CSP would block must not be on the page: inline script, style, handlers.
    assert.doesNotMatch(res.body, /<script(?![^>]*\ssrc=)[^>]*>/i, `inline script on ${what}`);
    assert.doesNotMatch(res.body, /\sstyle=/i, `style attribute on ${what}`);
    assert.doesNotMatch(res.body, /\son[a-z]+=/i, `event handler attribute on ${what}`);
    assert.doesNotMatch(
      res.body,
      /<(script|link|img|iframe|source|object|embed)\b[^>]*\s(src|href|data)="(https?:)?\/\//i,
      `third-party resource on ${what}`,
    );
  }
}

for (const dialect of DIALECTS) {
  describe(`header sweep on ${dialect}`, () => {
    let w: SweepWorld;
    let secure: FastifyInstance;
    let count = 0;

    before(async () => {
      w = await sweepWorld(dialect, { demo: false });
      secure = buildApp(w.t.vault, { now: w.clock.now, secureCookies: true });
      await secure.ready();
    });
    after(async () => {
      console.log(`header sweep on ${dialect}: ${count} responses checked`);
      await secure.close();
      await w.close();
    });

    /** The same sessions under the `__Host-` cookie names the https server uses. */
    const secureClient = (c: HttpClient): HttpClient => {
      const out = new HttpClient(secure);
      for (const [k, v] of c.cookies) out.cookies.set(`__Host-${k}`, v);
      out.csrf = c.csrf;
      return out;
    };

    for (const https of [false, true]) {
      it(`sends the security headers on every route, every method, every caller (https: ${https})`, async () => {
        const app = https ? secure : w.app;
        const wrap = (c: HttpClient) => (https ? secureClient(c) : c);
        const anon = new HttpClient(w.app);
        await anon.get("/staff/login");
        const a = w.users.adminA;
        const callers: { as: Partial<SweepRequest>; signedIn: boolean }[] = [
          { as: {}, signedIn: false },
          { as: { client: wrap(anon) }, signedIn: false },
          { as: { client: wrap(a.client) }, signedIn: true },
          { as: { client: wrap(w.users.researcherA.client) }, signedIn: true },
          { as: { bearer: a.token }, signedIn: true },
        ];
        for (const route of w.routes) {
          const real = route.rule?.ref ? w.ref(route.rule.ref) : undefined;
          for (const id of [real ?? randomUUID(), "x"]) {
            if (id === "x" && !route.url.includes(":")) continue;
            const url = fillPath(route.url, id);
            for (const { as, signedIn } of callers) {
              if (route.rule?.endsSession && signedIn) continue;
              const json =
                url.startsWith("/api/") && !["GET", "HEAD"].includes(route.method) ? {} : undefined;
              const res = await send(app, { method: route.method, url, json, ...as });
              assertHeaders(res, url, https);
              count++;
            }
          }
        }
        for (const r of ODD_REQUESTS) {
          for (const { as } of callers) {
            const res = await send(app, { ...r, ...as });
            assert.ok(res.statusCode >= 400, `${r.method} ${r.url} answered ${res.statusCode}`);
            assertHeaders(res, r.url, https);
            count++;
          }
        }
        // Vault paths spelled with escapes are still vault paths: no-store, whatever the answer.
        for (const url of ["/%73taff/incidents", "/api/%761/incidents", "/staff/incidents?x=%FF"]) {
          for (const { as } of callers) {
            assertHeaders(await send(app, { method: "GET", url, ...as }), url, https);
            count++;
          }
        }
      });
    }

    it("sends them on a 500 page and JSON error, and on every sealed answer", async () => {
      const vault = w.t.vault;
      const db = vault.db;
      vault.db = () => {
        throw new TypeError("database went away");
      };
      try {
        for (const url of ["/staff", "/api/v1/incidents"]) {
          const res = await send(w.app, { method: "GET", url, client: w.users.adminA.client });
          assert.equal(res.statusCode, 500, url);
          assertHeaders(res, url, false);
        }
      } finally {
        vault.db = db;
      }
      await vault.seal();
      try {
        for (const route of w.routes) {
          const url = fillPath(route.url, randomUUID());
          const res = await send(w.app, {
            method: route.method,
            url,
            client: w.users.adminA.client,
          });
          assertHeaders(res, url, false);
          if (isVaultPath(url)) assert.equal(res.statusCode, 503, `${route.method} ${url} sealed`);
          count++;
        }
      } finally {
        await vault.unseal(Buffer.from(w.t.master));
      }
    });
  });
}
