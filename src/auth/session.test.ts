import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { listAudit, verifyAuditChain } from "../audit/audit.repository.ts";
import { ForbiddenError } from "../errors.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { createApiToken, listApiTokens, resolveApiToken, revokeApiToken } from "./api-token.ts";
import { enrolledUser, seedOrganisation, testClock } from "./auth.factories.ts";
import { staffActor, type AuthUser } from "./auth.types.ts";
import { stepUp } from "./login.ts";
import {
  createSession,
  listSessions,
  pruneSessions,
  requireStepUp,
  resolveSession,
  revokeAllSessions,
  revokeSession,
  sessionLimits,
} from "./session.ts";
import { totpCode } from "./totp.ts";
import { disableUser } from "./user.commands.ts";

const MIN = 60_000;

describe("session limits", () => {
  it("may be lowered by configuration, never raised", () => {
    assert.deepEqual(sessionLimits(), { idleMs: 30 * MIN, absoluteMs: 8 * 60 * MIN });
    assert.deepEqual(sessionLimits({ idleMinutes: 10, absoluteHours: 2 }), {
      idleMs: 10 * MIN,
      absoluteMs: 2 * 60 * MIN,
    });
    assert.deepEqual(sessionLimits({ idleMinutes: 600, absoluteHours: 48 }), sessionLimits());
    assert.deepEqual(sessionLimits({ idleMinutes: -5, absoluteHours: NaN }), {
      idleMs: MIN,
      absoluteMs: 8 * 60 * MIN,
    });
  });
});

for (const dialect of DIALECTS) {
  describe(`sessions and API tokens on ${dialect}`, () => {
    let t: TestVault;
    let user: AuthUser;
    let secret: string;
    const clock = testClock();
    before(async () => {
      t = await createTestVault(dialect);
      const orgId = await seedOrganisation(t);
      ({ user, secret } = await enrolledUser(t, { orgId, now: clock.now() }));
    });
    after(async () => t.close());
    const db = () => t.vault.db();
    const open = (now: Date) => createSession(db(), { user, now, userAgentFamily: "Firefox" });

    it("ends after 30 idle minutes", async () => {
      const start = clock.advance(MIN);
      const { token } = await open(start);
      const at = (m: number) => new Date(start.getTime() + m * MIN);
      assert.ok(await resolveSession(db(), token, at(29)), "29 minutes idle is fine");
      assert.ok(await resolveSession(db(), token, at(58)), "activity moved the idle clock");
      assert.ok(await resolveSession(db(), token, at(58 + 29)));
      assert.equal(await resolveSession(db(), token, at(87 + 30)), null, "30 idle minutes end it");
      assert.equal(await resolveSession(db(), "not-a-token", at(1)), null);
    });

    it("ends 8 hours after sign-in however active, and sooner when configured", async () => {
      const start = clock.advance(MIN);
      const { token } = await open(start);
      let last = null;
      for (let m = 20; m < 8 * 60; m += 20)
        last = await resolveSession(db(), token, new Date(start.getTime() + m * MIN));
      assert.ok(last, "still live after 7 h 40 min of activity");
      const eight = new Date(start.getTime() + 8 * 60 * MIN);
      assert.equal(await resolveSession(db(), token, eight), null);
      const other = await open(start);
      const lowered = sessionLimits({ absoluteHours: 1 });
      const hour = new Date(start.getTime() + 60 * MIN);
      assert.equal(await resolveSession(db(), other.token, hour, lowered), null);
    });

    it("lists a user's live sessions and revokes one, then all the others", async () => {
      const now = clock.advance(9 * 60 * MIN);
      const actor = staffActor(user);
      const a = await open(now);
      const b = await open(now);
      const c = await open(now);
      const live = await listSessions(db(), user.id, now);
      assert.deepEqual(live.map((s) => s.id).sort(), [a, b, c].map((x) => x.session.id).sort());
      assert.equal(live[0]!.userAgentFamily, "Firefox");
      const revoke = { actor, userId: user.id, sessionId: b.session.id, now };
      assert.equal(await revokeSession(db(), revoke), true);
      assert.equal(await revokeSession(db(), { ...revoke, userId: "someone-else" }), false);
      assert.equal(await resolveSession(db(), b.token, now), null);
      const ended = await revokeAllSessions(db(), { actor, userId: user.id, now }, a.session.id);
      assert.ok(ended >= 1);
      assert.ok(await resolveSession(db(), a.token, now));
      assert.equal(await resolveSession(db(), c.token, now), null);
      assert.ok((await pruneSessions(db(), new Date(now.getTime() + 9 * 60 * MIN))) >= 1);
    });

    it("step-up lasts five minutes and needs a fresh second factor", async () => {
      const now = clock.advance(MIN);
      const { token, session } = await open(now);
      requireStepUp(session, now);
      const later = new Date(now.getTime() + 6 * MIN);
      const s = (await resolveSession(db(), token, later))!.session;
      assert.throws(() => requireStepUp(s, later), ForbiddenError);
      const props = { db: db(), keys: t.vault.keys(), actor: staffActor(user), sessionId: s.id };
      const code = totpCode(secret, later);
      assert.deepEqual(await stepUp({ ...props, code, now: later }), { status: "stepped_up" });
      assert.deepEqual(await stepUp({ ...props, code, now: later }), { status: "failed" });
      const again = (await resolveSession(db(), token, later))!.session;
      requireStepUp(again, new Date(later.getTime() + 4 * MIN));
      assert.throws(
        () => requireStepUp(again, new Date(later.getTime() + 5 * MIN)),
        ForbiddenError,
      );
    });

    it("API tokens: shown once, stored hashed, expiring and revocable", async () => {
      const now = clock.advance(MIN);
      const base = { db: db(), actor: t.actor, userId: user.id, now };
      const { token, info } = await createApiToken({ ...base, name: "analysis", expiresInDays: 7 });
      assert.match(token, /^tnr_[A-Za-z0-9_-]{43}$/);
      const stored = JSON.stringify(await db().selectFrom("api_tokens").selectAll().execute());
      assert.equal(stored.includes(token.slice(4)), false);
      assert.equal((await resolveApiToken(db(), token, now))?.actor.id, user.id);
      assert.equal(await resolveApiToken(db(), token.replace("tnr_", "xyz_"), now), null);
      const week = new Date(now.getTime() + 7 * 24 * 60 * MIN);
      assert.equal(await resolveApiToken(db(), token, week), null, "expired");
      const second = await createApiToken({ ...base, name: "sync" });
      assert.equal(await revokeApiToken({ ...base, tokenId: second.info.id }), true);
      assert.equal(await revokeApiToken({ ...base, tokenId: second.info.id }), false);
      assert.equal(await resolveApiToken(db(), second.token, now), null, "revoked");
      assert.deepEqual(
        (await listApiTokens(db(), user.id)).map((x) => x.id).sort(),
        [info.id, second.info.id].sort(),
      );
    });

    it("disabling an account ends all its sessions and tokens at once", async () => {
      const now = clock.advance(MIN);
      const sessions = [await open(now), await open(now)];
      const api = await createApiToken({
        db: db(),
        actor: t.actor,
        userId: user.id,
        name: "x",
        now,
      });
      const r = await disableUser({ db: db(), actor: t.actor, userId: user.id, now });
      assert.ok(r.sessionsEnded >= 2);
      assert.ok(r.tokensRevoked >= 1);
      for (const s of sessions) assert.equal(await resolveSession(db(), s.token, now), null);
      assert.equal(await resolveApiToken(db(), api.token, now), null);
      const actions = (await listAudit(db())).map((e) => e.action);
      for (const a of ["session.create", "session.revoke", "session.revoke_all", "session.step_up"])
        assert.ok(actions.includes(a), a);
      for (const a of ["api_token.create", "api_token.revoke", "user.disable"])
        assert.ok(actions.includes(a), a);
      assert.equal(await verifyAuditChain(db()), null);
    });
  });
}
