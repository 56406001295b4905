import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../server/app.ts";
import { seedCase } from "../test-support/factories.ts";
import { HttpClient } from "../test-support/http-client.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { enrolledUser, seedOrganisation, testClock } from "./auth.factories.ts";
import { createUser } from "./enrolment.ts";
import { totpCode } from "./totp.ts";

const MINUTE = 60_000;

for (const dialect of DIALECTS) {
  describe(`staff sign-in over HTTP on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    const clock = testClock();
    let orgId: string;
    let otherOrgId: string;

    before(async () => {
      t = await createTestVault(dialect);
      app = buildApp(t.vault, { now: clock.now });
      await app.ready();
      orgId = await seedOrganisation(t);
      otherOrgId = await seedOrganisation(t);
    });
    after(async () => {
      await app.close();
      await t.close();
    });

    /** An enrolled user whose enrolment code is already in the past. */
    const staff = async (role: "admin" | "editor" | "caseworker" | "researcher", org = orgId) => {
      const u = await enrolledUser(t, { orgId: org, role, now: clock.now() });
      clock.advance(MINUTE);
      return { ...u, email: u.user.email };
    };

    it("enrols through the one-time link: errors in place, then recovery codes, then the link is spent", async () => {
      const { token } = await createUser({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        orgId,
        email: "new.person@example.org",
        role: "caseworker",
        now: clock.now(),
      });
      const c = new HttpClient(app);
      const page = await c.get(`/staff/enrol/${token}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /new\.person@example\.org/);
      assert.match(page.body, /<svg/);
      const secret = /<code class="secret">([A-Z2-7 ]+)<\/code>/
        .exec(page.body)![1]!
        .replace(/ /g, "");
      const mismatch = await c.post(`/staff/enrol/${token}`, {
        password: "violet harbour lantern 42",
        password_confirm: "violet harbour lantern 43",
        totp: totpCode(secret, clock.now()),
      });
      assert.equal(mismatch.statusCode, 422);
      assert.match(mismatch.body, /The two passwords do not match/);
      assert.match(mismatch.body, /href="#password_confirm"/);
      const common = await c.post(`/staff/enrol/${token}`, {
        password: "password1234",
        password_confirm: "password1234",
        totp: totpCode(secret, clock.now()),
      });
      assert.equal(common.statusCode, 422);
      assert.match(common.body, /list of common passwords/);
      const done = await c.post(`/staff/enrol/${token}`, {
        password: "violet harbour lantern 42",
        password_confirm: "violet harbour lantern 42",
        totp: totpCode(secret, clock.now()),
      });
      assert.equal(done.statusCode, 200);
      assert.equal((done.body.match(/<li><code>/g) ?? []).length, 10);
      const again = await c.get(`/staff/enrol/${token}`);
      assert.equal(again.statusCode, 404);
      assert.match(again.body, /expired or has already been used/);
    });

    it("signs in with password and TOTP, sets a strict host-only cookie, and refuses a replayed code", async () => {
      const u = await staff("caseworker");
      const c = new HttpClient(app);
      await c.get("/staff/login");
      const first = await c.post("/staff/login", { email: u.email, password: u.password });
      assert.equal(first.statusCode, 200);
      assert.equal(
        first.cookies.find((x) => x.name === "tnr_session"),
        undefined,
        "no session yet",
      );
      const ticket = /name="ticket" value="([^"]+)"/.exec(first.body)![1]!;
      const code = totpCode(u.secret, clock.now());
      const ok = await c.post("/staff/login/code", { ticket, code, next: "/staff/incidents" });
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers.location, "/staff/incidents");
      const setCookie = String(ok.headers["set-cookie"]);
      assert.match(setCookie, /tnr_session=[A-Za-z0-9_-]{40,}/);
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /SameSite=Strict/);
      assert.match(setCookie, /Path=\//);
      assert.doesNotMatch(setCookie, /Domain=/);
      assert.equal((await c.get("/staff")).statusCode, 200);

      const replay = new HttpClient(app);
      await replay.get("/staff/login");
      const step = await replay.post("/staff/login", { email: u.email, password: u.password });
      const t2 = /name="ticket" value="([^"]+)"/.exec(step.body)![1]!;
      const res = await replay.post("/staff/login/code", { ticket: t2, code });
      assert.equal(res.statusCode, 401);
      assert.equal(replay.cookies.get("tnr_session"), undefined);
    });

    it("uses the __Host- prefix and Secure over https", async () => {
      const secure = buildApp(t.vault, { now: clock.now, secureCookies: true });
      try {
        const u = await staff("caseworker");
        const c = new HttpClient(secure);
        await c.signIn(u, clock.now());
        const name = [...c.cookies.keys()].find((k) => k.includes("session"));
        assert.equal(name, "__Host-tnr_session");
        const res = await c.get("/staff");
        assert.equal(res.statusCode, 200);
        assert.match(String(res.headers["strict-transport-security"]), /max-age=/);
      } finally {
        await secure.close();
      }
    });

    it("answers a wrong password and an unknown account the same way", async () => {
      const u = await staff("caseworker");
      const attempt = async (email: string) => {
        const c = new HttpClient(app);
        await c.get("/staff/login");
        const res = await c.post("/staff/login", { email, password: "wrong password here" });
        return { status: res.statusCode, text: res.body.replace(/value="[^"]*"/g, "") };
      };
      const known = await attempt(u.email);
      const unknown = await attempt(u.email.replace("staff-", "nobody-"));
      assert.equal(known.status, 401);
      assert.equal(unknown.status, 401);
      assert.equal(known.text, unknown.text);
    });

    it("throttles one account after repeated failures without affecting another", async () => {
      const victim = await staff("caseworker");
      const bystander = await staff("caseworker");
      const c = new HttpClient(app);
      await c.get("/staff/login");
      let last = 0;
      for (let i = 0; i < 8; i++)
        last = (await c.post("/staff/login", { email: victim.email, password: "guess " + i }))
          .statusCode;
      assert.equal(last, 429);
      const blocked = await c.post("/staff/login", {
        email: victim.email,
        password: victim.password,
      });
      assert.equal(blocked.statusCode, 429);
      assert.ok(Number(blocked.headers["retry-after"]) > 0);
      const other = new HttpClient(app);
      await other.signIn(bystander, clock.now());
      assert.equal((await other.get("/staff")).statusCode, 200);
    });

    it("signs out: the cookie is cleared and the old token no longer works", async () => {
      const u = await staff("caseworker");
      const c = new HttpClient(app);
      await c.signIn(u, clock.now());
      const token = c.cookies.get("tnr_session")!;
      const out = await c.post("/staff/logout");
      assert.equal(out.statusCode, 303);
      assert.equal(out.headers.location, "/staff/login?signed_out=1");
      assert.equal(c.cookies.get("tnr_session"), undefined);
      const stale = await app.inject({
        url: "/staff",
        headers: { cookie: `tnr_session=${token}` },
      });
      assert.equal(stale.statusCode, 303);
    });

    it("refuses state changes without the form token or from another origin", async () => {
      const u = await staff("caseworker");
      const c = new HttpClient(app);
      await c.signIn(u, clock.now());
      const noToken = await c.post("/staff/logout", { _csrf: "" });
      assert.equal(noToken.statusCode, 403);
      assert.match(noToken.body, /did not come from this site/);
      const forged = await c.post("/staff/logout", { _csrf: "x".repeat(40) });
      assert.equal(forged.statusCode, 403);
      const crossSite = await c.post("/staff/logout", {}, { origin: "https://evil.example" });
      assert.equal(crossSite.statusCode, 403);
      assert.equal((await c.get("/staff")).statusCode, 200, "still signed in");
    });

    it("ends a session after 30 idle minutes and after 8 hours however active", async () => {
      const u = await staff("caseworker");
      const idle = new HttpClient(app);
      await idle.signIn(u, clock.now());
      clock.advance(29 * MINUTE);
      assert.equal((await idle.get("/staff")).statusCode, 200);
      clock.advance(31 * MINUTE);
      assert.equal((await idle.get("/staff")).statusCode, 303);

      clock.advance(MINUTE);
      const busy = new HttpClient(app);
      await busy.signIn(u, clock.now());
      for (let i = 0; i < 23; i++) {
        clock.advance(20 * MINUTE);
        assert.equal((await busy.get("/staff")).statusCode, 200, `after ${(i + 1) * 20} min`);
      }
      clock.advance(20 * MINUTE);
      assert.equal((await busy.get("/staff")).statusCode, 303);
    });

    it("asks for the second factor again before user administration, and disabling ends sessions", async () => {
      const admin = await staff("admin");
      const worker = await staff("caseworker");
      const a = new HttpClient(app);
      await a.signIn(admin, clock.now());
      const w = new HttpClient(app);
      await w.signIn(worker, clock.now());
      // Signing in counts as a fresh second factor for five minutes.
      assert.equal((await a.get("/staff/admin/users")).statusCode, 200);
      clock.advance(6 * MINUTE);
      const gate = await a.get("/staff/admin/users");
      assert.equal(gate.statusCode, 303);
      assert.equal(gate.headers.location, "/staff/step-up?next=%2Fstaff%2Fadmin%2Fusers");
      await a.get(gate.headers.location as string);
      clock.advance(MINUTE);
      const wrong = await a.post("/staff/step-up", { code: "000000", next: "/staff/admin/users" });
      assert.equal(wrong.statusCode, 401);
      const up = await a.post("/staff/step-up", {
        code: totpCode(admin.secret, clock.now()),
        next: "/staff/admin/users",
      });
      assert.equal(up.statusCode, 303);
      const list = await a.get("/staff/admin/users");
      assert.equal(list.statusCode, 200);
      assert.match(list.body, new RegExp(worker.email.replace(/\./g, "\\.")));
      const disable = await a.post(`/staff/admin/users/${worker.user.id}/disable`);
      assert.equal(disable.statusCode, 303);
      assert.equal((await w.get("/staff")).statusCode, 303, "the disabled user is signed out");
      const added = await a.post("/staff/admin/users", {
        email: "fresh@example.org",
        role: "researcher",
      });
      assert.equal(added.statusCode, 200);
      assert.match(added.body, /\/staff\/enrol\/[A-Za-z0-9_-]{20,}/);
      clock.advance(6 * MINUTE);
      assert.equal((await a.get("/staff/admin/users")).statusCode, 303, "step-up lasts 5 minutes");
    });

    it("hides identity fields until revealed, audits the reveal, and answers other organisations with 404", async () => {
      const { incident } = await seedCase(t, { orgId, name: "Canary Revealname" });
      const worker = await staff("caseworker");
      const researcher = await staff("researcher");
      const outsider = await staff("admin", otherOrgId);
      const w = new HttpClient(app);
      await w.signIn(worker, clock.now());
      const page = await w.get(`/staff/incidents/${incident.id}`);
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /Canary Revealname/);
      assert.match(page.body, /Show identity data/);
      const revealed = await w.post(`/staff/incidents/${incident.id}/reveal`);
      assert.equal(revealed.statusCode, 200);
      assert.match(revealed.body, /Canary Revealname/);
      assert.match(revealed.body, /You are looking at identity data/);
      const events = await t.vault
        .db()
        .selectFrom("audit_events")
        .selectAll()
        .where("action", "=", "record.reveal")
        .where("actor", "=", `user:${worker.user.id}`)
        .execute();
      assert.ok(events.some((e) => e.record_id === incident.id));
      assert.ok(events.every((e) => !String(e.fields).includes("Canary")));

      const r = new HttpClient(app);
      await r.signIn(researcher, clock.now());
      const rPage = await r.get(`/staff/incidents/${incident.id}`);
      assert.equal(rPage.statusCode, 200);
      assert.doesNotMatch(rPage.body, /Show identity data/);
      assert.equal((await r.post(`/staff/incidents/${incident.id}/reveal`)).statusCode, 404);

      const o = new HttpClient(app);
      await o.signIn(outsider, clock.now());
      const foreign = await o.get(`/staff/incidents/${incident.id}`);
      const missing = await o.get(`/staff/incidents/${incident.id.replace(/.$/, "0")}`);
      assert.equal(foreign.statusCode, 404);
      assert.equal(missing.statusCode, 404);
      // Only the echoed address may differ (the language switch links back to the same path).
      const strip = (s: string, id: string) => s.replace(/value="[^"]*"/g, "").replaceAll(id, "ID");
      assert.equal(
        strip(foreign.body, String(incident.id)),
        strip(missing.body, String(incident.id).replace(/.$/, "0")),
      );
      assert.match(foreign.body, /name="_csrf" value="[^"]+"/, "sign-out still works from a 404");
    });
  });
}
