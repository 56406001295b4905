import type { FastifyInstance } from "fastify";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { ServerDeps } from "../server/server-deps.ts";
import { requireStepUp } from "../server/staff-context.ts";
import { field } from "./auth.routes.tsx";
import type { StaffActor } from "./auth.types.ts";
import { createGrant, grantsForIncident, revokeGrant } from "./grant.repository.ts";
import { GRANT_LEVELS, type GrantLevel, type Resource } from "./policy.ts";
import { incidentResource } from "./record-access.ts";
import { findUserByEmail } from "./user.repository.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Who may share a case: an administrator or editor of the organisation that owns it. A grant is
 * never re-shared by its receiver: sharing stays with the owner, like publishing.
 */
export function canShare(actor: StaffActor, resource: Resource): boolean {
  return actor.orgId === resource.orgId && (actor.role === "admin" || actor.role === "editor");
}

/** Member organisations a case can be shared with (all but the actor's own), by name. */
export async function shareTargets(db: ReturnType<ServerDeps["vault"]["db"]>, actor: StaffActor) {
  const rows = await db
    .selectFrom("organisations")
    .select(["id", "name"])
    .where("is_member", "=", 1)
    .where("id", "!=", actor.orgId)
    .orderBy("name")
    .execute();
  return rows.map((r) => ({ id: String(r.id), name: String(r.name) }));
}

/** Sharing a case from its page: add a grant to an organisation or a user, withdraw one. */
export function registerGrantRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();

  /** The case if the actor may share it (after a fresh second factor); 404 otherwise. */
  const shareable = async (actor: StaffActor, id: string) => {
    if (!UUID.test(id)) throw new NotFoundError();
    const resource = await incidentResource(db(), id);
    if (!resource || !canShare(actor, resource)) throw new NotFoundError();
    return resource;
  };

  app.post<{ Params: { id: string } }>("/staff/incidents/:id/grants", async (req, reply) => {
    const now = deps.now();
    const page = `/staff/incidents/${req.params.id}`;
    const actor = requireStepUp(req, now, page);
    await shareable(actor, req.params.id);
    const level = field(req.body, "level") as GrantLevel;
    const orgId = field(req.body, "org").trim();
    const email = field(req.body, "email").trim();
    if (!GRANT_LEVELS.includes(level) || !orgId === !email)
      throw new ValidationError([{ path: "grantee", message: "grantee_unknown" }]);
    let grantee: { userId: string } | { orgId: string };
    if (email) {
      const user = await findUserByEmail(db(), deps.vault.keys(), email);
      if (!user) throw new ValidationError([{ path: "email", message: "grantee_unknown" }]);
      grantee = { userId: user.id };
    } else {
      const targets = await shareTargets(db(), actor);
      if (!targets.some((t) => t.id === orgId))
        throw new ValidationError([{ path: "org", message: "grantee_unknown" }]);
      grantee = { orgId };
    }
    await createGrant({ db: db(), actor, incidentId: req.params.id, grantee, level, now });
    return reply.redirect(`${page}#sharing`, 303);
  });

  app.post<{ Params: { id: string; grantId: string } }>(
    "/staff/incidents/:id/grants/:grantId/revoke",
    async (req, reply) => {
      const now = deps.now();
      const page = `/staff/incidents/${req.params.id}`;
      const actor = requireStepUp(req, now, page);
      await shareable(actor, req.params.id);
      const grants = await grantsForIncident(db(), req.params.id);
      if (!grants.some((g) => g.id === req.params.grantId)) throw new NotFoundError();
      await revokeGrant({ db: db(), actor, grantId: req.params.grantId, now });
      return reply.redirect(`${page}#sharing`, 303);
    },
  );
}
