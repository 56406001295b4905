import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ConflictError, ValidationError } from "../errors.ts";
import { incidentSpec, attributionSpec } from "../incidents/incident.schema.ts";
import { personIdentitySpec } from "../persons/person.schema.ts";
import { listAudit } from "../audit/audit.repository.ts";
import { buildIncident, seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { saveChanges, saveNewRecord } from "./record.commands.ts";
import { getRecord, recordHistory } from "./record.repository.ts";

for (const dialect of DIALECTS) {
  describe(`records on ${dialect}`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    it("stores protected fields as ciphertext and reads them back", async () => {
      const { identity } = await seedCase(t, { name: "CANARY-Name-7731" });
      const raw = await t.vault
        .db()
        .selectFrom("person_identities")
        .selectAll()
        .where("id", "=", identity.id)
        .executeTakeFirstOrThrow();
      assert.doesNotMatch(JSON.stringify(raw), /CANARY/);
      assert.match(String(raw.full_name), /^g1\./);
      const back = await getRecord(t.vault.db(), t.vault.keys(), personIdentitySpec, identity.id);
      assert.equal(back.full_name, "CANARY-Name-7731");
      assert.deepEqual(back.contacts, [{ kind: "phone", value: "+995 500 000 099" }]);
    });

    it("refuses a ciphertext moved to another record (the record id is bound in)", async () => {
      const a = await seedCase(t, { name: "First Person" });
      const b = await seedCase(t, { name: "Second Person" });
      const db = t.vault.db();
      const rawA = await db
        .selectFrom("person_identities")
        .select(["full_name"])
        .where("id", "=", a.identity.id)
        .executeTakeFirstOrThrow();
      await db
        .updateTable("person_identities")
        .set({ full_name: rawA.full_name })
        .where("id", "=", b.identity.id)
        .execute();
      await assert.rejects(
        getRecord(db, t.vault.keys(), personIdentitySpec, b.identity.id),
        /authentication/,
      );
    });

    it("keeps every earlier version and refuses a stale edit", async () => {
      const { incident } = await seedCase(t);
      const base = {
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        spec: incidentSpec,
        id: incident.id,
      };
      const v2 = await saveChanges({
        ...base,
        expectedVersion: 1,
        changes: { title: "Second title", internal_summary: "secret note" },
      });
      assert.equal(v2.version, 2);
      await assert.rejects(
        saveChanges({ ...base, expectedVersion: 1, changes: { title: "Lost update" } }),
        ConflictError,
      );
      const history = await recordHistory(t.vault.db(), t.vault.keys(), "incident", incident.id);
      assert.equal(history.length, 1);
      assert.equal(history[0]!.snapshot.title, incident.title);
      const current = await getRecord(t.vault.db(), t.vault.keys(), incidentSpec, incident.id);
      assert.equal(current.title, "Second title");
      assert.equal(current.internal_summary, "secret note");
    });

    it("audits every change with field names and never values", async () => {
      const { incident } = await seedCase(t);
      await saveChanges({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        spec: incidentSpec,
        id: incident.id,
        expectedVersion: 1,
        changes: { internal_summary: "AUDIT-CANARY" },
      });
      const events = await listAudit(t.vault.db(), {
        recordType: "incident",
        recordId: incident.id,
      });
      assert.deepEqual(
        events.map((e) => e.action),
        ["create", "update"],
      );
      assert.deepEqual(events[1]!.fields, ["internal_summary"]);
      assert.doesNotMatch(JSON.stringify(events), /AUDIT-CANARY/);
    });

    it("rejects invalid data and unknown vocabulary with every problem listed", async () => {
      const { org } = await seedCase(t);
      await assert.rejects(
        saveNewRecord({
          db: t.vault.db(),
          keys: t.vault.keys(),
          actor: t.actor,
          spec: incidentSpec,
          orgId: org.id,
          data: buildIncident({ origin_state: "Azerbaijan", start_date: "May 2017" }),
        }),
        (e: unknown) => e instanceof ValidationError && e.issues.length === 2,
      );
      await assert.rejects(
        saveNewRecord({
          db: t.vault.db(),
          keys: t.vault.keys(),
          actor: t.actor,
          spec: incidentSpec,
          orgId: org.id,
          data: buildIncident({ verification_status: "rumour" }),
        }),
        (e: unknown) =>
          e instanceof ValidationError && /verification_status/.test(e.issues[0]!.message),
      );
    });

    it("never changes an append-only record", async () => {
      const { act } = await seedCase(t);
      const attr = await saveNewRecord({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        spec: attributionSpec,
        orgId: String(act.org_id),
        data: {
          act_id: act.id,
          attributed_state: "AZ",
          actor_person_id: null,
          actor_organisation_id: null,
          actor_type: "origin_state_security",
          role: "instigator",
          confidence: "likely",
          basis: ["pattern"],
          assessed_on: "2017",
          supersedes_id: null,
          approved_for_publication: false,
          internal_notes: null,
        },
      });
      await assert.rejects(
        saveChanges({
          db: t.vault.db(),
          keys: t.vault.keys(),
          actor: t.actor,
          spec: attributionSpec,
          id: attr.id,
          expectedVersion: 1,
          changes: { confidence: "almost_certain" },
        }),
        ValidationError,
      );
    });
  });
}
