import type { FastifyInstance } from "fastify";
import { RECORD_SPECS } from "../records/registry.ts";
import { pageContext, type ServerDeps } from "./server-deps.ts";
import { requireStaff, sendHtml } from "./staff-context.ts";
import { staffOverviewPage } from "./views/pages.tsx";

/** The staff start page: how many records of each type the actor's organisation holds. */
export function registerStaffRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.get("/staff", async (req, reply) => {
    const actor = requireStaff(req);
    const db = deps.vault.db();
    // Own organisation only: other organisations' volumes are not this user's business.
    const counts = await Promise.all(
      RECORD_SPECS.filter((s) => s.orgScoped).map(async (s) => ({
        type: s.type,
        n: Number(
          (
            await db
              .selectFrom(s.table)
              .select((eb) => eb.fn.countAll<number>().as("n"))
              .where("org_id", "=", actor.orgId)
              .executeTakeFirst()
          )?.n ?? 0,
        ),
      })),
    );
    return sendHtml(reply, staffOverviewPage(pageContext(deps, req, reply), { counts }));
  });
}
