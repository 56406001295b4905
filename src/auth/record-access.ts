import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from "kysely";
import type { Db, StaffActor } from "./auth.types.ts";
import { grantsForIncident } from "./grant.repository.ts";
import type { Grant, Resource } from "./policy.ts";
import { anchorOf, REFERENCE_OWNER, ruleOf, withJoins } from "./record-access-rules.ts";
import { specOf } from "../records/registry.ts";

export { ACCESS_RULES, anchorFields, type AccessRule } from "./record-access-rules.ts";

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
  // The grants are read whether or not the incident exists: a missing and a forbidden case then
  // cost the same two queries, so timing does not tell them apart.
  const grants = await grantsForIncident(db, incidentId);
  if (!row) return null;
  return { orgId: row.org_id, grants };
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
