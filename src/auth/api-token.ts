import { randomUUID } from "node:crypto";
import { appendAudit } from "../audit/audit.repository.ts";
import { ValidationError } from "../errors.ts";
import type { Actor } from "../records/record.types.ts";
import { hashToken, randomToken } from "./auth-crypto.ts";
import { inTransaction, type Db, type StaffActor } from "./auth.types.ts";

/** Prefix that makes a leaked token recognisable to secret scanners. */
export const API_TOKEN_PREFIX = "tnr_";
/** Default and longest lifetimes of an API token. */
export const API_TOKEN_DEFAULT_DAYS = 30;
export const API_TOKEN_MAX_DAYS = 365;

/** An API token as listed (never the token itself). */
export interface ApiTokenInfo {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** Creates a token for a user; the returned `token` is shown once and only its hash is kept. */
export async function createApiToken(props: {
  db: Db;
  actor: Actor;
  userId: string;
  name: string;
  now: Date;
  expiresInDays?: number;
}): Promise<{ token: string; info: ApiTokenInfo }> {
  const days = props.expiresInDays ?? API_TOKEN_DEFAULT_DAYS;
  const name = props.name.trim();
  if (!Number.isInteger(days) || days < 1 || days > API_TOKEN_MAX_DAYS)
    throw new ValidationError([{ path: "expires", message: "token_lifetime_invalid" }]);
  if (!name || name.length > 100)
    throw new ValidationError([{ path: "name", message: "token_name_invalid" }]);
  const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  const at = props.now.toISOString();
  const info: ApiTokenInfo = {
    id: randomUUID(),
    userId: props.userId,
    name,
    createdAt: at,
    expiresAt: new Date(props.now.getTime() + days * 86_400_000).toISOString(),
    revokedAt: null,
  };
  await inTransaction(props.db, async (trx) => {
    const user = await trx
      .selectFrom("users")
      .select("status")
      .where("id", "=", props.userId)
      .executeTakeFirst();
    if (!user || user.status !== "active")
      throw new ValidationError([{ path: "user", message: "user_not_active" }]);
    await trx
      .insertInto("api_tokens")
      .values({
        id: info.id,
        token_hash: hashToken(token),
        user_id: info.userId,
        name,
        created_at: at,
        expires_at: info.expiresAt,
        revoked_at: null,
      })
      .execute();
    await appendAudit(trx, {
      actor: props.actor,
      action: "api_token.create",
      recordType: "api_token",
      recordId: info.id,
      fields: ["user_id", "name", "expires_at"],
      at,
    });
  });
  return { token, info };
}

/** The actor a bearer token stands for, or null if unknown, expired, revoked or its user disabled. */
export async function resolveApiToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ tokenId: string; actor: StaffActor } | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const r = await db
    .selectFrom("api_tokens as t")
    .innerJoin("users as u", "u.id", "t.user_id")
    .select(["t.id", "t.expires_at", "t.revoked_at", "u.id as user_id", "u.org_id", "u.role"])
    .select(["u.status", "u.enrolled_at"])
    .where("t.token_hash", "=", hashToken(token))
    .executeTakeFirst();
  if (!r || r.revoked_at !== null || r.expires_at <= now.toISOString()) return null;
  if (r.status !== "active" || r.enrolled_at === null) return null;
  return { tokenId: r.id, actor: { kind: "user", id: r.user_id, orgId: r.org_id, role: r.role } };
}

/** A user's tokens, newest first, revoked and expired ones included (for the token page). */
export async function listApiTokens(db: Db, userId: string): Promise<ApiTokenInfo[]> {
  const rows = await db
    .selectFrom("api_tokens")
    .selectAll()
    .where("user_id", "=", userId)
    .orderBy("created_at", "desc")
    .execute();
  return rows.map((r: any) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    revokedAt: r.revoked_at,
  }));
}

/** Revokes one of a user's tokens; false when it is not theirs or already revoked. */
export async function revokeApiToken(props: {
  db: Db;
  actor: Actor;
  userId: string;
  tokenId: string;
  now: Date;
}): Promise<boolean> {
  return inTransaction(props.db, async (trx) => {
    const r = await trx
      .updateTable("api_tokens")
      .set({ revoked_at: props.now.toISOString() })
      .where("id", "=", props.tokenId)
      .where("user_id", "=", props.userId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
    await appendAudit(trx, {
      actor: props.actor,
      action: "api_token.revoke",
      recordType: "api_token",
      recordId: props.tokenId,
      fields: ["revoked_at"],
      at: props.now.toISOString(),
    });
    return true;
  });
}

/** One token as listed, found by its id (for an administrator who has only the id). */
export async function findApiToken(db: Db, tokenId: string): Promise<ApiTokenInfo | undefined> {
  const r: any = await db
    .selectFrom("api_tokens")
    .selectAll()
    .where("id", "=", tokenId)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        userId: r.user_id,
        name: r.name,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        revokedAt: r.revoked_at,
      }
    : undefined;
}
