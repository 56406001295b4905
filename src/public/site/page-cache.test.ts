import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app.ts";
import { createTestVault, type TestVault } from "../../test-support/test-vault.ts";
import { PublicPageCache } from "./page-cache.ts";
import { notePublicStoreChanged } from "../../publishing/public-store-changes.ts";

describe("public page cache", () => {
  let t: TestVault;
  let app: FastifyInstance;
  before(async () => {
    t = await createTestVault("sqlite", { demo: true });
    app = buildApp(t.vault);
    await app.ready();
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  it("drops every page when this process writes to the public store, and when another did", async () => {
    let clock = 0;
    const cache = new PublicPageCache(() => t.vault.stores.publicDb, {
      maxBytes: 1024 * 1024,
      checkEveryMs: 1000,
      now: () => clock,
    });
    await cache.refresh();
    cache.set("en /en/", { status: 200, contentType: "text/html", body: "old" });
    await cache.refresh();
    assert.equal(cache.get("en /en/")?.body, "old");
    notePublicStoreChanged();
    await cache.refresh();
    assert.equal(cache.get("en /en/"), undefined, "a local write clears it at once");

    cache.set("en /en/", { status: 200, contentType: "text/html", body: "old" });
    // Another process publishes: only the periodic check can see it.
    await t.vault.stores.publicDb
      .insertInto("public_meta")
      .values({ key: "aggregates_built_at", value: "2099-01-01T00:00:00.000Z" })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value: "2099-01-01T00:00:00.000Z" }))
      .execute();
    await cache.refresh();
    assert.equal(cache.get("en /en/")?.body, "old", "within a second it may still serve");
    clock += 1500;
    await cache.refresh();
    assert.equal(cache.get("en /en/"), undefined, "after the check it is gone");
  });

  it("stays within its byte budget, evicting the least recently used", () => {
    const cache = new PublicPageCache(() => t.vault.stores.publicDb, {
      maxBytes: 16 * 1000,
      checkEveryMs: 1000,
    });
    const page = (n: number) => ({ status: 200, contentType: "text/html", body: "x".repeat(n) });
    cache.set("a", page(400));
    cache.set("b", page(400));
    cache.get("a");
    for (let i = 0; i < 40; i++) cache.set(`p${i}`, page(400));
    assert.ok(cache.size.bytes <= 16 * 1000);
    assert.equal(cache.get("b"), undefined);
    cache.set("huge", page(10_000));
    assert.equal(cache.get("huge"), undefined, "a page over a sixteenth of the budget is not kept");
  });

  it("serves a public page again without rendering it, and never caches searches", async () => {
    const first = await app.inject({ url: "/en/" });
    const second = await app.inject({ url: "/en/" });
    assert.equal(first.statusCode, 200);
    assert.equal(second.body, first.body);
    assert.equal(second.headers["content-type"], first.headers["content-type"]);
    assert.equal(
      second.headers["content-security-policy"],
      first.headers["content-security-policy"],
    );
    const search = await app.inject({ url: "/en/documents/?q=nothing-like-this" });
    assert.equal(search.statusCode, 200);
  });
});
