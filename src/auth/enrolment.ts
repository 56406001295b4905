import { randomUUID } from "node:crypto";
import { actorRef, appendAudit } from "../audit/audit.repository.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import type { Actor } from "../records/record.types.ts";
import { hashToken, normaliseEmail, randomToken } from "./auth-crypto.ts";
import { inTransaction, ROLES, type AuthUser, type Db, type Role } from "./auth.types.ts";
import { assertPasswordPolicy, hashPassword } from "./password.ts";
import { replaceRecoveryCodes } from "./recovery-codes.ts";
import { consumeTotp, loadTotp, newTotpSecret, storePendingTotp, totpUri } from "./totp.ts";
import {
  findUserByEmail,
  findUserById,
  insertUser,
  toAuthUser,
  updateUser,
} from "./user.repository.ts";

/** How long an enrolment link works. */
export const ENROLMENT_TTL_MS = 24 * 60 * 60 * 1000;

/** A one-time enrolment link's secret part, shown once. */
export interface EnrolmentToken {
  token: string;
  expiresAt: string;
}

/** Stores a new one-time enrolment token (256-bit, hashed) for a user and returns it. */
export async function issueEnrolmentToken(
  db: Db,
  userId: string,
  now: Date,
): Promise<EnrolmentToken> {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + ENROLMENT_TTL_MS).toISOString();
  await db
    .insertInto("enrolment_tokens")
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      created_at: now.toISOString(),
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** Creates an account in an organisation (no password yet) and its one-time enrolment token. */
export async function createUser(props: {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  orgId: string;
  email: string;
  role: Role;
  now: Date;
}): Promise<{ user: AuthUser } & EnrolmentToken> {
  const { db, keys, actor, now } = props;
  const email = normaliseEmail(props.email);
  const issues = [];
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 320)
    issues.push({ path: "email", message: "email_invalid" });
  if (!ROLES.includes(props.role)) issues.push({ path: "role", message: "role_invalid" });
  if (issues.length) throw new ValidationError(issues);
  return inTransaction(db, async (trx) => {
    const org = await trx
      .selectFrom("organisations")
      .select("id")
      .where("id", "=", props.orgId)
      .executeTakeFirst();
    if (!org) throw new NotFoundError("organisation");
    if (await findUserByEmail(trx, keys, email))
      throw new ValidationError([{ path: "email", message: "email_taken" }]);
    const row = await insertUser(trx, keys, {
      id: randomUUID(),
      orgId: props.orgId,
      email,
      role: props.role,
      createdBy: actorRef(actor),
      now,
    });
    const link = await issueEnrolmentToken(trx, row.id, now);
    await appendAudit(trx, {
      actor,
      action: "user.create",
      recordType: "user",
      recordId: row.id,
      fields: ["org_id", "email", "role", "enrolment_token"],
      at: now.toISOString(),
    });
    return { user: toAuthUser(keys, row), ...link };
  });
}

/** The user a still-valid, unused enrolment token belongs to (active and not yet enrolled). */
async function enrolmentUser(db: Db, token: string, now: Date) {
  const row = await db
    .selectFrom("enrolment_tokens")
    .select(["user_id", "expires_at", "used_at"])
    .where("token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!row || row.used_at !== null || row.expires_at <= now.toISOString()) return null;
  const user = await findUserById(db, row.user_id);
  return user && user.status === "active" && user.enrolled_at === null ? user : null;
}

/**
 * Opens an enrolment link: gives the TOTP secret and its `otpauth://` URI to show as a QR code.
 * Opening it again shows the same secret, so reloading the page does not spoil a scan.
 */
export async function beginEnrolment(props: {
  db: Db;
  keys: VaultKeys;
  token: string;
  now: Date;
}): Promise<{ userId: string; email: string; secret: string; uri: string }> {
  const { db, keys, now } = props;
  return inTransaction(db, async (trx) => {
    const row = await enrolmentUser(trx, props.token, now);
    if (!row) throw new NotFoundError("enrolment link");
    const user = toAuthUser(keys, row);
    let secret = (await loadTotp(trx, keys, user.id))?.secret;
    if (!secret) {
      secret = newTotpSecret();
      await storePendingTotp(trx, keys, user.id, secret, now);
      await appendAudit(trx, {
        actor: { kind: "user", id: user.id, orgId: user.orgId },
        action: "user.totp_pending",
        recordType: "user",
        recordId: user.id,
        fields: ["totp_secret"],
        at: now.toISOString(),
      });
    }
    return { userId: user.id, email: user.email, secret, uri: totpUri(secret, user.email) };
  });
}

/**
 * Finishes enrolment: checks the password policy and the first TOTP code, stores the password
 * hash, confirms the second factor, uses up the link and returns 10 recovery codes (shown once).
 */
export async function completeEnrolment(props: {
  db: Db;
  keys: VaultKeys;
  token: string;
  password: string;
  totpCode: string;
  now: Date;
}): Promise<{ user: AuthUser; recoveryCodes: string[] }> {
  const { db, keys, now } = props;
  if (!(await enrolmentUser(db, props.token, now))) throw new NotFoundError("enrolment link");
  assertPasswordPolicy(props.password);
  // Hashed before the transaction: argon2 takes tens of milliseconds and needs no lock.
  const passwordHash = await hashPassword(props.password);
  return inTransaction(db, async (trx) => {
    const used = await trx
      .updateTable("enrolment_tokens")
      .set({ used_at: now.toISOString() })
      .where("token_hash", "=", hashToken(props.token))
      .where("used_at", "is", null)
      .where("expires_at", ">", now.toISOString())
      .executeTakeFirst();
    // The update above claims the link: of two submissions racing, only one gets here.
    const row = await trx
      .selectFrom("enrolment_tokens")
      .select("user_id")
      .where("token_hash", "=", hashToken(props.token))
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1 || !row) throw new NotFoundError("enrolment link");
    const userId: string = row.user_id;
    if (!(await consumeTotp(trx, keys, userId, props.totpCode, now, { confirm: true })))
      throw new ValidationError([{ path: "totp", message: "totp_invalid" }]);
    await updateUser(
      trx,
      userId,
      { password_hash: passwordHash, enrolled_at: now.toISOString() },
      now,
    );
    await trx.deleteFrom("enrolment_tokens").where("user_id", "=", userId).execute();
    const recoveryCodes = await replaceRecoveryCodes(trx, keys, userId, now);
    const user = toAuthUser(keys, (await findUserById(trx, userId))!);
    await appendAudit(trx, {
      actor: { kind: "user", id: user.id, orgId: user.orgId },
      action: "user.enrol",
      recordType: "user",
      recordId: user.id,
      fields: ["password_hash", "totp", "recovery_codes", "enrolled_at"],
      at: now.toISOString(),
    });
    return { user, recoveryCodes };
  });
}
