import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from "kysely";
import type { RecordType } from "../records/registry.ts";
import { specOf } from "../records/registry.ts";
import type { Db, StaffActor } from "./auth.types.ts";
import { grantsForIncident } from "./grant.repository.ts";
import type { Grant, Resource } from "./policy.ts";

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
  publication_record: { kind: "owned" },
};

/**
 * Owner of reference data: outside the record-id alphabet, so no organisation ever owns it and
 * the policy's role rules never apply; a read grant to the actor's organisation lets everyone view.
 */
const REFERENCE_OWNER = "(reference data)";

function ruleOf(type: string): AccessRule {
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
interface Anchor {
  joins: Join[];
  reference?: true;
  ownOrg?: string;
  caseId?: string;
  caseOrg?: string;
  personId?: string;
  personOrg?: string;
}

function anchorOf(type: string): Anchor {
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

function withJoins<Q extends SelectQueryBuilder<any, any, any>>(q: Q, anchor: Anchor): Q {
  let out: SelectQueryBuilder<any, any, any> = q;
  for (const j of anchor.joins)
    out = j.left
      ? out.leftJoin(`${j.table} as ${j.alias}`, `${j.alias}.id`, j.from)
      : out.innerJoin(`${j.table} as ${j.alias}`, `${j.alias}.id`, j.from);
  return out as Q;
}

/** A live grant naming the actor or the actor's organisation. */
function grantsTo(eb: ExpressionBuilder<any, any>, actor: StaffActor, alias: string) {
  return eb.and([
    eb(`${alias}.revoked_at`, "is", null),
    eb.or([
      eb(`${alias}.grantee_user_id`, "=", actor.id),
      eb(`${alias}.grantee_org_id`, "=", actor.orgId),
    ]),
  ]);
}

/**
 * Restricts a query over `<table> as r` to the records of `type` the actor may view: its own
 * organisation's, those of cases shared with it, and those of victims of such cases. Every role
 * may view and every grant level includes viewing, so this is exactly `can(actor, "view", …)`.
 */
export function onlyVisible<Q extends SelectQueryBuilder<any, any, any>>(
  q: Q,
  actor: StaffActor,
  type: string,
): Q {
  const a = anchorOf(type);
  if (a.reference) return q;
  const joined = withJoins(q, a) as SelectQueryBuilder<any, any, any>;
  const own = (eb: ExpressionBuilder<any, any>, col: string) => eb(col, "=", actor.orgId);
  const sharedCase = (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.or([
      own(eb, a.caseOrg!),
      eb(
        a.caseId!,
        "in",
        eb
          .selectFrom("grants as vg")
          .select("vg.incident_id")
          .where((w) => grantsTo(w, actor, "vg")),
      ),
    ]);
  const sharedVictim = (eb: ExpressionBuilder<any, any>): Expression<SqlBool> =>
    eb.or([
      own(eb, a.personOrg!),
      eb(
        a.personId!,
        "in",
        eb
          .selectFrom("acts as va")
          .innerJoin("grants as vg", "vg.incident_id", "va.incident_id")
          .select("va.victim_id")
          .where((w) => grantsTo(w, actor, "vg")),
      ),
    ]);
  if (a.ownOrg) return joined.where((eb) => own(eb, a.ownOrg!)) as Q;
  if (a.caseId && a.personId)
    return joined.where((eb) =>
      eb.or([
        eb.and([eb(a.caseId!, "is not", null), sharedCase(eb)]),
        eb.and([eb(a.caseId!, "is", null), sharedVictim(eb)]),
      ]),
    ) as Q;
  return joined.where((eb) => (a.caseId ? sharedCase(eb) : sharedVictim(eb))) as Q;
}

function toGrant(r: any): Grant {
  return {
    granteeUserId: r.grantee_user_id,
    granteeOrgId: r.grantee_org_id,
    level: r.level,
    revokedAt: null,
  };
}

/** Groups grant rows by a key column, once per grant (a victim of two acts meets a grant twice). */
function groupGrants(rows: any[], key: string): Map<string, Grant[]> {
  const out = new Map<string, Grant[]>();
  const seen = new Set<string>();
  for (const r of rows) {
    const k = String(r[key]);
    if (seen.has(`${k}\0${r.id}`)) continue;
    seen.add(`${k}\0${r.id}`);
    const list = out.get(k) ?? [];
    list.push(toGrant(r));
    out.set(k, list);
  }
  return out;
}

/**
 * The policy view of many records of one type at once, as this actor sees them: one query for the
 * owners, one for the grants on cases, one for the grants reaching persons as victims (only the
 * queries the type needs). Grants are those naming the actor or its organisation — the only ones
 * `can` looks at. Ids that do not exist are absent from the map.
 */
export async function recordResources(
  db: Db,
  actor: StaffActor,
  type: string,
  ids: readonly string[],
): Promise<Map<string, Resource>> {
  const out = new Map<string, Resource>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const a = anchorOf(type);
  const cols = ["r.id as rid"];
  if (a.ownOrg) cols.push(`${a.ownOrg} as own_org`);
  if (a.caseId) cols.push(`${a.caseId} as case_id`, `${a.caseOrg} as case_org`);
  if (a.personId) cols.push(`${a.personId} as person_id`, `${a.personOrg} as person_org`);
  const rows: any[] = await withJoins(db.selectFrom(`${specOf(type)!.table} as r`), a)
    .select(cols)
    .where("r.id", "in", unique)
    .execute();
  const caseIds = rows.filter((r) => r.case_id != null).map((r) => String(r.case_id));
  const personIds = rows
    .filter((r) => r.case_id == null && r.person_id != null)
    .map((r) => String(r.person_id));
  const caseGrants = caseIds.length
    ? groupGrants(
        await db
          .selectFrom("grants as g")
          .select(["g.id", "g.incident_id", "g.grantee_user_id", "g.grantee_org_id", "g.level"])
          .where("g.incident_id", "in", [...new Set(caseIds)])
          .where((eb) => grantsTo(eb, actor, "g"))
          .execute(),
        "incident_id",
      )
    : new Map<string, Grant[]>();
  const victimGrants = personIds.length
    ? groupGrants(
        await db
          .selectFrom("acts as a")
          .innerJoin("grants as g", "g.incident_id", "a.incident_id")
          .select(["a.victim_id", "g.id", "g.grantee_user_id", "g.grantee_org_id", "g.level"])
          .where("a.victim_id", "in", [...new Set(personIds)])
          .where((eb) => grantsTo(eb, actor, "g"))
          .execute(),
        "victim_id",
      )
    : new Map<string, Grant[]>();
  for (const r of rows) {
    const id = String(r.rid);
    if (a.reference)
      out.set(id, {
        orgId: REFERENCE_OWNER,
        grants: [{ granteeUserId: null, granteeOrgId: actor.orgId, level: "read" }],
      });
    else if (a.ownOrg) out.set(id, { orgId: String(r.own_org), grants: [] });
    else if (r.case_id != null)
      out.set(id, { orgId: String(r.case_org), grants: caseGrants.get(String(r.case_id)) ?? [] });
    else
      out.set(id, {
        orgId: String(r.person_org),
        grants: victimGrants.get(String(r.person_id)) ?? [],
      });
  }
  return out;
}

/**
 * The resource a record about to be created (or moved) would have: its parent's for child types,
 * the actor's own organisation for new cases, persons and owned records; null when the parent
 * does not exist or the type is reference data (never created over the API).
 */
export async function resourceForNewRecord(
  db: Db,
  actor: StaffActor,
  type: string,
  data: Record<string, unknown>,
): Promise<Resource | null> {
  const rule = ruleOf(type);
  if (rule.kind === "reference") return null;
  if (rule.kind === "case" || rule.kind === "person" || rule.kind === "owned")
    return { orgId: actor.orgId, grants: [] };
  const [field, parent] =
    rule.kind === "child"
      ? [rule.field, rule.parent]
      : typeof data.incident_id === "string"
        ? ["incident_id", "incident"]
        : ["person_id", "person"];
  const parentId = data[field];
  if (typeof parentId !== "string") return null;
  return (await recordResources(db, actor, parent, [parentId])).get(parentId) ?? null;
}

/**
 * The policy view of a case: its owning organisation and its live grants, or null when the
 * incident does not exist (callers then answer exactly as for a forbidden one).
 */
export async function incidentResource(db: Db, incidentId: string): Promise<Resource | null> {
  const row = await db
    .selectFrom("incidents")
    .select("org_id")
    .where("id", "=", incidentId)
    .executeTakeFirst();
  if (!row) return null;
  return { orgId: row.org_id, grants: await grantsForIncident(db, incidentId) };
}

/** Ids of incidents outside the actor's organisation shared with the actor or its organisation. */
export async function incidentIdsSharedWith(db: Db, actor: StaffActor): Promise<string[]> {
  const rows = await db
    .selectFrom("grants")
    .select("incident_id")
    .distinct()
    .where("revoked_at", "is", null)
    .where((eb) =>
      eb.or([eb("grantee_user_id", "=", actor.id), eb("grantee_org_id", "=", actor.orgId)]),
    )
    .execute();
  return rows.map((r) => r.incident_id as string);
}
