import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { enrolledUser, seedOrganisation, testClock } from "../auth/auth.factories.ts";
import { buildApp } from "../server/app.ts";
import { seedCase } from "../test-support/factories.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";

const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`audit trail pages on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    const clock = testClock();
    let orgId: string;
    let incidentId: string;
    let admin: Awaited<ReturnType<typeof enrolledUser>>;
    let worker: Awaited<ReturnType<typeof enrolledUser>>;
    let outsider: Awaited<ReturnType<typeof enrolledUser>>;

    before(async () => {
      t = await createTestVault(dialect);
      app = buildApp(t.vault, { now: clock.now });
      await app.ready();
      orgId = await seedOrganisation(t);
      const other = await seedOrganisation(t);
      incidentId = String((await seedCase(t, { orgId, name: "Audit Canaryname" })).incident.id);
      admin = await enrolledUser(t, { orgId, role: "admin", now: clock.now() });
      worker = await enrolledUser(t, { orgId, role: "caseworker", now: clock.now() });
      outsider = await enrolledUser(t, { orgId: other, role: "admin", now: clock.now() });
      clock.advance(MINUTE);
    });
    after(async () => {
      await app.close();
      await t.close();
    });

    const signIn = async (u: typeof admin) => {
      const c = new HttpClient(app);
      // Each TOTP step signs in once: move on so every sign-in has a fresh code.
      clock.advance(MINUTE);
      await c.signIn({ ...u, email: u.user.email }, clock.now());
      return c;
    };

    it("shows an admin the trail of a record and of a user: fields, never values", async () => {
      const w = await signIn(worker);
      await w.get(`/staff/incidents/${incidentId}`);
      await w.post(`/staff/incidents/${incidentId}/reveal`);
      const a = await signIn(admin);
      const page = await a.get(`/staff/audit?record_type=incident&record_id=${incidentId}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /record\.reveal/);
      assert.match(page.body, new RegExp(`user:${worker.user.id}`));
      assert.doesNotMatch(page.body, /Audit Canaryname/);
      const byUser = await a.get(`/staff/audit?user=${worker.user.id}`);
      assert.equal(byUser.statusCode, 200);
      assert.match(byUser.body, /session\.create/);
      const org = await a.get("/staff/audit");
      assert.match(org.body, /The chain of [\d,.\s]+ events is intact/);
    });

    it("answers non-admins and other organisations' admins like a missing page", async () => {
      const w = await signIn(worker);
      assert.equal((await w.get("/staff/audit")).statusCode, 404);
      const o = await signIn(outsider);
      const foreign = await o.get(`/staff/audit?record_type=incident&record_id=${incidentId}`);
      assert.equal(foreign.statusCode, 404);
      assert.equal((await o.get(`/staff/audit?user=${worker.user.id}`)).statusCode, 404);
      assert.equal((await o.get("/staff/audit?record_type=nonsense&record_id=x")).statusCode, 404);
    });

    it("exports JSONL only after a fresh second factor, and records the export", async () => {
      const a = await signIn(admin);
      clock.advance(6 * MINUTE);
      const gate = await a.get(`/staff/audit.jsonl?user=${worker.user.id}`);
      assert.equal(gate.statusCode, 303);
      const { totpCode } = await import("../auth/totp.ts");
      const up = await a.post("/staff/step-up", {
        code: totpCode(admin.secret, clock.now()),
        next: `/staff/audit.jsonl?user=${worker.user.id}`,
      });
      assert.equal(up.statusCode, 303);
      const file = await a.get(up.headers.location as string);
      assert.equal(file.statusCode, 200);
      assert.match(String(file.headers["content-type"]), /application\/x-ndjson/);
      const lines = file.body
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      assert.ok(lines.length >= 2);
      assert.ok(lines.every((e) => e.actor === `user:${worker.user.id}`));
      assert.ok(lines.every((e, i) => i === 0 || e.seq > lines[i - 1].seq));
      const exported = await t.vault
        .db()
        .selectFrom("audit_events")
        .select("actor")
        .where("action", "=", "audit.export")
        .execute();
      assert.ok(exported.some((e) => e.actor === `user:${admin.user.id}`));
    });
  });
}
