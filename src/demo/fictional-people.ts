import { demoId } from "./demo-ids.ts";
import { addDays, type DemoSet } from "./demo-record.ts";
import {
  FICTIONAL_CASES,
  exilePhone,
  fictionalAddress,
  fictionalRelatives,
  pad2,
  type FictionalCase,
} from "./fictional-blocks.ts";
import { FIRST_DASHBOARD_CASE } from "./fictional-rows-dashboard.ts";

/** Fictional perpetrators known only by pseudonym: [key, pseudonym, kind, owning case index]. */
const PERPETRATORS: [string, string, string, number][] = [
  ["perp-az-01", "PERP-AZ-01", "individual", 0],
  ["perp-az-02", "PERP-AZ-02", "individual", 4],
  ["grp-az-01", "GRP-AZ-01", "group", 6],
  ["perp-tj-01", "PERP-TJ-01", "individual", 7],
];

/** The id of a fictional perpetrator person. */
export function perpetratorId(key: string): string {
  return demoId(`person:${key}`);
}

const FACTORS = [
  "Lives alone in a ground-floor flat",
  "Has publicly criticised the security services of the origin state",
  "Family still lives in the origin state and is easily reached",
  "Residence status in the host state is uncertain",
  "Was recognised in the street by strangers after media appearances",
  "Uses one unencrypted device for work and private life",
  "Earlier incidents were never investigated",
];

const MEASURES = [
  "Digital security check of devices and accounts",
  "Temporary change of accommodation arranged by the NGO",
  "Agreed check-in routine with a caseworker",
  "Legal counsel on residence and asylum options",
  "Referral to psychological support",
  "Contact with a diplomatic mission of a third state",
  "Travel only with prior notice to the NGO",
];

const LEVEL_BY_SENSITIVITY: Record<string, [string, number, number]> = {
  normal: ["moderate", 2, 3],
  sensitive: ["high", 3, 4],
  highly_sensitive: ["critical", 4, 5],
};

/** Picks n items of a pool, starting at an index-based offset (deterministic). */
function pick(pool: string[], start: number, n: number): string[] {
  return Array.from({ length: n }, (_, k) => pool[(start + k * 2) % pool.length] as string);
}

/** The date of the incident as a full calendar date (first day of the month for month precision). */
export function incidentDay(c: FictionalCase): string {
  return c.date.length === 7 ? `${c.date}-01` : c.date;
}

/** Adds a fictional person with identity, profile(s), consent and risk assessment(s). */
function addPerson(set: DemoSet, c: FictionalCase): void {
  const org = c.org;
  const personId = set.add("person", c.key, { pseudonym: c.pseudonym, kind: "individual" }, org);
  const contacts = [{ kind: "tel", value: exilePhone(c.i + 1) }];
  if (c.i % 2 === 0) contacts.push({ kind: "signal", value: exilePhone(c.i + 1) });
  const birthYear = 1975 + ((c.i * 7) % 25);
  set.add(
    "person_identity",
    c.key,
    {
      person_id: personId,
      full_name: c.fullName,
      name_variants: c.nameVariants,
      birth_date: `${birthYear}-${pad2(((c.i * 5) % 12) + 1)}`,
      contacts,
      current_address: fictionalAddress(c),
      relatives: fictionalRelatives(c),
      internal_notes:
        c.i % 4 === 0 ? "Prefers meetings at the NGO office, never at home (demo)." : null,
    },
    org,
  );
  const year = Number(c.date.slice(0, 4));
  set.add(
    "person_profile",
    `${c.key}:0`,
    {
      person_id: personId,
      valid_from: String(year - 1 - (c.i % 3)),
      target_profile: c.profile,
      residence_status: c.residence,
      origin_state: c.origin,
      residence_state: c.host,
    },
    org,
  );
  const change: Record<number, [string, string]> = {
    1: ["refugee", "2024-05"],
    10: ["irregular", "2020-08"],
  };
  const later = change[c.i];
  if (later) {
    set.add(
      "person_profile",
      `${c.key}:1`,
      {
        person_id: personId,
        valid_from: later[1],
        target_profile: c.profile,
        residence_status: later[0],
        origin_state: c.origin,
        residence_state: c.host,
      },
      org,
    );
  }
  set.add(
    "consent",
    c.key,
    {
      person_id: personId,
      // The dashboard cases all agreed to anonymised publication (they fill the public charts).
      level: c.i % 2 === 0 || c.i >= FIRST_DASHBOARD_CASE ? "anonymised_case" : "aggregate_only",
      given_on: c.date.slice(0, 7),
      withdrawn_on: c.i === 24 ? "2024-02" : null,
      internal_notes:
        c.i === 24
          ? "Withdrew consent after relatives at home were pressured (demo)."
          : "Consent recorded in the first interview, read back in the person's language (demo).",
    },
    org,
  );
  const [level, likelihood, impact] = LEVEL_BY_SENSITIVITY[c.sensitivity] ?? ["moderate", 2, 3];
  const assessed = addDays(incidentDay(c), 7);
  set.add(
    "risk_assessment",
    `${c.key}:0`,
    {
      person_id: personId,
      assessed_on: assessed,
      level,
      likelihood,
      impact,
      factors: pick(FACTORS, c.i, 2 + (c.i % 2)),
      measures: pick(MEASURES, c.i + 1, 2 + (c.i % 3 === 0 ? 1 : 0)),
      review_due: addDays(assessed, 90),
    },
    org,
  );
  if (c.sensitivity === "highly_sensitive") {
    const reassessed = addDays(assessed, 180);
    set.add(
      "risk_assessment",
      `${c.key}:1`,
      {
        person_id: personId,
        assessed_on: reassessed,
        level: "high",
        likelihood: likelihood - 1,
        impact,
        factors: pick(FACTORS, c.i + 3, 2),
        measures: pick(MEASURES, c.i + 2, 2),
        review_due: addDays(reassessed, 90),
      },
      org,
    );
  }
}

/** Adds all fictional people: victims (with identities, profiles, consents, risk) and perpetrators. */
export function buildFictionalPeople(set: DemoSet): void {
  for (const c of FICTIONAL_CASES) addPerson(set, c);
  for (const [key, pseudonym, kind, owner] of PERPETRATORS) {
    const c = FICTIONAL_CASES[owner] as FictionalCase;
    set.add("person", key, { pseudonym, kind }, c.org);
  }
}
