import type { SelectQueryBuilder } from "kysely";
import type { RecordType } from "../records/registry.ts";
import { specOf } from "../records/registry.ts";

/**
 * How a record type finds the owner and grants its policy decisions use.
 * - `case`: an incident — its own organisation and its live grants.
 * - `person`: a person — its own organisation, plus the grants of every incident in which the
 *   person is a victim (acts.victim_id): sharing a case shares its victims at the same level.
 * - `child`: whatever its parent (the record `field` points to) resolves to, e.g. a custody event
 *   → its evidence item → its information → its incident.
 * - `case_or_person`: a legal proceeding — its incident when `incident_id` is set, else its person.
 * - `owned`: the record's own organisation and no grants (sources, documents, publications).
 * - `reference`: vocabulary terms and organisations, readable by every signed-in staff member,
 *   changed by nobody over the API and never revealed.
 */
export type AccessRule =
  | { kind: "case" | "person" | "case_or_person" | "owned" | "reference" }
  | { kind: "child"; field: string; parent: RecordType };

const child = (field: string, parent: RecordType): AccessRule => ({ kind: "child", field, parent });

/** The access rule of every record type (a test checks the table covers RECORD_SPECS). */
export const ACCESS_RULES: Readonly<Record<RecordType, AccessRule>> = {
  vocabulary_term: { kind: "reference" },
  organisation: { kind: "reference" },
  person: { kind: "person" },
  person_identity: child("person_id", "person"),
  person_profile: child("person_id", "person"),
  consent: child("person_id", "person"),
  incident: { kind: "case" },
  // A link belongs with the incident it starts from.
  incident_link: child("from_incident_id", "incident"),
  act: child("incident_id", "incident"),
  attribution: child("act_id", "act"),
  source: { kind: "owned" },
  information: child("incident_id", "incident"),
  evidence_item: child("information_id", "information"),
  custody_event: child("evidence_id", "evidence_item"),
  intervention: child("incident_id", "incident"),
  intervention_event: child("intervention_id", "intervention"),
  legal_proceeding: { kind: "case_or_person" },
  proceeding_event: child("proceeding_id", "legal_proceeding"),
  risk_assessment: child("person_id", "person"),
  document: { kind: "owned" },
  // A translation belongs with its document.
  document_translation: child("document_id", "document"),
  // So does a file published with it.
  document_attachment: child("document_id", "document"),
  publication_record: { kind: "owned" },
};

/**
 * Owner of reference data: outside the record-id alphabet, so no organisation ever owns it and
 * the policy's role rules never apply; a read grant to the actor's organisation lets everyone view.
 */
export const REFERENCE_OWNER = "(reference data)";

/** The rule of a record type; throws for a type without one (a programming error). */
export function ruleOf(type: string): AccessRule {
  const rule = (ACCESS_RULES as Record<string, AccessRule>)[type];
  if (!rule) throw new Error(`No access rule for record type ${type}.`);
  return rule;
}

/** The fields of a record that decide its resource (a change to them moves the record). */
export function anchorFields(type: string): string[] {
  const rule = ruleOf(type);
  if (rule.kind === "child") return [rule.field];
  if (rule.kind === "case_or_person") return ["incident_id", "person_id"];
  return [];
}

interface Join {
  table: string;
  alias: string;
  from: string;
  left: boolean;
}

/** Where a type's owner sits once its parents are joined, as column references on the query. */
export interface Anchor {
  joins: Join[];
  reference?: true;
  ownOrg?: string;
  caseId?: string;
  caseOrg?: string;
  personId?: string;
  personOrg?: string;
}

/** Joins from a record up to its owner (`r` is the record's alias), and where the owner's columns are. */
export function anchorOf(type: string): Anchor {
  const joins: Join[] = [];
  let alias = "r";
  let rule = ruleOf(type);
  while (rule.kind === "child") {
    const next = `h${joins.length}`;
    joins.push({
      table: specOf(rule.parent)!.table,
      alias: next,
      from: `${alias}.${rule.field}`,
      left: false,
    });
    alias = next;
    rule = ruleOf(rule.parent);
  }
  switch (rule.kind) {
    case "reference":
      return { joins, reference: true };
    case "owned":
      return { joins, ownOrg: `${alias}.org_id` };
    case "case":
      return { joins, caseId: `${alias}.id`, caseOrg: `${alias}.org_id` };
    case "person":
      return { joins, personId: `${alias}.id`, personOrg: `${alias}.org_id` };
    case "case_or_person":
      joins.push({ table: "incidents", alias: "ac", from: `${alias}.incident_id`, left: true });
      joins.push({ table: "persons", alias: "ap", from: `${alias}.person_id`, left: false });
      return {
        joins,
        caseId: "ac.id",
        caseOrg: "ac.org_id",
        personId: "ap.id",
        personOrg: "ap.org_id",
      };
  }
}

/** Adds an anchor's joins to a query over `<table> as r`. */
export function withJoins<Q extends SelectQueryBuilder<any, any, any>>(q: Q, anchor: Anchor): Q {
  let out: SelectQueryBuilder<any, any, any> = q;
  for (const j of anchor.joins)
    out = j.left
      ? out.leftJoin(`${j.table} as ${j.alias}`, `${j.alias}.id`, j.from)
      : out.innerJoin(`${j.table} as ${j.alias}`, `${j.alias}.id`, j.from);
  return out as Q;
}
