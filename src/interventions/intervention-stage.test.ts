import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import fc from "fast-check";
import { rebuildAllDerived } from "../incidents/incident-derived.repository.ts";
import { incidentSpec } from "../incidents/incident.schema.ts";
import { accountabilityFunnel, type FunnelRow } from "../incidents/incident-stats.repository.ts";
import { saveChanges, saveNewRecord } from "../records/record.commands.ts";
import type { Db } from "../records/record.repository.ts";
import { fileComplaint, seedCase } from "../test-support/factories.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { FLAT_SCHEMES } from "../vocabularies/vocabulary.codes.ts";
import { deriveStage, STATUS_RANK, stageName, type StatusEvent } from "./intervention-stage.ts";
import { interventionEventSpec } from "./intervention.schema.ts";

/** Statuses in the order a complaint that goes all the way passes them. */
const LADDER = ["filed", "registered", "investigation_opened", "perpetrator_identified", "charged"];

const ev = (status: string, occurred_on: string): StatusEvent => ({ status, occurred_on });

describe("deriveStage", () => {
  it("takes the furthest stage any status proves, not the latest", () => {
    const d = deriveStage("2017-06-01", [
      ev("filed", "2017-06-01"),
      ev("registered", "2017-06-20"),
      ev("investigation_opened", "2017-07-15"),
      ev("suspended", "2018-01-10"),
    ]);
    assert.equal(d.furthest_stage, 3);
    assert.equal(stageName(d.furthest_stage), "investigation_opened");
    assert.equal(d.current_status, "suspended");
    assert.equal(d.last_event_on, "2018-01-10");
    assert.equal(d.first_response_days, 19);
    // A closure "perpetrator unknown" proves an investigation; a refusal proves only the filing.
    for (const [status, rank] of [
      ["closed_perpetrator_unknown", 3],
      ["registration_refused", 1],
      ["not_a_status", 0],
    ] as const)
      assert.equal(deriveStage(null, [ev(status, "2018-01-01")]).furthest_stage, rank, status);
  });

  it("reads events in any order", () => {
    const events = [
      ev("convicted", "2019-03-01"),
      ev("filed", "2017-06-01"),
      ev("charged", "2018-05-01"),
      ev("registered", "2017-08-31"),
    ];
    const expected = {
      furthest_stage: 6,
      current_status: "convicted",
      last_event_on: "2019-03-01",
      first_response_days: 91,
    };
    assert.deepEqual(deriveStage(null, events), expected);
    fc.assert(
      fc.property(fc.shuffledSubarray(events, { minLength: 4, maxLength: 4 }), (shuffled) => {
        assert.deepEqual(deriveStage(null, shuffled), expected);
      }),
    );
  });

  it("counts days to the first real answer: no_response, appeals and filing are not answers", () => {
    const d = deriveStage("2017-06-01", [
      ev("no_response", "2017-07-01"),
      ev("appealed", "2017-07-10"),
      ev("registration_refused", "2017-09-01"),
    ]);
    assert.equal(d.first_response_days, 92);
    assert.equal(d.furthest_stage, 1);
    assert.equal(d.current_status, "registration_refused");
  });

  it("has no response time without an answer or without a filing date", () => {
    assert.equal(
      deriveStage("2017-06-01", [ev("no_response", "2017-09-01")]).first_response_days,
      null,
    );
    assert.equal(deriveStage(null, [ev("registered", "2017-09-01")]).first_response_days, null);
    assert.deepEqual(deriveStage("2017-06-01", []), {
      furthest_stage: 0,
      current_status: null,
      last_event_on: null,
      first_response_days: null,
    });
  });

  it("ranks every vocabulary status, and the furthest stage is the maximum rank (property)", () => {
    assert.deepEqual(Object.keys(STATUS_RANK).sort(), [...FLAT_SCHEMES.intervention_status].sort());
    const status = fc.constantFrom(...FLAT_SCHEMES.intervention_status);
    const date = fc.date({
      min: new Date("2015-01-01"),
      max: new Date("2025-12-31"),
      noInvalidDate: true,
    });
    const event = fc.record({ status, occurred_on: date.map((d) => d.toISOString().slice(0, 10)) });
    fc.assert(
      fc.property(fc.array(event, { minLength: 1, maxLength: 12 }), (events) => {
        const d = deriveStage("2015-01-01", events);
        assert.equal(d.furthest_stage, Math.max(...events.map((e) => STATUS_RANK[e.status])));
        const dates = events.map((e) => e.occurred_on).sort();
        assert.equal(d.last_event_on, dates.at(-1));
        if (d.first_response_days !== null) assert.ok(d.first_response_days >= 0);
      }),
    );
  });
});

/** Derived state of the database, in a form that compares equal when the values are equal. */
async function derivedSnapshot(db: Db) {
  const stats = await db
    .selectFrom("incident_stats")
    .selectAll()
    .orderBy(["host_state", "origin_state", "year", "furthest_stage", "verification_status"])
    .execute();
  const incidents = await db
    .selectFrom("incidents")
    .select(["id", "start_year", "furthest_stage", "stats_key", "search_facets"])
    .orderBy("id")
    .execute();
  const interventions = await db
    .selectFrom("interventions")
    .select(["id", "furthest_stage", "current_status", "last_event_on", "first_response_days"])
    .orderBy("id")
    .execute();
  const num = (v: unknown) => (v === null ? null : Number(v));
  const numbers = <T extends Record<string, unknown>>(r: T, cols: string[]) => ({
    ...r,
    ...Object.fromEntries(cols.map((c) => [c, num(r[c])])),
  });
  return {
    stats: stats.map((r) => numbers(r, ["year", "furthest_stage", "n"])),
    incidents: incidents.map((r) => ({
      ...numbers(r, ["start_year", "furthest_stage"]),
      search_facets: String(r.search_facets).split(" ").sort().join(" "),
    })),
    interventions: interventions.map((r) => numbers(r, ["furthest_stage", "first_response_days"])),
  };
}

/** One stored row, derived columns and all. */
const byId = (db: Db, table: string, id: string) =>
  db.selectFrom(table).selectAll().where("id", "=", id).executeTakeFirstOrThrow();

const row = (rows: FunnelRow[], host: string, year: number) =>
  rows.find((r) => r.host_state === host && r.year === year);

for (const dialect of DIALECTS) {
  describe(`intervention stages, incident counts and the funnel on ${dialect}`, () => {
    let t: TestVault;
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    it("a complaint and its events update the intervention and its incident", async () => {
      const { incident } = await seedCase(t);
      const iv = await fileComplaint(t, incident, [
        "filed",
        "registered",
        "investigation_opened",
        "suspended",
      ]);
      const db = t.vault.db();
      const stored = await byId(db, "interventions", iv.id);
      assert.equal(Number(stored.furthest_stage), 3);
      assert.equal(stored.current_status, "suspended");
      assert.equal(stored.last_event_on, "2017-09-01");
      assert.equal(Number(stored.first_response_days), 30);
      const inc = await byId(db, "incidents", incident.id);
      assert.equal(Number(inc.furthest_stage), 3);
      assert.equal(Number(inc.start_year), 2017);
      assert.equal(inc.stats_key, "GE|AZ|2017|3|verified");
      assert.match(String(inc.search_facets), /\bs3\b/);
      // A second complaint that went further raises the incident; one that did less does not lower it.
      await fileComplaint(t, incident, ["filed"]);
      await fileComplaint(t, incident, LADDER);
      const after = await byId(db, "incidents", incident.id);
      assert.equal(Number(after.furthest_stage), 5);
      assert.equal(after.stats_key, "GE|AZ|2017|5|verified");
    });

    it("the funnel counts each incident once, at its furthest stage", async () => {
      const host = "AM";
      for (const statuses of [0, 1, 2, 3].map((n) => LADDER.slice(0, n))) {
        const { incident } = await seedCase(t, {
          incident: { host_state: host, start_date: "2019-02" },
        });
        if (statuses.length) await fileComplaint(t, incident, statuses);
      }
      await seedCase(t, {
        incident: { host_state: host, start_date: "2019", verification_status: "reported" },
      });
      const all = row(await accountabilityFunnel(t.vault.db()), host, 2019);
      assert.deepEqual(all?.at_stage, [2, 1, 1, 1, 0, 0, 0]);
      assert.deepEqual(all?.reached, [5, 3, 2, 1, 0, 0, 0]);
      const verified = row(
        await accountabilityFunnel(t.vault.db(), { verifiedOnly: true }),
        host,
        2019,
      );
      assert.deepEqual(verified?.at_stage, [1, 1, 1, 1, 0, 0, 0]);
      assert.deepEqual(verified?.reached, [4, 3, 2, 1, 0, 0, 0]);
    });

    it("changing an incident's host state moves its count", async () => {
      const { incident } = await seedCase(t, {
        incident: { host_state: "UA", start_date: "2020-03-04" },
      });
      await fileComplaint(t, incident, ["filed", "registered"]);
      let funnel = await accountabilityFunnel(t.vault.db());
      assert.deepEqual(row(funnel, "UA", 2020)?.at_stage, [0, 0, 1, 0, 0, 0, 0]);
      assert.equal(row(funnel, "MD", 2020), undefined);
      await saveChanges({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        spec: incidentSpec,
        id: incident.id,
        expectedVersion: 1,
        changes: { host_state: "MD" },
      });
      funnel = await accountabilityFunnel(t.vault.db());
      assert.equal(row(funnel, "UA", 2020), undefined, "the old host state no longer counts it");
      assert.deepEqual(row(funnel, "MD", 2020)?.at_stage, [0, 0, 1, 0, 0, 0, 0]);
      const stats = await t.vault
        .db()
        .selectFrom("incident_stats")
        .selectAll()
        .where("host_state", "=", "UA")
        .execute();
      assert.deepEqual(stats, [], "no zero rows are left behind");
    });

    it("same-day events: a later write does not flip the status a rebuild chose", async () => {
      const { incident } = await seedCase(t, {
        incident: { host_state: "LT", start_date: "2021" },
      });
      const iv = await fileComplaint(t, incident, ["filed"]);
      const db = t.vault.db();
      const base = { db, keys: t.vault.keys(), actor: t.actor, orgId: String(incident.org_id) };
      const event = (status: string, occurred_on: string, id?: string) =>
        saveNewRecord({
          ...base,
          id,
          spec: interventionEventSpec,
          data: { intervention_id: iv.id, status, occurred_on, note: null },
        });
      // Two answers on one day, stamped in the same instant (as an import stamps its rows).
      await event("registered", "2017-08-01", "ffffffff-0000-4000-8000-000000000000");
      await event("registration_refused", "2017-08-01", "00000000-0000-4000-8000-000000000000");
      await db
        .updateTable("intervention_events")
        .set({ created_at: "2021-01-01T00:00:00.000Z" })
        .where("intervention_id", "=", iv.id)
        .execute();
      await rebuildAllDerived(db, dialect);
      const rebuilt = await derivedSnapshot(db);
      // An earlier-dated event written later changes nothing the rebuild derived.
      await event("prepared", "2017-05-15");
      assert.deepEqual(await derivedSnapshot(db), rebuilt);
      assert.equal((await byId(db, "interventions", iv.id)).current_status, "registered");
    });

    it("rebuildAllDerived reproduces the incremental counts, stages and facets", async () => {
      const { incident } = await seedCase(t, {
        tactic: "spyware",
        incident: { host_state: "DE", start_date: null, start_precision: "unknown" },
      });
      await fileComplaint(t, incident, ["filed", "no_response", "appealed"]);
      const db = t.vault.db();
      const incremental = await derivedSnapshot(db);
      const funnel = await accountabilityFunnel(db);
      assert.ok(incremental.stats.length >= 5 && incremental.incidents.length >= 8);
      // Clobber every derived value so the rebuild has to compute them, not leave them.
      await db
        .updateTable("interventions")
        .set({
          furthest_stage: 0,
          current_status: null,
          last_event_on: null,
          first_response_days: null,
        })
        .execute();
      await db
        .updateTable("incidents")
        .set({ furthest_stage: 0, start_year: null, search_facets: "", stats_key: null })
        .execute();
      await db.deleteFrom("incident_stats").execute();
      await rebuildAllDerived(db, dialect);
      assert.deepEqual(await derivedSnapshot(db), incremental);
      assert.deepEqual(await accountabilityFunnel(db), funnel);
    });
  });
}
