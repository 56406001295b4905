import { sql } from "kysely";
import type { Db } from "../records/record.repository.ts";
import { stageName } from "../interventions/intervention-stage.ts";
import { TACTICS } from "../vocabularies/vocabulary.codes.ts";
import { VOCABULARY_TERMS } from "../vocabularies/vocabulary.data.ts";

/** Columns of the incident CSV: one row per incident and tactic, as Freedom House's data set counts. */
export const INCIDENT_CSV_COLUMNS = [
  "incident_id",
  "year",
  "origin_state",
  "origin_state_name",
  "host_state",
  "host_state_name",
  "tactic",
  "tactic_label",
  "tactic_group",
  "freedom_house_tactic",
  "target_profile",
  "verification_status",
  "countable",
  "furthest_response_stage",
] as const;

const names = new Intl.DisplayNames(["en"], { type: "region" });
const tacticTerm = new Map(
  VOCABULARY_TERMS.filter((t) => t.scheme === "tactic").map((t) => [t.code, t]),
);

/** Quotes a CSV cell when needed (RFC 4180) and defuses spreadsheet formulas. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Streams the incident CSV: no protected field is ever part of it. */
export async function* incidentCsvLines(db: Db): AsyncGenerator<string> {
  yield INCIDENT_CSV_COLUMNS.join(",");
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("acts as a")
      .innerJoin("incidents as i", "i.id", "a.incident_id")
      .select([
        "a.id as act_id",
        "i.id",
        "i.start_year",
        "i.origin_state",
        "i.host_state",
        "a.tactic",
        "i.verification_status",
        "i.countable",
        "i.furthest_stage",
      ])
      .select(
        sql<
          string | null
        >`(select p.target_profile from person_profiles p where p.person_id = a.victim_id order by p.valid_from desc limit 1)`.as(
          "target_profile",
        ),
      )
      .where("a.id", ">", after)
      .orderBy("a.id")
      .limit(2000)
      .execute();
    for (const r of rows) {
      const term = tacticTerm.get(String(r.tactic));
      yield [
        r.id,
        r.start_year,
        r.origin_state,
        names.of(String(r.origin_state)),
        r.host_state,
        names.of(String(r.host_state)),
        r.tactic,
        term?.labels.en,
        TACTICS[r.tactic as keyof typeof TACTICS],
        term?.crosswalk.freedom_house,
        r.target_profile,
        r.verification_status,
        Number(r.countable) === 1 ? "yes" : "no",
        stageName(Number(r.furthest_stage)),
      ]
        .map(csvCell)
        .join(",");
    }
    if (rows.length < 2000) return;
    after = String(rows[rows.length - 1]!.act_id);
  }
}
