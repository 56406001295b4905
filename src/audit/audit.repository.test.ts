import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { incidentSpec } from "../incidents/incident.schema.ts";
import { saveChanges } from "../records/record.commands.ts";
import type { Db } from "../records/record.repository.ts";
import { seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { appendAudit, chainHash, listAudit, verifyAuditChain } from "./audit.repository.ts";

type StoredEvent = Record<string, unknown>;

/** The raw stored row of one audit event. */
async function rawEvent(db: Db, seq: number): Promise<StoredEvent> {
  return db.selectFrom("audit_events").selectAll().where("seq", "=", seq).executeTakeFirstOrThrow();
}

/** Puts a row back exactly as it was, so each tampering case starts from a valid chain. */
async function restore(db: Db, row: StoredEvent): Promise<void> {
  await db.deleteFrom("audit_events").where("seq", "=", Number(row.seq)).execute();
  await db.insertInto("audit_events").values(row).execute();
}

/** Tampers, checks what verification reports, then restores the rows and checks it verifies again. */
async function expectBroken(
  db: Db,
  originals: StoredEvent[],
  tamper: () => Promise<unknown>,
  expected: { seq: number; reason: string },
): Promise<void> {
  try {
    await tamper();
    assert.deepEqual(await verifyAuditChain(db), expected);
  } finally {
    for (const row of originals) await restore(db, row);
  }
  assert.equal(await verifyAuditChain(db), null);
}

for (const dialect of DIALECTS) {
  describe(`audit chain on ${dialect}`, () => {
    let t: TestVault;
    let db: Db;
    let newest = 0;
    let middle = 0;

    before(async () => {
      t = await createTestVault(dialect);
      db = t.vault.db();
      const { incident } = await seedCase(t);
      for (const [version, title] of [
        [1, "Second title"],
        [2, "Third title"],
      ] as const)
        await saveChanges({
          db,
          keys: t.vault.keys(),
          actor: t.actor,
          spec: incidentSpec,
          id: incident.id,
          expectedVersion: version,
          changes: { title },
        });
      await appendAudit(db, { actor: t.actor, action: "export", fields: [] });
      const events = await listAudit(db);
      newest = events.at(-1)!.seq;
      middle = Math.floor(newest / 2);
      assert.ok(newest >= 8, `a chain of several events, got ${newest}`);
    });
    after(async () => t.close());

    it("verifies after several changes, each event chained to the one before", async () => {
      assert.equal(await verifyAuditChain(db), null);
      const events = await listAudit(db);
      assert.deepEqual(
        events.map((e) => e.seq),
        events.map((_, i) => i + 1),
      );
      assert.equal(events[0]!.prev_hash, "genesis");
      for (let i = 1; i < events.length; i++)
        assert.equal(events[i]!.prev_hash, events[i - 1]!.hash);
      for (const e of events) assert.equal(chainHash(e), e.hash);
      assert.deepEqual(
        events.slice(-3).map((e) => [e.action, e.fields]),
        [
          ["update", ["title"]],
          ["update", ["title"]],
          ["export", []],
        ],
      );
    });

    it("an edited `fields` is found at that event", async () => {
      await expectBroken(
        db,
        [await rawEvent(db, middle)],
        () =>
          db
            .updateTable("audit_events")
            .set({ fields: JSON.stringify(["nothing_to_see"]) })
            .where("seq", "=", middle)
            .execute(),
        { seq: middle, reason: "content was changed" },
      );
    });

    it("an edited `actor` is found at that event", async () => {
      await expectBroken(
        db,
        [await rawEvent(db, 2)],
        () =>
          db
            .updateTable("audit_events")
            .set({ actor: "user:someone-else" })
            .where("seq", "=", 2)
            .execute(),
        { seq: 2, reason: "content was changed" },
      );
    });

    it("an edit whose hash was recomputed breaks the link to the next event", async () => {
      const forged = { ...(await listAudit(db)).find((e) => e.seq === middle)!, action: "read" };
      await expectBroken(
        db,
        [await rawEvent(db, middle)],
        () =>
          db
            .updateTable("audit_events")
            .set({ action: "read", hash: chainHash(forged) })
            .where("seq", "=", middle)
            .execute(),
        { seq: middle + 1, reason: "does not follow the previous event" },
      );
    });

    it("a deleted middle event is reported missing", async () => {
      await expectBroken(
        db,
        [await rawEvent(db, middle)],
        () => db.deleteFrom("audit_events").where("seq", "=", middle).execute(),
        { seq: middle, reason: "event missing" },
      );
    });

    it("a deleted newest event is found because the head no longer matches", async () => {
      await expectBroken(
        db,
        [await rawEvent(db, newest)],
        () => db.deleteFrom("audit_events").where("seq", "=", newest).execute(),
        { seq: newest, reason: "the newest events were removed" },
      );
      // Deleting the two newest names the first one removed.
      await expectBroken(
        db,
        [await rawEvent(db, newest - 1), await rawEvent(db, newest)],
        () =>
          db
            .deleteFrom("audit_events")
            .where("seq", ">=", newest - 1)
            .execute(),
        { seq: newest - 1, reason: "the newest events were removed" },
      );
    });

    it("a rewritten newest event (hash recomputed) is found at that event", async () => {
      const forged = { ...(await listAudit(db)).at(-1)!, actor: "user:someone-else" };
      await expectBroken(
        db,
        [await rawEvent(db, newest)],
        () =>
          db
            .updateTable("audit_events")
            .set({ actor: forged.actor, hash: chainHash(forged) })
            .where("seq", "=", newest)
            .execute(),
        { seq: newest, reason: "content was changed" },
      );
    });

    it("keeps verifying as new events are appended after a check", async () => {
      const e = await appendAudit(db, { actor: t.actor, action: "login" });
      assert.equal(e.seq, newest + 1);
      assert.equal(e.prev_hash, String((await rawEvent(db, newest)).hash));
      assert.equal(await verifyAuditChain(db), null);
    });
  });
}
