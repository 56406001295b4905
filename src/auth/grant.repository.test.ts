import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { listAudit } from "../audit/audit.repository.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { enrolledUser, seedOrganisation, testClock } from "./auth.factories.ts";
import { staffActor } from "./auth.types.ts";
import { createGrant, grantsForIncident, revokeGrant } from "./grant.repository.ts";
import { authorize, can } from "./policy.ts";

for (const dialect of DIALECTS) {
  describe(`grants on ${dialect}`, () => {
    let t: TestVault;
    const clock = testClock();
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    it("share a case with a user or an organisation until revoked, and feed the policy", async () => {
      const now = clock.now();
      const db = t.vault.db();
      const { org, incident } = await seedCase(t);
      const partnerOrg = await seedOrganisation(t);
      const { user: partner } = await enrolledUser(t, { orgId: partnerOrg, now });
      const { user: researcher } = await enrolledUser(t, {
        orgId: partnerOrg,
        role: "researcher",
        now,
      });
      const load = async () => ({
        orgId: org.id as string,
        grants: await grantsForIncident(db, incident.id),
      });
      assert.equal(can(staffActor(partner), "view", await load()), false);

      const base = { db, actor: t.actor, incidentId: incident.id, now };
      const toUser = await createGrant({
        ...base,
        grantee: { userId: partner.id },
        level: "write",
      });
      await createGrant({ ...base, grantee: { orgId: partnerOrg }, level: "read_identities" });
      const shared = await load();
      assert.equal(shared.grants.length, 2);
      assert.equal(can(staffActor(partner), "edit", shared), true);
      assert.equal(can(staffActor(partner), "reveal_identity", shared), true);
      assert.equal(can(staffActor(partner), "publish", shared), false);
      assert.equal(can(staffActor(researcher), "view", shared), true);
      assert.equal(can(staffActor(researcher), "reveal_identity", shared), false);

      assert.equal(await revokeGrant({ db, actor: t.actor, grantId: toUser.id, now }), true);
      assert.equal(await revokeGrant({ db, actor: t.actor, grantId: toUser.id, now }), false);
      const after = await load();
      assert.equal(can(staffActor(partner), "edit", after), false);
      assert.equal(authorize(staffActor(partner), "view", after), after);

      await assert.rejects(
        createGrant({
          ...base,
          incidentId: "no-such-incident",
          grantee: { orgId: partnerOrg },
          level: "read",
        }),
        NotFoundError,
      );
      await assert.rejects(
        createGrant({ ...base, grantee: { userId: "nobody" }, level: "read" }),
        ValidationError,
      );
      await assert.rejects(
        createGrant({ ...base, grantee: { orgId: partnerOrg }, level: "admin" as never }),
        ValidationError,
      );
      const actions = (await listAudit(db, { recordType: "grant" })).map((e) => e.action);
      assert.deepEqual(actions, ["grant.create", "grant.create", "grant.revoke"]);
    });
  });
}
