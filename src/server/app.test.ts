import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { buildApp } from "./app.ts";

/** Vault routes as a client may spell them: each must be closed while the vault is sealed. */
const VAULT_URLS = [
  "/staff",
  "/staff/",
  "/staff/anything",
  "/staff?view=all",
  "/api/v1",
  "/api/v1/",
  "/api/v1/incidents",
  "/api/v1?x=1",
  "/api/v1/incidents?page=2",
  "/%73taff",
  "/api/%761",
];

function assertSecurityHeaders(res: LightMyRequestResponse, url: string): void {
  const csp = String(res.headers["content-security-policy"]);
  assert.match(csp, /default-src 'none'/, url);
  assert.match(csp, /frame-ancestors 'none'/, url);
  assert.equal(res.headers["referrer-policy"], "no-referrer", url);
  assert.equal(res.headers["x-content-type-options"], "nosniff", url);
  assert.equal(res.headers["x-powered-by"], undefined, url);
}

for (const dialect of DIALECTS) {
  describe(`web server on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    const get = (url: string) => app.inject({ method: "GET", url });

    before(async () => {
      t = await createTestVault(dialect, { demo: true });
      app = buildApp(t.vault);
      await app.ready();
    });
    after(async () => {
      await app.close();
      await t.close();
    });

    it("answers /healthz with the vault state", async () => {
      const res = await get("/healthz");
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers["content-type"]), /application\/json/);
      assert.equal(res.json().sealed, false);
    });

    it("closes every vault route while sealed, keeps / open, and reopens after unseal", async () => {
      await t.vault.seal();
      try {
        assert.equal((await get("/healthz")).json().sealed, true);
        const home = await get("/en/");
        assert.equal(home.statusCode, 200, "the public site does not depend on the vault");
        for (const url of VAULT_URLS) {
          const res = await get(url);
          assert.equal(res.statusCode, 503, url);
          assert.equal(res.headers["cache-control"], "no-store", url);
          assertSecurityHeaders(res, url);
          if (url.startsWith("/api/")) {
            assert.match(String(res.headers["content-type"]), /application\/json/, url);
            assert.equal(res.json().error, "sealed", url);
          } else {
            assert.match(String(res.headers["content-type"]), /text\/html/, url);
            assert.match(res.body, /<h1>The vault is sealed<\/h1>/, url);
          }
        }
      } finally {
        await t.vault.unseal(Buffer.from(t.master));
      }
      assert.equal((await get("/healthz")).json().sealed, false);
      const staff = await get("/staff");
      assert.equal(staff.statusCode, 303);
      assert.equal(staff.headers.location, "/staff/login?next=%2Fstaff");
      assert.equal(staff.headers["cache-control"], "no-store");
      const api = await get("/api/v1");
      assert.equal(api.statusCode, 200);
      assert.equal(api.json().name, "TNR Monitor API");
    });

    it("sends the security headers on every response, 404s included", async () => {
      for (const url of ["/", "/healthz", "/assets/base.css", "/staff", "/api/v1", "/nowhere"]) {
        const res = await get(url);
        assertSecurityHeaders(res, url);
      }
    });

    it("answers an unknown page with a 404 page and an unknown API path with JSON", async () => {
      const page = await get("/no-such-page");
      assert.equal(page.statusCode, 404);
      assert.match(String(page.headers["content-type"]), /text\/html/);
      assert.match(page.body, /Page not found/);
      const api = await get("/api/v1/no-such-thing");
      assert.equal(api.statusCode, 404);
      assert.equal(api.json().error, "not_found");
    });

    it("sends / to the visitor's language and shows the demo banner there", async () => {
      const root = await app.inject({ url: "/", headers: { "accept-language": "ru,en;q=0.5" } });
      assert.equal(root.statusCode, 302);
      assert.equal(root.headers.location, "/ru/");
      const res = await get("/en/");
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Demonstration site/);
      assert.equal(res.headers["set-cookie"], undefined, "the public side sets no cookie");
    });
  });
}
