import { randomUUID } from "node:crypto";
import { actorRef, appendAudit } from "../audit/audit.repository.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Actor } from "../records/record.types.ts";
import { inTransaction, type Db } from "./auth.types.ts";
import { GRANT_LEVELS, type Grant, type GrantLevel } from "./policy.ts";

/** A stored grant with its bookkeeping. */
export interface GrantRecord extends Grant {
  id: string;
  incidentId: string;
  createdBy: string;
  createdAt: string;
  revokedAt: string | null;
}

function toGrant(r: any): GrantRecord {
  return {
    id: r.id,
    incidentId: r.incident_id,
    granteeUserId: r.grantee_user_id,
    granteeOrgId: r.grantee_org_id,
    level: r.level,
    createdBy: r.created_by,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
  };
}

/** Shares a case with one user or one organisation at a level (the caller authorised it). */
export async function createGrant(props: {
  db: Db;
  actor: Actor;
  incidentId: string;
  grantee: { userId: string } | { orgId: string };
  level: GrantLevel;
  now: Date;
}): Promise<GrantRecord> {
  if (!GRANT_LEVELS.includes(props.level))
    throw new ValidationError([{ path: "level", message: "grant_level_invalid" }]);
  const userId = "userId" in props.grantee ? props.grantee.userId : null;
  const orgId = "orgId" in props.grantee ? props.grantee.orgId : null;
  const row = {
    id: randomUUID(),
    incident_id: props.incidentId,
    grantee_user_id: userId,
    grantee_org_id: orgId,
    level: props.level,
    created_by: actorRef(props.actor),
    created_at: props.now.toISOString(),
    revoked_at: null,
    revoked_by: null,
  };
  return inTransaction(props.db, async (trx) => {
    const incident = await trx
      .selectFrom("incidents")
      .select("id")
      .where("id", "=", props.incidentId)
      .executeTakeFirst();
    const grantee = await trx
      .selectFrom(userId ? "users" : "organisations")
      .select("id")
      .where("id", "=", userId ?? orgId)
      .executeTakeFirst();
    if (!incident) throw new NotFoundError();
    if (!grantee) throw new ValidationError([{ path: "grantee", message: "grantee_unknown" }]);
    await trx.insertInto("grants").values(row).execute();
    await appendAudit(trx, {
      actor: props.actor,
      action: "grant.create",
      recordType: "grant",
      recordId: row.id,
      fields: ["incident_id", userId ? "grantee_user_id" : "grantee_org_id", "level"],
      at: row.created_at,
    });
    return toGrant(row);
  });
}

/** Withdraws a grant; false when it does not exist or was already revoked. */
export async function revokeGrant(props: {
  db: Db;
  actor: Actor;
  grantId: string;
  now: Date;
}): Promise<boolean> {
  return inTransaction(props.db, async (trx) => {
    const r = await trx
      .updateTable("grants")
      .set({ revoked_at: props.now.toISOString(), revoked_by: actorRef(props.actor) })
      .where("id", "=", props.grantId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await appendAudit(trx, {
      actor: props.actor,
      action: "grant.revoke",
      recordType: "grant",
      recordId: props.grantId,
      fields: ["revoked_at", "revoked_by"],
      at: props.now.toISOString(),
    });
    return true;
  });
}

/** Live grants on a case, for policies and for the case's sharing page. */
export async function grantsForIncident(db: Db, incidentId: string): Promise<GrantRecord[]> {
  const rows = await db
    .selectFrom("grants")
    .selectAll()
    .where("incident_id", "=", incidentId)
    .where("revoked_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows.map(toGrant);
}
