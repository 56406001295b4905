import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { NotFoundError, ValidationError } from "../errors.ts";
import { t } from "../i18n/i18n.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStepUp, sendHtml } from "../server/staff-context.ts";
import type { FieldError } from "../server/views/components.tsx";
import { field } from "./auth.routes.tsx";
import { ROLES, type Role, type StaffActor } from "./auth.types.ts";
import { createUser } from "./enrolment.ts";
import { disableUser, enableUser, reissueEnrolment } from "./user.commands.ts";
import { findUserById, listUsers } from "./user.repository.ts";
import { usersPage } from "./user-admin.views.tsx";

/** Admins only, and only with a fresh second factor; anyone else sees "not found". */
function requireAdmin(req: FastifyRequest, now: Date): StaffActor {
  const actor = requireStepUp(req, now);
  if (actor.role !== "admin") throw new NotFoundError();
  return actor;
}

/** Account administration for an organisation's admins: add, disable, enable, new set-up link. */
export function registerUserAdminRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();
  const keys = () => deps.vault.keys();
  const enrolUrl = (token: string) => `${deps.rp.origin}/staff/enrol/${token}`;

  const show = async (
    req: FastifyRequest,
    reply: FastifyReply,
    actor: StaffActor,
    extra: Parameters<typeof usersPage>[1] extends infer D ? Partial<D> : never = {},
    status = 200,
  ) => {
    const users = await listUsers(db(), keys(), actor.orgId);
    return sendHtml(reply, usersPage(pageContext(deps, req, reply), { users, ...extra }), status);
  };

  /** The user if it belongs to the admin's organisation; otherwise the same 404 as a missing one. */
  const ownUser = async (actor: StaffActor, id: string) => {
    const row = await findUserById(db(), id);
    if (!row || row.org_id !== actor.orgId) throw new NotFoundError();
    return row;
  };

  app.get("/staff/admin/users", async (req, reply) =>
    show(req, reply, requireAdmin(req, deps.now())),
  );

  app.post("/staff/admin/users", async (req, reply) => {
    const now = deps.now();
    const actor = requireAdmin(req, now);
    const email = field(req.body, "email").trim();
    const role = field(req.body, "role") as Role;
    if (!ROLES.includes(role))
      throw new ValidationError([{ path: "role", message: "role_invalid" }]);
    try {
      const created = await createUser({
        db: db(),
        keys: keys(),
        actor,
        orgId: actor.orgId,
        email,
        role,
        now,
      });
      return show(req, reply, actor, {
        link: { email: created.user.email, url: enrolUrl(created.token) },
      });
    } catch (e) {
      if (!(e instanceof ValidationError)) throw e;
      const errors: FieldError[] = e.issues.map((i) => ({
        field: "email",
        message: t(req.lang, i.message === "email_taken" ? "users.exists" : "users.invalid_email"),
      }));
      return show(req, reply, actor, { errors, form: { email, role } }, 422);
    }
  });

  app.post<{ Params: { id: string } }>("/staff/admin/users/:id/disable", async (req, reply) => {
    const now = deps.now();
    const actor = requireAdmin(req, now);
    await ownUser(actor, req.params.id);
    await disableUser({ db: db(), actor, userId: req.params.id, now });
    return reply.redirect("/staff/admin/users", 303);
  });

  app.post<{ Params: { id: string } }>("/staff/admin/users/:id/enable", async (req, reply) => {
    const now = deps.now();
    const actor = requireAdmin(req, now);
    await ownUser(actor, req.params.id);
    await enableUser({ db: db(), actor, userId: req.params.id, now });
    return reply.redirect("/staff/admin/users", 303);
  });

  app.post<{ Params: { id: string } }>("/staff/admin/users/:id/enrolment", async (req, reply) => {
    const now = deps.now();
    const actor = requireAdmin(req, now);
    const row = await ownUser(actor, req.params.id);
    const link = await reissueEnrolment({ db: db(), actor, userId: row.id, now });
    const email =
      (await listUsers(db(), keys(), actor.orgId)).find((u) => u.id === row.id)?.email ?? "";
    return show(req, reply, actor, { link: { email, url: enrolUrl(link.token) } });
  });
}
