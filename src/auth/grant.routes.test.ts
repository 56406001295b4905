import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/app.ts";
import { seedCase } from "../test-support/factories.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { enrolledUser, testClock } from "./auth.factories.ts";
import { totpCode } from "./totp.ts";

const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`sharing a case from its page on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    const clock = testClock();

    before(async () => {
      t = await createTestVault(dialect);
      app = buildApp(t.vault, { now: clock.now });
      await app.ready();
    });
    after(async () => {
      await app.close();
      await t.close();
    });

    const member = async () => {
      const db = t.vault.db();
      const { seedOrganisation } = await import("./auth.factories.ts");
      const id = await seedOrganisation(t);
      await db.updateTable("organisations").set({ is_member: 1 }).where("id", "=", id).execute();
      return id;
    };
    const signIn = async (u: Awaited<ReturnType<typeof enrolledUser>>) => {
      clock.advance(MINUTE);
      const c = new HttpClient(app);
      await c.signIn({ ...u, email: u.user.email }, clock.now());
      return c;
    };

    it("an editor shares with another organisation after step-up; the share opens the case and its withdrawal closes it", async () => {
      const owner = await member();
      const partner = await member();
      const { incident } = await seedCase(t, { orgId: owner, name: "Shared Canaryname" });
      const editor = await enrolledUser(t, { orgId: owner, role: "editor", now: clock.now() });
      const outsider = await enrolledUser(t, {
        orgId: partner,
        role: "caseworker",
        now: clock.now(),
      });
      const worker = await enrolledUser(t, { orgId: owner, role: "caseworker", now: clock.now() });
      const page = `/staff/incidents/${incident.id}`;

      const o = await signIn(outsider);
      assert.equal((await o.get(page)).statusCode, 404);

      const w = await signIn(worker);
      const wPage = await w.get(page);
      assert.doesNotMatch(wPage.body, /Share this case/, "caseworkers do not share");
      assert.equal(
        (await w.post(`${page}/grants`, { org: partner, level: "read" })).statusCode,
        404,
      );

      const e = await signIn(editor);
      const ePage = await e.get(page);
      assert.match(ePage.body, /Share this case/);
      clock.advance(6 * MINUTE);
      await e.get(page);
      const gate = await e.post(`${page}/grants`, { org: partner, level: "read" });
      assert.equal(gate.statusCode, 303);
      assert.match(String(gate.headers.location), /^\/staff\/step-up\?next=/);
      await e.get(String(gate.headers.location));
      await e.post("/staff/step-up", { code: totpCode(editor.secret, clock.now()), next: page });
      await e.get(page);
      const shared = await e.post(`${page}/grants`, { org: partner, level: "read" });
      assert.equal(shared.statusCode, 303);

      const seen = await o.get(page);
      assert.equal(seen.statusCode, 200);
      assert.doesNotMatch(seen.body, /Shared Canaryname/);
      assert.doesNotMatch(seen.body, /Show identity data/, "a read share reveals nothing");
      assert.equal((await o.post(`${page}/reveal`)).statusCode, 404);

      const listed = await e.get(page);
      const grantId = /\/grants\/([0-9a-f-]{36})\/revoke/.exec(listed.body)?.[1];
      assert.ok(grantId, "the share is listed with a way to stop it");
      assert.equal((await e.post(`${page}/grants/${grantId}/revoke`)).statusCode, 303);
      assert.equal((await o.get(page)).statusCode, 404);
    });
  });
}
