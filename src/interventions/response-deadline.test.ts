import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { getRecord } from "../records/record.repository.ts";
import { fileComplaint, seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { interventionSpec } from "./intervention.schema.ts";
import { applyResponseDeadlines, dueDate } from "./response-deadline.commands.ts";

describe("response deadline rule", () => {
  it("adds the deadline to the filing date across month ends", () => {
    assert.equal(dueDate("2017-06-01", 30), "2017-07-01");
    assert.equal(dueDate("2024-01-31", 30), "2024-03-01");
  });
});

for (const dialect of DIALECTS) {
  describe(`response deadlines on ${dialect}`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    it("marks an unanswered complaint once, dated on its due day, and leaves answered ones alone", async () => {
      const waiting = await fileComplaint(t, (await seedCase(t)).incident, ["filed"]);
      const answered = await fileComplaint(t, (await seedCase(t)).incident, ["filed", "registered"]);
      const props = { db: t.vault.db(), keys: t.vault.keys(), actor: t.actor };
      assert.deepEqual(await applyResponseDeadlines({ ...props, today: "2017-06-15" }), []);
      assert.deepEqual(await applyResponseDeadlines({ ...props, today: "2017-08-01" }), [waiting.id]);
      assert.deepEqual(await applyResponseDeadlines({ ...props, today: "2018-01-01" }), []);
      const row = await t.vault.db().selectFrom("interventions").select(["current_status", "last_event_on", "furthest_stage"]).where("id", "=", waiting.id).executeTakeFirstOrThrow();
      assert.equal(row.current_status, "no_response");
      assert.equal(row.last_event_on, "2017-07-01");
      assert.equal(Number(row.furthest_stage), 1);
      const other = await getRecord(t.vault.db(), t.vault.keys(), interventionSpec, answered.id);
      assert.equal(other.id, answered.id);
      const answeredRow = await t.vault.db().selectFrom("interventions").select("current_status").where("id", "=", answered.id).executeTakeFirstOrThrow();
      assert.equal(answeredRow.current_status, "registered");
    });
  });
}

describe("days without response", () => {
  it("counts whole days since the last event, and nothing when there is none", async () => {
    const { daysWithoutResponse } = await import("./intervention-stage.ts");
    assert.equal(daysWithoutResponse("2017-06-01", "2017-07-01"), 30);
    assert.equal(daysWithoutResponse(null, "2017-07-01"), null);
  });
});
