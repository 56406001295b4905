import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { PassThrough } from "node:stream";
import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
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

/** A GET with exactly these headers, answered as raw bytes (fetch would decompress). */
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}> {
  return new Promise((ok, fail) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    })
      .on("error", fail)
      .end();
  });
}

const identity = { "accept-encoding": "identity" };

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
    const routed = await fetch(`${base}/en/about/`, { headers: identity });
    const routedBody = Buffer.from(await routed.arrayBuffer());
    assert.equal(responsesLogged(), logged + 1, "a miss goes through the router and is logged");
    const fast = await fetch(`${base}/en/about/`, { headers: identity });
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
    const full = await fetch(`${base}/en/methodology/`, { headers: identity });
    await full.arrayBuffer();
    const etag = full.headers.get("etag")!;
    const head = await fetch(`${base}/en/methodology/`, { method: "HEAD", headers: identity });
    assert.equal(head.status, 200);
    assert.equal(head.headers.get("content-length"), full.headers.get("content-length"));
    assert.equal((await head.arrayBuffer()).byteLength, 0);

    const fast304 = await fetch(`${base}/en/methodology/`, {
      headers: { ...identity, "if-none-match": etag },
    });
    assert.equal(fast304.status, 304);
    assert.equal(fast304.headers.get("etag"), etag);
    assert.match(fast304.headers.get("content-security-policy") ?? "", /default-src 'none'/);

    notePublicStoreChanged(); // stale: the router answers, and agrees
    const routed304 = await fetch(`${base}/en/methodology/`, {
      headers: { ...identity, "if-none-match": `"other", ${etag}` },
    });
    assert.equal(routed304.status, 304);
    assert.equal(routed304.headers.get("etag"), etag);
    const changed = await fetch(`${base}/en/methodology/`, {
      headers: { ...identity, "if-none-match": '"not-this-one"' },
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

  it("sends brotli or gzip once compressed, each with its own tag, on both paths", async () => {
    const url = `${base}/en/accessibility/`;
    const plain = await rawGet(url, identity);
    assert.equal(plain.headers.vary, "Accept-Encoding");
    assert.equal(plain.headers["content-encoding"], undefined);
    let br = await rawGet(url, { "accept-encoding": "gzip, deflate, br" });
    for (let i = 0; i < 50 && br.headers["content-encoding"] !== "br"; i++) {
      await new Promise((r) => setTimeout(r, 20)); // compressed in the background
      br = await rawGet(url, { "accept-encoding": "gzip, deflate, br" });
    }
    assert.equal(br.headers["content-encoding"], "br");
    assert.ok(brotliDecompressSync(br.body).equals(plain.body));
    assert.ok(br.body.length < plain.body.length / 3, `${br.body.length} of ${plain.body.length}`);
    assert.equal(br.headers.etag, `${String(plain.headers.etag).slice(0, -1)}-br"`);
    const gz = await rawGet(url, { "accept-encoding": "br;q=0, gzip" });
    assert.equal(gz.headers["content-encoding"], "gzip");
    assert.ok(gunzipSync(gz.body).equals(plain.body));
    const refused = await rawGet(url, { "accept-encoding": "br;q=0, gzip;q=0" });
    assert.equal(refused.headers["content-encoding"], undefined);
    const notModified = await rawGet(url, {
      "accept-encoding": "br",
      "if-none-match": String(br.headers.etag),
    });
    assert.equal(notModified.status, 304);
    assert.equal(
      (await rawGet(url, { "accept-encoding": "br", "if-none-match": String(plain.headers.etag) }))
        .status,
      200,
      "another representation's tag does not match",
    );

    notePublicStoreChanged(); // the router renders again; then the same page is compressed again
    const routed = await rawGet(url, { "accept-encoding": "br" });
    assert.equal(routed.headers["content-encoding"], undefined, "not compressed yet");
    assert.equal(routed.headers.vary, "Accept-Encoding");
    assert.ok(routed.body.equals(plain.body));
  });
});
