import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { KyselyPlugin } from "kysely";
import { seedDemo } from "../demo/seed-demo.ts";
import { orgId } from "../demo/organisations.ts";
import { RECORD_SPECS } from "../records/registry.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { testClock } from "./auth.factories.ts";
import type { StaffActor } from "./auth.types.ts";
import { createGrant, revokeGrant } from "./grant.repository.ts";
import { can } from "./policy.ts";
import {
  ACCESS_RULES,
  onlyVisible,
  recordResources,
  resourceForNewRecord,
} from "./record-access.ts";

/** Counts the statements a Kysely instance runs (to prove a page costs a fixed few). */
function queryCounter(): KyselyPlugin & { count: number } {
  const plugin = {
    count: 0,
    transformQuery(args: { node: any }) {
      plugin.count++;
      return args.node;
    },
    async transformResult(args: { result: any }) {
      return args.result;
    },
  };
  return plugin;
}

const A = orgId("demo_rights_centre");
const B = orgId("demo_exile_network");
const actor = (
  org: string,
  role: StaffActor["role"] = "caseworker",
  id = `user-${org.slice(0, 6)}`,
): StaffActor => ({
  kind: "user",
  id,
  orgId: org,
  role,
});

for (const dialect of DIALECTS) {
  describe(`record access on ${dialect}`, () => {
    let t: TestVault;
    const clock = testClock("2026-11-29T09:00:00.000Z");
    before(async () => {
      t = await createTestVault(dialect);
      await seedDemo(
        { db: t.vault.db(), keys: t.vault.keys(), dialect, dataDir: t.config.dataDir },
        t.actor,
      );
    });
    after(async () => t.close());

    /** Ids the list filter lets through, and ids `can(view)` allows — they must be the same set. */
    async function visibleBothWays(who: StaffActor, type: string, table: string) {
      const db = t.vault.db();
      const all = (await db.selectFrom(table).select("id").execute()).map((r) => String(r.id));
      const listed = (
        await onlyVisible(db.selectFrom(`${table} as r`).select("r.id"), who, type).execute()
      ).map((r: any) => String(r.id));
      const resources = await recordResources(db, who, type, all);
      const allowed = all.filter((id) => can(who, "view", resources.get(id)!));
      return { all, listed: listed.sort(), allowed: allowed.sort() };
    }

    it("has a rule for every record type", () => {
      assert.deepEqual(Object.keys(ACCESS_RULES).sort(), RECORD_SPECS.map((s) => s.type).sort());
    });

    it("resolves every demo record to its own organisation, and lists exactly what can(view) allows", async () => {
      for (const spec of RECORD_SPECS) {
        const who = actor(A);
        const { all, listed, allowed } = await visibleBothWays(who, spec.type, spec.table);
        assert.deepEqual(listed, allowed, spec.type);
        const resources = await recordResources(t.vault.db(), who, spec.type, all);
        assert.equal(resources.size, all.length, spec.type);
        if (!spec.orgScoped) {
          assert.equal(listed.length, all.length, `${spec.type} is reference data`);
          assert.ok(
            all.every((id) => !can(who, "reveal_identity", resources.get(id)!)),
            spec.type,
          );
          continue;
        }
        const rows = await t.vault.db().selectFrom(spec.table).select(["id", "org_id"]).execute();
        for (const r of rows)
          assert.equal(resources.get(String(r.id))!.orgId, r.org_id, `${spec.type} ${r.id}`);
        // No grants in the demo: exactly the organisation's own records.
        const own = rows.filter((r) => r.org_id === A).map((r) => String(r.id));
        assert.deepEqual(listed, own.sort(), spec.type);
      }
    });

    it("shares a case's records and its victims through a grant, at the grant's level, until revoked", async () => {
      const db = t.vault.db();
      const now = clock.now();
      const act = await db
        .selectFrom("acts")
        .select(["incident_id", "victim_id"])
        .where("org_id", "=", A)
        .executeTakeFirstOrThrow();
      const b = actor(B);
      const before = await recordResources(db, b, "person", [act.victim_id]);
      assert.equal(can(b, "view", before.get(act.victim_id)!), false);
      const grant = await createGrant({
        db,
        actor: t.actor,
        incidentId: act.incident_id,
        grantee: { orgId: B },
        level: "read",
        now,
      });
      try {
        for (const type of [
          "incident",
          "act",
          "person",
          "person_identity",
          "risk_assessment",
          "information",
          "custody_event",
        ]) {
          const spec = RECORD_SPECS.find((s) => s.type === type)!;
          const { listed, allowed } = await visibleBothWays(b, type, spec.table);
          assert.deepEqual(listed, allowed, type);
        }
        const victim = (await recordResources(db, b, "person", [act.victim_id])).get(
          act.victim_id,
        )!;
        assert.equal(can(b, "view", victim), true);
        assert.equal(can(b, "reveal_identity", victim), false);
        const incidentRes = (await recordResources(db, b, "incident", [act.incident_id])).get(
          act.incident_id,
        )!;
        assert.equal(can(b, "view", incidentRes), true);
        assert.equal(can(b, "edit", incidentRes), false);
        assert.equal(can(actor(B, "researcher", "r-b"), "view", incidentRes), true);
        const forNew = await resourceForNewRecord(db, b, "act", { incident_id: act.incident_id });
        assert.equal(can(b, "view", forNew!), true);
        assert.equal(
          await resourceForNewRecord(db, b, "act", { incident_id: "no-such-incident" }),
          null,
        );
      } finally {
        await revokeGrant({ db, actor: t.actor, grantId: grant.id, now });
      }
      const after = await recordResources(db, b, "person", [act.victim_id]);
      assert.equal(can(b, "view", after.get(act.victim_id)!), false);
    });

    it("resolves a whole page in at most three queries, whatever its size", async () => {
      for (const type of [
        "custody_event",
        "legal_proceeding",
        "proceeding_event",
        "person_identity",
        "organisation",
      ]) {
        const spec = RECORD_SPECS.find((s) => s.type === type)!;
        const ids = (await t.vault.db().selectFrom(spec.table).select("id").execute()).map((r) =>
          String(r.id),
        );
        const counter = queryCounter();
        const resources = await recordResources(
          t.vault.db().withPlugin(counter),
          actor(A),
          type,
          ids,
        );
        assert.equal(resources.size, ids.length, type);
        assert.ok(
          counter.count <= 3,
          `${type}: ${counter.count} queries for ${ids.length} records`,
        );
      }
    });
  });
}
