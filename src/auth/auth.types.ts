import type { Kysely, Transaction } from "kysely";

/** The vault database or a transaction on it: repositories accept either. */
export type Db = Kysely<any> | Transaction<any>;

/** Staff roles within an organisation, most powerful first. */
export const ROLES = ["admin", "editor", "caseworker", "researcher"] as const;
/** A staff role within an organisation. */
export type Role = (typeof ROLES)[number];

/** An account is either usable or disabled (disabling ends every session at once). */
export type UserStatus = "active" | "disabled";

/** A staff account as the domain sees it (the e-mail opened, no secret). */
export interface AuthUser {
  id: string;
  orgId: string;
  email: string;
  role: Role;
  status: UserStatus;
  enrolled: boolean;
  version: number;
}

/** A signed-in staff member, as policies and audit events see them. */
export interface StaffActor {
  kind: "user";
  id: string;
  orgId: string;
  role: Role;
}

/** Builds the actor for a user (what sessions and API tokens resolve to). */
export function staffActor(user: Pick<AuthUser, "id" | "orgId" | "role">): StaffActor {
  return { kind: "user", id: user.id, orgId: user.orgId, role: user.role };
}

/** Runs `fn` in the caller's transaction, or in a new one when given the database itself. */
export async function inTransaction<T>(db: Db, fn: (trx: Transaction<any>) => Promise<T>) {
  if (db.isTransaction) return fn(db as Transaction<any>);
  return (db as Kysely<any>).transaction().execute(fn);
}
