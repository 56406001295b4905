import { appendAudit } from "../audit/audit.repository.ts";
import { NotFoundError } from "../errors.ts";
import type { Actor } from "../records/record.types.ts";
import { inTransaction, type Db } from "./auth.types.ts";
import { issueEnrolmentToken, type EnrolmentToken } from "./enrolment.ts";
import { findUserById, updateUser } from "./user.repository.ts";

/**
 * Disables an account and, in the same transaction, ends all its sessions and revokes its API
 * tokens: nothing it held keeps working for even one more request.
 */
export async function disableUser(props: {
  db: Db;
  actor: Actor;
  userId: string;
  now: Date;
}): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  const { actor, userId, now } = props;
  const at = now.toISOString();
  return inTransaction(props.db, async (trx) => {
    if (!(await updateUser(trx, userId, { status: "disabled", disabled_at: at }, now)))
      throw new NotFoundError("user");
    const s = await trx.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
    const t = await trx
      .updateTable("api_tokens")
      .set({ revoked_at: at })
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    await appendAudit(trx, {
      actor,
      action: "user.disable",
      recordType: "user",
      recordId: userId,
      fields: ["status", "disabled_at", "sessions", "api_tokens"],
      at,
    });
    return {
      sessionsEnded: Number(s.numDeletedRows),
      tokensRevoked: Number(t.numUpdatedRows),
    };
  });
}

/** Enables a disabled account again (its old sessions and tokens stay ended). */
export async function enableUser(props: { db: Db; actor: Actor; userId: string; now: Date }) {
  const { actor, userId, now } = props;
  await inTransaction(props.db, async (trx) => {
    if (!(await updateUser(trx, userId, { status: "active", disabled_at: null }, now)))
      throw new NotFoundError("user");
    await appendAudit(trx, {
      actor,
      action: "user.enable",
      recordType: "user",
      recordId: userId,
      fields: ["status", "disabled_at"],
      at: now.toISOString(),
    });
  });
}

/** A new enrolment link for an account that has not finished enrolling (the old one lapsed). */
export async function reissueEnrolment(props: {
  db: Db;
  actor: Actor;
  userId: string;
  now: Date;
}): Promise<EnrolmentToken> {
  const { actor, userId, now } = props;
  return inTransaction(props.db, async (trx) => {
    const user = await findUserById(trx, userId);
    if (!user || user.enrolled_at !== null || user.status !== "active")
      throw new NotFoundError("user");
    await trx.deleteFrom("enrolment_tokens").where("user_id", "=", userId).execute();
    const link = await issueEnrolmentToken(trx, userId, now);
    await appendAudit(trx, {
      actor,
      action: "user.enrolment_reissue",
      recordType: "user",
      recordId: userId,
      fields: ["enrolment_token"],
      at: now.toISOString(),
    });
    return link;
  });
}
