import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { listAudit, verifyAuditChain } from "../audit/audit.repository.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { SoftAuthenticator } from "../test-support/soft-authenticator.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { enrolledUser, seedOrganisation, testClock } from "./auth.factories.ts";
import { staffActor, type AuthUser, type StaffActor } from "./auth.types.ts";
import { beginWebauthnLogin, completeLogin, stepUp, verifyLogin } from "./login.ts";
import { resolveSession } from "./session.ts";
import { totpCode } from "./totp.ts";
import {
  beginWebauthnRegistration,
  finishWebauthnRegistration,
  listWebauthnCredentials,
  relyingParty,
  removeWebauthnCredential,
  verifyWebauthnAssertion,
  WEBAUTHN_CHALLENGE_MS,
  webauthnAuthenticationOptions,
} from "./webauthn.ts";

const rp = relyingParty();

for (const dialect of DIALECTS) {
  describe(`WebAuthn second factor on ${dialect}`, () => {
    let t: TestVault;
    let orgId: string;
    const clock = testClock();
    before(async () => {
      t = await createTestVault(dialect);
      orgId = await seedOrganisation(t);
    });
    after(async () => t.close());
    const ctx = () => ({ db: t.vault.db(), keys: t.vault.keys() });

    /** An enrolled user with a registered software key. */
    async function userWithKey(role: AuthUser["role"] = "caseworker") {
      const enrolled = await enrolledUser(t, { orgId, role, now: clock.now() });
      const actor = staffActor(enrolled.user);
      const key = new SoftAuthenticator(rp.origin);
      const options = await beginWebauthnRegistration({
        db: t.vault.db(),
        actor,
        now: clock.now(),
      });
      const response = key.createCredential(options);
      await finishWebauthnRegistration({ db: t.vault.db(), actor, response, now: clock.now() });
      return { ...enrolled, actor, key };
    }

    /** Password step, then WebAuthn options for the ticket. */
    async function passwordStep(u: { user: AuthUser; password: string }) {
      const step = await verifyLogin({
        ...ctx(),
        email: u.user.email,
        password: u.password,
        now: clock.now(),
      });
      assert.equal(step.status, "second_factor_required");
      const ticket = step.status === "second_factor_required" ? step.ticket : "";
      const options = await beginWebauthnLogin({ ...ctx(), ticket, now: clock.now() });
      assert.ok(options, "options for a valid ticket");
      return { ticket, options };
    }

    it("registration verifies and stores the credential, audited", async () => {
      const { user } = await enrolledUser(t, { orgId, now: clock.now() });
      const actor: StaffActor = staffActor(user);
      const key = new SoftAuthenticator(rp.origin);
      const db = t.vault.db();
      const options = await beginWebauthnRegistration({ db, actor, now: clock.now() });
      assert.equal(options.rp.id, rp.rpID);
      assert.equal(options.attestation, "none");
      assert.equal(options.authenticatorSelection?.userVerification, "preferred");
      assert.ok(!options.user.name.includes(user.email), "no e-mail on the key");
      const response = key.createCredential(options);
      const info = await finishWebauthnRegistration({
        db,
        actor,
        response,
        name: "blue key",
        now: clock.now(),
      });
      assert.equal(info.id, key.id);
      const row = await db
        .selectFrom("user_webauthn_credentials")
        .selectAll()
        .where("id", "=", key.id)
        .executeTakeFirstOrThrow();
      assert.equal(row.user_id, user.id);
      assert.deepEqual(Buffer.from(row.public_key, "base64url"), key.coseKey());
      assert.equal(Number(row.counter), 0);
      assert.deepEqual(JSON.parse(row.transports), ["usb"]);
      assert.equal(row.name, "blue key");
      const events = await listAudit(db, { recordType: "user", recordId: user.id });
      assert.ok(events.some((e) => e.action === "user.webauthn_register"));
      assert.equal(await verifyAuditChain(db), null);

      // The same response again: its challenge is used up.
      await assert.rejects(
        finishWebauthnRegistration({ db, actor, response, now: clock.now() }),
        ValidationError,
      );
      // A new key from a phishing origin, or for another RP ID, is refused and not stored.
      for (const over of [{ origin: "https://evil.example" }, { rpId: "evil.example" }]) {
        const other = new SoftAuthenticator(rp.origin);
        const opts = await beginWebauthnRegistration({ db, actor, now: clock.now() });
        await assert.rejects(
          finishWebauthnRegistration({
            db,
            actor,
            response: other.createCredential(opts, over),
            now: clock.now(),
          }),
          ValidationError,
        );
      }
      assert.deepEqual(
        (await listWebauthnCredentials(db, user.id)).map((c) => c.id),
        [key.id],
      );
      const next = await beginWebauthnRegistration({ db, actor, now: clock.now() });
      assert.deepEqual(
        next.excludeCredentials?.map((c) => c.id),
        [key.id],
        "the registered key is excluded",
      );
    });

    it("login with an assertion instead of a TOTP code creates a session", async () => {
      const u = await userWithKey();
      const { ticket, options } = await passwordStep(u);
      assert.equal(options.rpId, rp.rpID);
      assert.equal(options.userVerification, "preferred");
      assert.deepEqual(
        options.allowCredentials?.map((c) => c.id),
        [u.key.id],
      );
      const done = await completeLogin({
        ...ctx(),
        ticket,
        webauthn: u.key.getAssertion(options),
        now: clock.now(),
      });
      assert.equal(done.status, "signed_in");
      if (done.status !== "signed_in") return;
      assert.equal(done.actor.id, u.user.id);
      const resolved = await resolveSession(t.vault.db(), done.token, clock.now());
      assert.equal(resolved?.actor.id, u.user.id);
      const [cred] = await listWebauthnCredentials(t.vault.db(), u.user.id);
      assert.equal(cred?.lastUsedAt, clock.now().toISOString());
      const row = await t.vault
        .db()
        .selectFrom("user_webauthn_credentials")
        .select("counter")
        .where("id", "=", u.key.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(row.counter), 1);
      // A code and an assertion together are refused: exactly one second factor.
      const again = await passwordStep(u);
      const both = await completeLogin({
        ...ctx(),
        ticket: again.ticket,
        code: "123456",
        webauthn: u.key.getAssertion(again.options),
        now: clock.now(),
      });
      assert.equal(both.status, "failed");
    });

    it("a TOTP code still signs in a user who has a key (the code path is unchanged)", async () => {
      const u = await userWithKey();
      clock.advance(60_000);
      const { ticket } = await passwordStep(u);
      const r = await completeLogin({
        ...ctx(),
        ticket,
        code: totpCode(u.secret, clock.now()),
        now: clock.now(),
      });
      assert.equal(r.status, "signed_in");
    });

    it("refuses a replayed assertion (same challenge)", async () => {
      const u = await userWithKey();
      const { ticket, options } = await passwordStep(u);
      const assertion = u.key.getAssertion(options);
      const first = await completeLogin({
        ...ctx(),
        ticket,
        webauthn: assertion,
        now: clock.now(),
      });
      assert.equal(first.status, "signed_in");
      const sameTicket = await completeLogin({
        ...ctx(),
        ticket,
        webauthn: assertion,
        now: clock.now(),
      });
      assert.equal(sameTicket.status, "failed");
      const fresh = await passwordStep(u);
      const freshTicket = await completeLogin({
        ...ctx(),
        ticket: fresh.ticket,
        webauthn: assertion,
        now: clock.now(),
      });
      assert.equal(freshTicket.status, "failed");
    });

    it("refuses a counter that does not move forward (cloned authenticator), audited", async () => {
      const u = await userWithKey();
      u.key.signCount = 10;
      const ok = await passwordStep(u);
      const first = await completeLogin({
        ...ctx(),
        ticket: ok.ticket,
        webauthn: u.key.getAssertion(ok.options),
        now: clock.now(),
      });
      assert.equal(first.status, "signed_in");
      for (const signCount of [5, 11]) {
        const p = await passwordStep(u);
        const r = await completeLogin({
          ...ctx(),
          ticket: p.ticket,
          webauthn: u.key.getAssertion(p.options, { signCount }),
          now: clock.now(),
        });
        assert.equal(r.status, "failed", `counter ${signCount} after 11`);
      }
      const events = await listAudit(t.vault.db(), { recordType: "user", recordId: u.user.id });
      assert.equal(events.filter((e) => e.action === "user.webauthn_counter_regressed").length, 2);
      const p = await passwordStep(u);
      const later = await completeLogin({
        ...ctx(),
        ticket: p.ticket,
        webauthn: u.key.getAssertion(p.options),
        now: clock.now(),
      });
      assert.equal(later.status, "signed_in", "the genuine key, moving forward, still works");
    });

    it("refuses a wrong origin or RP ID", async () => {
      const u = await userWithKey();
      for (const over of [
        { origin: "https://evil.example" },
        { origin: rp.origin.replace(/^http:/, "https:") },
        { rpId: "evil.example" },
      ]) {
        const p = await passwordStep(u);
        const r = await completeLogin({
          ...ctx(),
          ticket: p.ticket,
          webauthn: u.key.getAssertion(p.options, over),
          now: clock.now(),
        });
        assert.equal(r.status, "failed", JSON.stringify(over));
      }
    });

    it("refuses an assertion from another user's credential, or for another user's challenge", async () => {
      const alice = await userWithKey();
      const bob = await userWithKey();
      const a = await passwordStep(alice);
      const withBobsKey = await completeLogin({
        ...ctx(),
        ticket: a.ticket,
        webauthn: bob.key.getAssertion(a.options),
        now: clock.now(),
      });
      assert.equal(withBobsKey.status, "failed");
      const b = await passwordStep(bob);
      const a2 = await passwordStep(alice);
      const onBobsChallenge = await completeLogin({
        ...ctx(),
        ticket: a2.ticket,
        webauthn: alice.key.getAssertion(b.options),
        now: clock.now(),
      });
      assert.equal(onBobsChallenge.status, "failed");
    });

    it("refuses an expired challenge, one never issued, and a login challenge for step-up", async () => {
      const u = await userWithKey();
      const db = t.vault.db();
      const now = clock.now();
      const opts = await webauthnAuthenticationOptions({
        db,
        userId: u.user.id,
        purpose: "login",
        now,
      });
      const late = new Date(now.getTime() + WEBAUTHN_CHALLENGE_MS);
      assert.equal(
        await verifyWebauthnAssertion(db, u.user.id, u.key.getAssertion(opts), "login", late),
        false,
      );
      const forged = u.key.getAssertion(opts, { challenge: "bm90LWlzc3VlZA" });
      assert.equal(await verifyWebauthnAssertion(db, u.user.id, forged, "login", now), false);
      const loginOpts = await webauthnAuthenticationOptions({
        db,
        userId: u.user.id,
        purpose: "login",
        now,
      });
      const asStepUp = u.key.getAssertion(loginOpts);
      assert.equal(await verifyWebauthnAssertion(db, u.user.id, asStepUp, "step_up", now), false);
    });

    it("steps up with an assertion", async () => {
      const u = await userWithKey();
      const p = await passwordStep(u);
      const done = await completeLogin({
        ...ctx(),
        ticket: p.ticket,
        webauthn: u.key.getAssertion(p.options),
        now: clock.now(),
      });
      assert.equal(done.status, "signed_in");
      if (done.status !== "signed_in") return;
      const opts = await webauthnAuthenticationOptions({
        db: t.vault.db(),
        userId: u.user.id,
        purpose: "step_up",
        now: clock.now(),
      });
      const r = await stepUp({
        ...ctx(),
        actor: done.actor,
        sessionId: done.session.id,
        webauthn: u.key.getAssertion(opts),
        now: clock.now(),
      });
      assert.equal(r.status, "stepped_up");
    });

    it("keeps a counter above 2^31 (WebAuthn counters are unsigned 32-bit)", async () => {
      const u = await userWithKey();
      u.key.signCount = 3_000_000_000;
      const p = await passwordStep(u);
      const r = await completeLogin({
        ...ctx(),
        ticket: p.ticket,
        webauthn: u.key.getAssertion(p.options),
        now: clock.now(),
      });
      assert.equal(r.status, "signed_in");
      const row = await t.vault
        .db()
        .selectFrom("user_webauthn_credentials")
        .select("counter")
        .where("id", "=", u.key.id)
        .executeTakeFirstOrThrow();
      assert.equal(Number(row.counter), 3_000_000_001);
    });

    it("removal: only the owner or an admin of the organisation, audited; the key stops working", async () => {
      const u = await userWithKey();
      const stranger = await enrolledUser(t, { orgId, role: "editor", now: clock.now() });
      const db = t.vault.db();
      await assert.rejects(
        removeWebauthnCredential({
          db,
          actor: staffActor(stranger.user),
          userId: u.user.id,
          credentialId: u.key.id,
          now: clock.now(),
        }),
        NotFoundError,
      );
      const admin = await enrolledUser(t, { orgId, role: "admin", now: clock.now() });
      await removeWebauthnCredential({
        db,
        actor: staffActor(admin.user),
        userId: u.user.id,
        credentialId: u.key.id,
        now: clock.now(),
      });
      assert.deepEqual(await listWebauthnCredentials(db, u.user.id), []);
      const events = await listAudit(db, { recordType: "user", recordId: u.user.id });
      const removal = events.find((e) => e.action === "user.webauthn_remove");
      assert.equal(removal?.actor, `user:${admin.user.id}`);
      assert.equal(await verifyAuditChain(db), null);
      const p = await passwordStep(u);
      const r = await completeLogin({
        ...ctx(),
        ticket: p.ticket,
        webauthn: u.key.getAssertion(p.options),
        now: clock.now(),
      });
      assert.equal(r.status, "failed");
    });
  });
}
