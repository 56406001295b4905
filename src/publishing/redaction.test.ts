import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DomainRecord } from "../records/record.types.ts";
import { buildIncident } from "../test-support/factories.ts";
import type { CaseBundle } from "./public-incident.types.ts";
import { projectIncident, publicationIssues } from "./redaction.ts";

const rec = (id: string, fields: Record<string, unknown>): DomainRecord => ({
  id,
  version: 1,
  created_at: "2017-01-01T00:00:00Z",
  created_by: "system:system",
  updated_at: "2017-01-01T00:00:00Z",
  updated_by: "system:system",
  ...fields,
});

function bundle(
  o: {
    incident?: Record<string, unknown>;
    consent?: string;
    attributions?: Record<string, unknown>[];
    name?: string;
  } = {},
): CaseBundle {
  return {
    incident: rec("inc", buildIncident(o.incident)),
    acts: [
      rec("act", { incident_id: "inc", victim_id: "p", tactic: "online_threats" }),
      rec("act2", { incident_id: "inc", victim_id: "p", tactic: "assault" }),
    ],
    attributions: (o.attributions ?? []).map((a, i) =>
      rec(`at${i}`, {
        act_id: "act",
        attributed_state: "AZ",
        role: "direct_perpetrator",
        confidence: "likely",
        approved_for_publication: true,
        supersedes_id: null,
        ...a,
      }),
    ),
    interventions: [
      {
        intervention: rec("iv", { filed_on: "2017-06-01" }),
        events: [
          rec("e1", { status: "filed", occurred_on: "2017-06-01" }),
          rec("e2", { status: "registered", occurred_on: "2017-07-01" }),
        ],
      },
    ],
    information: [
      {
        information: rec("i1", { credibility: "2" }),
        source: rec("s1", {
          kind: "publication",
          label: "Public report",
          reliability: "B",
          is_protected: false,
          public_url: "https://example.org",
        }),
      },
      {
        information: rec("i2", { credibility: "1" }),
        source: rec("s2", {
          kind: "publication",
          label: "Protected lead",
          reliability: "A",
          is_protected: true,
        }),
      },
      {
        information: rec("i3", { credibility: "3" }),
        source: rec("s3", {
          kind: "person",
          label: "A neighbour",
          reliability: "C",
          is_protected: false,
        }),
      },
    ],
    victims: [
      {
        person: rec("p", { pseudonym: "AZ-J-001" }),
        profiles: [rec("pr", { valid_from: "2015", target_profile: "journalist" })],
        consents: [
          rec("c", {
            level: o.consent ?? "anonymised_case",
            given_on: "2017-06",
            withdrawn_on: null,
          }),
        ],
        publicName: o.name ?? null,
      },
    ],
  };
}
const project = (b: CaseBundle) => projectIncident(b, { publicId: "ipub", today: "2018-01-01" });

describe("redaction projection", () => {
  it("generalises an exact date to the month and an address to the city", () => {
    const p = project(
      bundle({
        incident: {
          start_date: "2017-05-29",
          start_precision: "exact",
          place_precision: "address",
        },
      }),
    );
    assert.deepEqual(p.date, { from: "2017-05", to: null, precision: "month" });
    assert.equal(p.year, 2017);
    assert.deepEqual(p.place, { city: "Tbilisi", country: "GE", precision: "city" });
  });

  it("shows only the year when the month is not known, and the country for a region", () => {
    const p = project(
      bundle({
        incident: {
          start_date: "2017-05-29",
          start_precision: "range",
          place_precision: "region",
          place_region: "Kakheti",
        },
      }),
    );
    assert.equal(p.date.from, "2017");
    assert.deepEqual(p.place, { city: null, country: "GE", precision: "country" });
    assert.ok(!JSON.stringify(p).includes("Kakheti"));
  });

  it("names a state only at 'likely' or above, approved and not superseded", () => {
    const p = project(
      bundle({
        attributions: [
          { confidence: "roughly_even", attributed_state: "RU" },
          { approved_for_publication: false, attributed_state: "TR" },
          { attributed_state: "IR" },
          { attributed_state: "AZ", supersedes_id: "at2", confidence: "very_likely" },
        ],
      }),
    );
    assert.deepEqual(p.attributions, [
      { state: "AZ", role: "direct_perpetrator", confidence: "very_likely" },
    ]);
  });

  it("cites public sources only, graded", () => {
    assert.deepEqual(project(bundle()).citations, [
      { label: "Public report", url: "https://example.org", publishedOn: null, grade: "B2" },
    ]);
  });

  it("names a victim only in a named case with a live named-case consent", () => {
    assert.equal(
      project(
        bundle({ name: "A. Name", consent: "anonymised_case", incident: { named_case: true } }),
      ).victims[0]?.name,
      null,
    );
    assert.equal(
      project(bundle({ name: "A. Name", consent: "named_case", incident: { named_case: false } }))
        .victims[0]?.name,
      null,
    );
    assert.equal(
      project(bundle({ name: "A. Name", consent: "named_case", incident: { named_case: true } }))
        .victims[0]?.name,
      "A. Name",
    );
  });

  it("gives the furthest stage with days from the filing, tactics in order, and counts only verified", () => {
    const p = project(bundle({ incident: { verification_status: "corroborated" } }));
    assert.equal(p.response.furthestStage, "registered");
    assert.deepEqual(p.response.timeline, [
      { stage: "reported", daysFromFiling: 0 },
      { stage: "registered", daysFromFiling: 30 },
    ]);
    assert.equal(p.response.firstResponseDays, 30);
    assert.equal(p.primaryTactic, "assault");
    assert.equal(p.primaryTacticGroup, "direct_attack");
    assert.deepEqual(
      p.tactics.map((t) => t.topGroup),
      ["direct_attack", "threats_from_distance"],
    );
    assert.equal(p.counted, false);
    assert.equal(project(bundle()).counted, true);
  });

  it("never carries the title or internal fields", () => {
    const p = JSON.stringify(
      project(
        bundle({ incident: { title: "Internal working title", internal_summary: "secret" } }),
      ),
    );
    assert.ok(!p.includes("Internal working title") && !p.includes("secret"));
  });

  it("refuses aggregate-only consent and retracted incidents", () => {
    assert.equal(publicationIssues(bundle({ consent: "aggregate_only" })).length, 1);
    assert.equal(
      publicationIssues(bundle({ incident: { verification_status: "retracted" } })).length,
      1,
    );
    assert.deepEqual(publicationIssues(bundle()), []);
  });
});
