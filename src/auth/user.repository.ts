import type { VaultKeys } from "../keyring/installation.ts";
import { emailLookup, normaliseEmail, openAuthField, sealAuthField } from "./auth-crypto.ts";
import type { AuthUser, Db, Role, UserStatus } from "./auth.types.ts";

/** A row of `users` as stored (e-mail sealed, password hashed). */
export interface UserRow {
  id: string;
  org_id: string;
  email_lookup: string;
  email: string;
  role: Role;
  status: UserStatus;
  password_hash: string | null;
  enrolled_at: string | null;
  disabled_at: string | null;
  created_at: string;
  created_by: string;
  updated_at: string;
  version: number;
}

const emailAad = (userId: string) => `user/${userId}/email`;

/** Opens a stored row into the domain form (no hash leaves the repository this way). */
export function toAuthUser(keys: VaultKeys, row: UserRow): AuthUser {
  return {
    id: row.id,
    orgId: row.org_id,
    email: openAuthField(keys, row.email, emailAad(row.id)),
    role: row.role,
    status: row.status,
    enrolled: row.enrolled_at !== null,
    version: Number(row.version),
  };
}

/** Inserts a new account without a password; the e-mail is sealed and indexed by keyed HMAC. */
export async function insertUser(
  db: Db,
  keys: VaultKeys,
  u: { id: string; orgId: string; email: string; role: Role; createdBy: string; now: Date },
): Promise<UserRow> {
  const at = u.now.toISOString();
  const row: UserRow = {
    id: u.id,
    org_id: u.orgId,
    email_lookup: emailLookup(keys, u.email),
    email: sealAuthField(keys, normaliseEmail(u.email), emailAad(u.id)),
    role: u.role,
    status: "active",
    password_hash: null,
    enrolled_at: null,
    disabled_at: null,
    created_at: at,
    created_by: u.createdBy,
    updated_at: at,
    version: 1,
  };
  await db.insertInto("users").values(row).execute();
  return row;
}

/** The account an e-mail belongs to, found through its lookup HMAC. */
export async function findUserByEmail(
  db: Db,
  keys: VaultKeys,
  email: string,
): Promise<UserRow | undefined> {
  return findUserByLookup(db, emailLookup(keys, email));
}

/** The account with a lookup HMAC, if any. */
export async function findUserByLookup(db: Db, lookup: string): Promise<UserRow | undefined> {
  return (await db
    .selectFrom("users")
    .selectAll()
    .where("email_lookup", "=", lookup)
    .executeTakeFirst()) as UserRow | undefined;
}

/** The account with an id, if any. */
export async function findUserById(db: Db, id: string): Promise<UserRow | undefined> {
  return (await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst()) as
    UserRow | undefined;
}

/** An organisation's accounts, opened (for the admin's user list). */
export async function listUsers(db: Db, keys: VaultKeys, orgId: string): Promise<AuthUser[]> {
  const rows = (await db
    .selectFrom("users")
    .selectAll()
    .where("org_id", "=", orgId)
    .orderBy("created_at")
    .orderBy("id")
    .execute()) as UserRow[];
  return rows.map((r) => toAuthUser(keys, r));
}

/** Changes columns of an account and bumps its version; returns false when it does not exist. */
export async function updateUser(
  db: Db,
  id: string,
  set: Partial<Pick<UserRow, "status" | "password_hash" | "enrolled_at" | "disabled_at" | "role">>,
  now: Date,
): Promise<boolean> {
  const r = await db
    .updateTable("users")
    .set((eb: any) => ({ ...set, updated_at: now.toISOString(), version: eb("version", "+", 1) }))
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** True when the account may sign in at all: active and enrolled. */
export function canSignIn(row: UserRow | undefined): row is UserRow & { password_hash: string } {
  return !!row && row.status === "active" && row.enrolled_at !== null && !!row.password_hash;
}
