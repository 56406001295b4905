import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app.ts";
import { createTestVault, type TestVault } from "../../test-support/test-vault.ts";
import { PublicPageCache } from "./page-cache.ts";
import { notePublicStoreChanged } from "../../publishing/public-store-changes.ts";
import { join } from "node:path";
import { openSqliteFile } from "../../db/sqlite.ts";
import { DIALECTS } from "../../test-support/test-vault.ts";

/** A write to the public store through a connection of its own, as another process makes it. */
async function writeFromElsewhere(t: TestVault, stamp: string): Promise<void> {
  if (t.vault.stores.dialect === "sqlite") {
    const other = openSqliteFile(join(t.vault.stores.config.dataDir, "public.db"));
    other
      .prepare(
        "insert into public_meta (key, value) values ('aggregates_built_at', ?) on conflict (key) do update set value = excluded.value",
      )
      .run(stamp);
    other.close();
    return;
  }
  await t.vault.stores.publicDb
    .insertInto("public_meta")
    .values({ key: "aggregates_built_at", value: stamp })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: stamp }))
    .execute();
}

for (const dialect of DIALECTS)
  describe(`public page cache sees writes by another process (${dialect})`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => {
      await t.close();
    });

    it("keeps serving within the check interval, then drops everything", async () => {
      let clock = 0;
      const cache = new PublicPageCache(() => t.vault.stores.publicDb, {
        maxBytes: 1024 * 1024,
        checkEveryMs: 1000,
        dialect,
        now: () => clock,
      });
      assert.equal(cache.isFresh(), false, "never looked: not fresh");
      await cache.refresh();
      assert.equal(cache.isFresh(), true);
      cache.set("en /en/", { status: 200, contentType: "text/html", body: "old" });
      await writeFromElsewhere(t, "2099-01-01T00:00:00.000Z");
      await cache.refresh();
      assert.equal(cache.get("en /en/")?.body, "old", "within a second it may still serve");
      clock += 1500;
      assert.equal(cache.isFresh(), false, "the fast path must not answer from a stale cache");
      await cache.refresh();
      assert.equal(cache.get("en /en/"), undefined, "after the check it is gone");
      cache.set("en /en/", { status: 200, contentType: "text/html", body: "new" });
      clock += 1500;
      await cache.refresh();
      assert.equal(cache.get("en /en/")?.body, "new", "no write since: kept");
    });
  });

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

  it("drops every page when this process writes to the public store", async () => {
    const clock = 0;
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
    assert.equal(cache.isFresh(), false, "a local write makes it stale at once");
    await cache.refresh();
    assert.equal(cache.get("en /en/"), undefined, "a local write clears it at once");
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
