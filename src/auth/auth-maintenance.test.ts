import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { enrolledUser, seedOrganisation, testClock } from "./auth.factories.ts";
import { pruneAuthState } from "./auth-maintenance.ts";
import { createUser } from "./enrolment.ts";
import { createSession, resolveSession } from "./session.ts";
import { recordFailure } from "./throttle.ts";

for (const dialect of DIALECTS) {
  describe(`pruning sign-in state on ${dialect}`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    it("removes dead sessions, spent links and stale throttle rows, and keeps live ones", async () => {
      const clock = testClock();
      const db = t.vault.db();
      const orgId = await seedOrganisation(t);
      const { user } = await enrolledUser(t, { orgId, now: clock.now() });
      const old = await createSession(db, { user, now: clock.now() });
      await createUser({
        db,
        keys: t.vault.keys(),
        actor: t.actor,
        orgId,
        email: "late@example.org",
        role: "researcher",
        now: clock.now(),
      });
      await recordFailure(db, "some-account-key", clock.now());
      clock.advance(9 * 3600_000);
      const fresh = await createSession(db, { user, now: clock.now() });
      clock.advance(2 * 24 * 3600_000 - 9 * 3600_000 + 60_000);
      const live = await createSession(db, { user, now: clock.now() });
      const removed = await pruneAuthState(db, clock.now());
      assert.ok(removed.sessions! >= 2, "the old and the fresh session are past their 8 hours");
      assert.equal(removed.enrolment_tokens, 1);
      assert.equal(removed.login_throttle, 1);
      assert.equal(await resolveSession(db, old.token, clock.now()), null);
      assert.equal(await resolveSession(db, fresh.token, clock.now()), null);
      assert.ok(await resolveSession(db, live.token, clock.now()));
    });
  });
}
