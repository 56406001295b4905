import { NotFoundError } from "../errors.ts";
import type { Role, StaffActor } from "./auth.types.ts";

/** What an actor may try to do to a case record (or, for administer_users, an organisation). */
export type Action =
  "view" | "edit" | "reveal_identity" | "publish" | "administer_users" | "export";

/** Every action, for views that list what a user can do and for exhaustive tests. */
export const ACTIONS: readonly Action[] = [
  "view",
  "edit",
  "reveal_identity",
  "publish",
  "administer_users",
  "export",
];

/** How far a grant shares a case: read, write, or read with identities. */
export type GrantLevel = "read" | "write" | "read_identities";
export const GRANT_LEVELS: readonly GrantLevel[] = ["read", "write", "read_identities"];

/** A case shared with one user or one organisation (exactly one grantee is set). */
export interface Grant {
  granteeUserId: string | null;
  granteeOrgId: string | null;
  level: GrantLevel;
  revokedAt?: string | null;
}

/** What a policy needs to know about a record: its owner and the grants on its case. */
export interface Resource {
  orgId: string;
  grants?: readonly Grant[];
}

/**
 * Within the owning organisation. Researchers analyse without identities and change nothing;
 * caseworkers handle cases but neither publish nor export; editors do everything about cases;
 * admins also manage their organisation's accounts.
 */
const ROLE_ACTIONS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set(ACTIONS),
  editor: new Set(["view", "edit", "reveal_identity", "publish", "export"]),
  caseworker: new Set(["view", "edit", "reveal_identity"]),
  researcher: new Set(["view"]),
};

/** What a grant allows; publishing, exporting and administration stay with the owner. */
const GRANT_ACTIONS: Record<GrantLevel, ReadonlySet<Action>> = {
  read: new Set(["view"]),
  write: new Set(["view", "edit"]),
  read_identities: new Set(["view", "reveal_identity"]),
};

/** True when the grant is live and names this actor or the actor's organisation. */
function grantApplies(actor: StaffActor, g: Grant): boolean {
  if (g.revokedAt) return false;
  return (
    (g.granteeUserId !== null && g.granteeUserId === actor.id) ||
    (g.granteeOrgId !== null && g.granteeOrgId === actor.orgId)
  );
}

/**
 * Whether an actor may do an action to a record: the role decides inside the owning
 * organisation; outside it, only live grants do, and never beyond what the actor's role allows
 * (a researcher given read_identities still sees no identity).
 */
export function can(actor: StaffActor, action: Action, record: Resource): boolean {
  const byRole = ROLE_ACTIONS[actor.role];
  if (!byRole?.has(action)) return false;
  if (actor.orgId === record.orgId) return true;
  return (record.grants ?? []).some(
    (g) => grantApplies(actor, g) && GRANT_ACTIONS[g.level]?.has(action) === true,
  );
}

/** Every action the actor may do to the record (views hide the controls for the rest). */
export function allowedActions(actor: StaffActor, record: Resource): Action[] {
  return ACTIONS.filter((a) => can(actor, a, record));
}

/**
 * Returns the record when the actor may do the action; otherwise throws the very NotFoundError a
 * missing record gets, so an id the actor may not see cannot be told from one that does not exist.
 */
export function authorize<T extends Resource>(
  actor: StaffActor,
  action: Action,
  record: T | null | undefined,
): T {
  if (!record || !can(actor, action, record)) throw new NotFoundError();
  return record;
}
