import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { PassThrough } from "node:stream";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app.ts";
import { notePublicStoreChanged } from "../../publishing/public-store-changes.ts";
import { createTestVault, type TestVault } from "../../test-support/test-vault.ts";

/** Headers as a sorted object, without those that change from second to second. */
function comparable(res: Response): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of res.headers) if (k !== "date" && k !== "keep-alive") out[k] = v;
  return out;
}

describe("public pages already rendered are answered before routing", () => {
  let t: TestVault;
  let app: FastifyInstance;
  let base: string;
  const logLines: string[] = [];
  before(async () => {
    t = await createTestVault("sqlite", { demo: true });
    const stream = new PassThrough();
    stream.on("data", (b: Buffer) => logLines.push(...b.toString().split("\n").filter(Boolean)));
    app = buildApp(t.vault, { logger: { stream } });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  });
  after(async () => {
    await app.close();
    await t.close();
  });
  /** Log lines written for responses (the router logs each one it answers). */
  const responsesLogged = () => logLines.filter((l) => l.includes('"statusCode"')).length;

  it("sends the same status, headers and bytes as the router, without a log line", async () => {
    notePublicStoreChanged();
    const logged = responsesLogged();
    const routed = await fetch(`${base}/en/about/`);
    const routedBody = Buffer.from(await routed.arrayBuffer());
    assert.equal(responsesLogged(), logged + 1, "a miss goes through the router and is logged");
    const fast = await fetch(`${base}/en/about/`);
    const fastBody = Buffer.from(await fast.arrayBuffer());
    assert.equal(responsesLogged(), logged + 1, "a hit is not logged");
    assert.equal(fast.status, 200);
    assert.deepEqual(comparable(fast), comparable(routed));
    assert.ok(fastBody.equals(routedBody));
    assert.match(fast.headers.get("etag") ?? "", /^"[\w-]{22}"$/);
    assert.equal(fast.headers.get("content-length"), String(fastBody.length));
    assert.match(fast.headers.get("content-security-policy") ?? "", /default-src 'none'/);
    assert.equal(fast.headers.get("set-cookie"), null);
  });

  it("answers HEAD with the headers only, and a known version with 304 on both paths", async () => {
    const full = await fetch(`${base}/en/methodology/`);
    await full.arrayBuffer();
    const etag = full.headers.get("etag")!;
    const head = await fetch(`${base}/en/methodology/`, { method: "HEAD" });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get("content-length"), full.headers.get("content-length"));
    assert.equal((await head.arrayBuffer()).byteLength, 0);

    const fast304 = await fetch(`${base}/en/methodology/`, { headers: { "if-none-match": etag } });
    assert.equal(fast304.status, 304);
    assert.equal(fast304.headers.get("etag"), etag);
    assert.match(fast304.headers.get("content-security-policy") ?? "", /default-src 'none'/);

    notePublicStoreChanged(); // stale: the router answers, and agrees
    const routed304 = await fetch(`${base}/en/methodology/`, {
      headers: { "if-none-match": `"other", ${etag}` },
    });
    assert.equal(routed304.status, 304);
    assert.equal(routed304.headers.get("etag"), etag);
    const changed = await fetch(`${base}/en/methodology/`, {
      headers: { "if-none-match": '"not-this-one"' },
    });
    assert.equal(changed.status, 200);
  });

  it("leaves queries, encoded paths, other methods and staff pages to the router", async () => {
    await (await fetch(`${base}/en/documents/`)).arrayBuffer();
    const logged = responsesLogged();
    await (await fetch(`${base}/en/documents/?q=zzz`)).arrayBuffer();
    await (await fetch(`${base}/en/%64ocuments/`)).arrayBuffer();
    await (await fetch(`${base}/en/documents/`, { method: "POST", body: "x=1" })).arrayBuffer();
    await (await fetch(`${base}/staff/login`)).arrayBuffer();
    assert.equal(responsesLogged(), logged + 4, "each of them was routed (and logged)");
  });

  it("stops answering from memory as soon as this process publishes", async () => {
    await (await fetch(`${base}/en/`)).arrayBuffer();
    const logged = responsesLogged();
    await (await fetch(`${base}/en/`)).arrayBuffer();
    assert.equal(responsesLogged(), logged, "served from memory");
    notePublicStoreChanged();
    await (await fetch(`${base}/en/`)).arrayBuffer();
    assert.equal(responsesLogged(), logged + 1, "rendered again after the change");
  });
});
