import assert from "node:assert/strict";
import { Algorithm, hash } from "@node-rs/argon2";
import { after, before, describe, it } from "node:test";
import { listAudit, verifyAuditChain } from "../audit/audit.repository.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { emailLookup } from "./auth-crypto.ts";
import { enrolledUser, seedOrganisation, testClock } from "./auth.factories.ts";
import { beginEnrolment, completeEnrolment, createUser } from "./enrolment.ts";
import { completeLogin, verifyLogin } from "./login.ts";
import { needsRehash } from "./password.ts";
import { remainingRecoveryCodes } from "./recovery-codes.ts";
import { resolveSession } from "./session.ts";
import { totpCode } from "./totp.ts";
import { findUserByEmail } from "./user.repository.ts";

for (const dialect of DIALECTS) {
  describe(`enrolment and sign-in on ${dialect}`, () => {
    let t: TestVault;
    let orgId: string;
    const clock = testClock();
    before(async () => {
      t = await createTestVault(dialect);
      orgId = await seedOrganisation(t);
    });
    after(async () => t.close());
    const ctx = () => ({ db: t.vault.db(), keys: t.vault.keys() });

    it("stores no e-mail, password, TOTP secret, token or recovery code in the clear", async () => {
      const email = "Canary.Staff@Example.org";
      const now = clock.now();
      const { token } = await createUser({
        ...ctx(),
        actor: t.actor,
        orgId,
        email,
        role: "editor",
        now,
      });
      assert.ok(Buffer.from(token, "base64url").length >= 16, "token of at least 128 bits");
      const { secret, uri } = await beginEnrolment({ ...ctx(), token, now });
      assert.equal(
        (await beginEnrolment({ ...ctx(), token, now })).secret,
        secret,
        "same on reload",
      );
      assert.match(uri, /^otpauth:\/\/totp\//);
      const password = "violet harbour lantern 42";
      const { user, recoveryCodes } = await completeEnrolment({
        ...ctx(),
        token,
        password,
        totpCode: totpCode(secret, now),
        now,
      });
      assert.equal(user.email, "canary.staff@example.org");
      assert.equal(user.enrolled, true);
      assert.equal(recoveryCodes.length, 10);
      const db = t.vault.db();
      const dump = JSON.stringify([
        await db.selectFrom("users").selectAll().execute(),
        await db.selectFrom("user_totp").selectAll().execute(),
        await db.selectFrom("user_recovery_codes").selectAll().execute(),
        await db.selectFrom("enrolment_tokens").selectAll().execute(),
        await db.selectFrom("audit_events").selectAll().execute(),
      ]).toLowerCase();
      for (const secretValue of [email, password, secret, token, ...recoveryCodes])
        assert.equal(dump.includes(secretValue.toLowerCase()), false, "no plaintext secret stored");
      assert.ok(await findUserByEmail(db, t.vault.keys(), "  CANARY.staff@example.ORG "));
      assert.equal(await verifyAuditChain(db), null);
    });

    it("refuses a used, expired or unknown enrolment link, a weak password and a wrong code", async () => {
      const now = clock.now();
      const { token } = await createUser({
        ...ctx(),
        actor: t.actor,
        orgId,
        email: "late@example.org",
        role: "researcher",
        now,
      });
      const { secret } = await beginEnrolment({ ...ctx(), token, now });
      const base = { ...ctx(), token, totpCode: totpCode(secret, now), now };
      await assert.rejects(
        completeEnrolment({ ...base, password: "password1234" }),
        ValidationError,
      );
      await assert.rejects(
        completeEnrolment({ ...base, password: "violet harbour lantern 42", totpCode: "000000" }),
        ValidationError,
      );
      const later = new Date(now.getTime() + 24 * 3600_000);
      await assert.rejects(
        completeEnrolment({ ...base, password: "violet harbour lantern 42", now: later }),
        NotFoundError,
      );
      await assert.rejects(
        completeEnrolment({
          ...base,
          token: "x".repeat(43),
          password: "violet harbour lantern 42",
        }),
        NotFoundError,
      );
      await completeEnrolment({ ...base, password: "violet harbour lantern 42" });
      await assert.rejects(
        completeEnrolment({ ...base, password: "violet harbour lantern 42" }),
        NotFoundError,
      );
      await assert.rejects(
        createUser({
          ...ctx(),
          actor: t.actor,
          orgId,
          email: "LATE@example.org",
          role: "admin",
          now,
        }),
        ValidationError,
      );
    });

    it("a password alone never yields a session; TOTP completes sign-in once per code", async () => {
      const now = clock.advance(60_000);
      const u = await enrolledUser(t, { orgId, now });
      const later = clock.advance(30_000);
      const step = await verifyLogin({
        ...ctx(),
        email: u.user.email,
        password: u.password,
        now: later,
      });
      assert.equal(step.status, "second_factor_required");
      if (step.status !== "second_factor_required") return;
      assert.equal(
        await t.vault.db().selectFrom("sessions").selectAll().executeTakeFirst(),
        undefined,
      );
      const code = totpCode(u.secret, later);
      const done = await completeLogin({ ...ctx(), ticket: step.ticket, code, now: later });
      assert.equal(done.status, "signed_in");
      if (done.status !== "signed_in") return;
      assert.equal(Buffer.from(done.token, "base64url").length, 32);
      const resolved = await resolveSession(t.vault.db(), done.token, later);
      assert.equal(resolved?.actor.id, u.user.id);
      const replay = await completeLogin({ ...ctx(), ticket: step.ticket, code, now: later });
      assert.equal(replay.status, "failed", "a TOTP code works once");
      const forged = await completeLogin({ ...ctx(), ticket: `${step.ticket}x`, code, now: later });
      assert.equal(forged.status, "failed");
      const stale = new Date(later.getTime() + 6 * 60_000);
      const expired = await completeLogin({
        ...ctx(),
        ticket: step.ticket,
        code: totpCode(u.secret, stale),
        now: stale,
      });
      assert.equal(expired.status, "failed", "a ticket lasts five minutes");
    });

    it("upgrades a password hash made with weaker parameters at the next sign-in", async () => {
      const clock = testClock();
      const orgId = await seedOrganisation(t);
      const u = await enrolledUser(t, { orgId, now: clock.now() });
      const weak = await hash(u.password, {
        algorithm: Algorithm.Argon2id,
        memoryCost: 8192,
        timeCost: 1,
        parallelism: 1,
      });
      await t.vault
        .db()
        .updateTable("users")
        .set({ password_hash: weak })
        .where("id", "=", u.user.id)
        .execute();
      assert.equal(needsRehash(weak), true);
      const step = await verifyLogin({
        db: t.vault.db(),
        keys: t.vault.keys(),
        email: u.user.email,
        password: u.password,
        now: clock.now(),
      });
      assert.equal(step.status, "second_factor_required");
      const row = await t.vault
        .db()
        .selectFrom("users")
        .select("password_hash")
        .where("id", "=", u.user.id)
        .executeTakeFirstOrThrow();
      assert.notEqual(row.password_hash, weak);
      assert.equal(needsRehash(row.password_hash), false);
      assert.match(row.password_hash, /m=19456,t=2,p=1/);
    });

    it("a recovery code signs in once", async () => {
      const now = clock.advance(60_000);
      const u = await enrolledUser(t, { orgId, now });
      const code = u.recoveryCodes[3]!;
      const login = async () => {
        const step = await verifyLogin({
          ...ctx(),
          email: u.user.email,
          password: u.password,
          now,
        });
        assert.equal(step.status, "second_factor_required");
        return step.status === "second_factor_required"
          ? completeLogin({ ...ctx(), ticket: step.ticket, code: code.toLowerCase(), now })
          : step;
      };
      assert.equal((await login()).status, "signed_in");
      assert.equal((await login()).status, "failed");
      assert.equal(await remainingRecoveryCodes(t.vault.db(), u.user.id), 9);
      const actions = (await listAudit(t.vault.db())).map((e) => e.action);
      assert.ok(actions.includes("user.recovery_code_use"));
    });

    it("throttles per account with growing delays; unknown accounts answer the same", async () => {
      const now = clock.advance(60_000);
      const u = await enrolledUser(t, { orgId, now });
      const other = await enrolledUser(t, { orgId, now });
      for (const email of [u.user.email, "nobody@example.org"]) {
        const attempt = (password: string, at: Date) =>
          verifyLogin({ ...ctx(), email, password, now: at });
        for (let i = 0; i < 3; i++)
          assert.deepEqual(await attempt("wrong password here", now), { status: "failed" });
        assert.deepEqual(await attempt("wrong password here", now), { status: "failed" });
        // Four failures: one second to wait, even with the right password.
        assert.deepEqual(await attempt(u.password, now), {
          status: "throttled",
          retryAfterSeconds: 1,
        });
        const t1 = new Date(now.getTime() + 1000);
        assert.deepEqual(await attempt("wrong password here", t1), { status: "failed" });
        assert.deepEqual(await attempt(u.password, t1), {
          status: "throttled",
          retryAfterSeconds: 2,
        });
      }
      // Another account is not affected.
      const ok = await verifyLogin({
        ...ctx(),
        email: other.user.email,
        password: other.password,
        now,
      });
      assert.equal(ok.status, "second_factor_required");
      // After the wait, the right password and code sign in and reset the count.
      const t3 = new Date(now.getTime() + 3000);
      const step = await verifyLogin({
        ...ctx(),
        email: u.user.email,
        password: u.password,
        now: t3,
      });
      assert.equal(step.status, "second_factor_required");
      if (step.status !== "second_factor_required") return;
      const wrong = await completeLogin({ ...ctx(), ticket: step.ticket, code: "000000", now: t3 });
      assert.equal(wrong.status, "failed", "wrong codes count as failures too");
      const t20 = new Date(now.getTime() + 35_000); // the enrolment used the step of `now`
      const code = totpCode(u.secret, t20);
      const done = await completeLogin({ ...ctx(), ticket: step.ticket, code, now: t20 });
      assert.equal(done.status, "signed_in");
      const throttled = async (email: string) =>
        t.vault
          .db()
          .selectFrom("login_throttle")
          .selectAll()
          .where("account_key", "=", emailLookup(t.vault.keys(), email))
          .executeTakeFirst();
      assert.equal(await throttled(u.user.email), undefined, "a full sign-in resets the count");
      assert.ok(await throttled("nobody@example.org"), "the unknown e-mail's failures remain");
      const failed = (await listAudit(t.vault.db())).filter((e) => e.action === "login.failed");
      assert.ok(failed.length >= 10);
    });

    it("stops at fifteen minutes between attempts", async () => {
      let at = clock.advance(60_000);
      let last: Awaited<ReturnType<typeof verifyLogin>> | null = null;
      for (let i = 0; i < 16; i++) {
        last = await verifyLogin({ ...ctx(), email: "target@example.org", password: "x", now: at });
        if (last.status === "throttled")
          at = new Date(at.getTime() + last.retryAfterSeconds * 1000);
        else at = new Date(at.getTime());
      }
      const wait = await verifyLogin({
        ...ctx(),
        email: "target@example.org",
        password: "x",
        now: at,
      });
      assert.equal(wait.status, "throttled");
      if (wait.status === "throttled") assert.ok(wait.retryAfterSeconds <= 15 * 60);
    });
  });
}
