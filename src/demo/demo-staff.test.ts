import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/app.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { createTestVault, type TestVault } from "../test-support/test-vault.ts";
import { DEMO_PASSWORD, DEMO_STAFF, seedDemoStaff } from "./demo-staff.ts";
import { seedDemo } from "./seed-demo.ts";

describe("demo staff accounts", () => {
  let t: TestVault;
  let app: FastifyInstance;
  before(async () => {
    t = await createTestVault("sqlite", { demo: true });
    const db = t.vault.db();
    const keys = t.vault.keys();
    await seedDemo({ db, keys, dialect: "sqlite", dataDir: t.config.dataDir }, t.actor);
    assert.equal(await seedDemoStaff(db, keys, t.actor, new Date()), DEMO_STAFF.length);
    assert.equal(await seedDemoStaff(db, keys, t.actor, new Date()), 0, "a restart adds none");
    app = buildApp(t.vault);
    await app.ready();
  });
  after(async () => {
    await app.close();
    await t.close();
  });

  it("lists every demo account on the demo sign-in page, and the code shown signs in", async () => {
    const c = new HttpClient(app);
    const page = await c.get("/staff/login");
    for (const s of DEMO_STAFF) assert.ok(page.body.includes(s.email), s.email);
    const row = new RegExp(
      "<code>caseworker@rights-centre\\.example</code>.*?<code>(\\d{6})</code>",
      "s",
    ).exec(page.body);
    assert.ok(row, "a code is shown for the caseworker");
    const first = await c.post("/staff/login", {
      email: "caseworker@rights-centre.example",
      password: DEMO_PASSWORD,
    });
    const ticket = /name="ticket" value="([^"]+)"/.exec(first.body)![1]!;
    const done = await c.post("/staff/login/code", { ticket, code: row[1]!, next: "/staff" });
    assert.equal(done.statusCode, 303);
    const overview = await c.get("/staff");
    assert.equal(overview.statusCode, 200);
    assert.match(overview.body, /caseworker/);
  });
});
