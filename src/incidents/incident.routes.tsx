import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { appendAudit } from "../audit/audit.repository.ts";
import { inTransaction, type StaffActor } from "../auth/auth.types.ts";
import { authorize, can } from "../auth/policy.ts";
import { incidentIdsSharedWith, incidentResource } from "../auth/record-access.ts";
import { canShare, shareTargets } from "../auth/grant.routes.tsx";
import { findUserById, toAuthUser } from "../auth/user.repository.ts";
import { NotFoundError } from "../errors.ts";
import { getRecord, listRecords } from "../records/record.repository.ts";
import { specOf } from "../records/registry.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStaff, sendHtml } from "../server/staff-context.ts";
import { searchIncidents } from "./incident-search.repository.ts";
import { incidentListPage, incidentPage, type IncidentView } from "./incident.views.tsx";

const PAGE_SIZE = 50;
/** What the incident page shows of a victim's identity once revealed (never notes or relatives). */
const REVEALED_IDENTITY_FIELDS = [
  "full_name",
  "name_variants",
  "birth_date",
  "contacts",
  "current_address",
];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Staff pages for incidents: search list, detail with identity fields revealed only on request. */
export function registerIncidentRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();

  app.get<{ Querystring: { q?: string; page?: string } }>(
    "/staff/incidents",
    async (req, reply) => {
      const actor = requireStaff(req);
      const text = typeof req.query.q === "string" ? req.query.q.slice(0, 200) : "";
      const pageNo = Math.min(
        Math.max(Number.parseInt(String(req.query.page ?? "1"), 10) || 1, 1),
        10_000,
      );
      const sharedIds = await incidentIdsSharedWith(db(), actor);
      const result = await searchIncidents(db(), deps.vault.stores.dialect, {
        text,
        page: pageNo,
        pageSize: PAGE_SIZE,
        visibleTo: { orgId: actor.orgId, sharedIds },
      });
      return sendHtml(
        reply,
        incidentListPage(pageContext(deps, req, reply), {
          text,
          page: pageNo,
          pageSize: PAGE_SIZE,
          result,
        }),
      );
    },
  );

  /** Loads what the incident page shows; identities only when `reveal` (the caller audits). */
  const load = async (actor: StaffActor, id: string, reveal: boolean): Promise<IncidentView> => {
    if (!UUID.test(id)) throw new NotFoundError();
    const resource = authorize(actor, "view", await incidentResource(db(), id));
    const keys = deps.vault.keys();
    const spec = specOf("incident")!;
    const incident = await getRecord(db(), keys, spec, id);
    const canReveal = can(actor, "reveal_identity", resource);
    const revealed = reveal && canReveal;
    const acts = await listRecords(db(), null, specOf("act")!, {
      where: { incident_id: id },
      redact: true,
    });
    const victimIds = [...new Set(acts.map((a) => String(a.victim_id)))];
    const victims = await Promise.all(
      victimIds.map(async (personId) => {
        const person = await getRecord(db(), keys, specOf("person")!, personId);
        let identity: Record<string, unknown> | null = null;
        if (revealed) {
          const [row] = await listRecords(db(), keys, specOf("person_identity")!, {
            where: { person_id: personId },
          });
          if (row) {
            identity = Object.fromEntries(REVEALED_IDENTITY_FIELDS.map((f) => [f, row[f]]));
          }
        }
        return { personId, pseudonym: String(person.pseudonym), identity };
      }),
    );
    return {
      incident: {
        ...(revealed ? incident : redact(incident, spec.protectedFields)),
        id,
        title: String(incident.title),
      },
      protectedFields: spec.protectedFields,
      victims,
      revealed,
      canReveal,
      isAdmin: actor.role === "admin" && actor.orgId === resource.orgId,
      canPublish: can(actor, "publish", resource),
      grants: await Promise.all(
        (resource.grants ?? []).map(async (g) => ({
          id: (g as { id?: string }).id ?? "",
          grantee: await granteeName(g),
          level: g.level,
        })),
      ),
      share: canShare(actor, resource) ? { targets: await shareTargets(db(), actor) } : null,
    };
  };

  /** A grantee as staff recognise it: the organisation's name, or the user's e-mail. */
  const granteeName = async (g: { granteeOrgId: string | null; granteeUserId: string | null }) => {
    if (g.granteeOrgId) {
      const org = await db()
        .selectFrom("organisations")
        .select("name")
        .where("id", "=", g.granteeOrgId)
        .executeTakeFirst();
      return String(org?.name ?? g.granteeOrgId);
    }
    const user = await findUserById(db(), String(g.granteeUserId));
    return user ? openUserEmail(deps.vault.keys(), user) : String(g.granteeUserId);
  };

  const render = (req: FastifyRequest, reply: FastifyReply, view: IncidentView) =>
    sendHtml(reply, incidentPage(pageContext(deps, req, reply), view));

  app.get<{ Params: { id: string } }>("/staff/incidents/:id", async (req, reply) =>
    render(req, reply, await load(requireStaff(req), req.params.id, false)),
  );

  // A POST, not a link: revealing is an action that is recorded, and must not be prefetched.
  app.post<{ Params: { id: string } }>("/staff/incidents/:id/reveal", async (req, reply) => {
    const actor = requireStaff(req);
    const id = req.params.id;
    if (!UUID.test(id)) throw new NotFoundError();
    authorize(actor, "reveal_identity", await incidentResource(db(), id));
    const view = await load(actor, id, true);
    // Nothing is sent before the reveal is on record: the audit commits first.
    await inTransaction(db(), async (trx) => {
      const at = deps.now().toISOString();
      const base = { actor, action: "record.reveal", at };
      await appendAudit(trx, {
        ...base,
        recordType: "incident",
        recordId: id,
        fields: specOf("incident")!.protectedFields,
      });
      for (const p of view.victims) {
        await appendAudit(trx, {
          ...base,
          recordType: "person_identity",
          recordId: p.personId,
          fields: REVEALED_IDENTITY_FIELDS,
        });
      }
    });
    return render(req, reply, view);
  });
}

/** The record with its protected fields removed (never sent to a page that did not reveal). */
function redact<T extends Record<string, unknown>>(record: T, fields: readonly string[]): T {
  const copy: Record<string, unknown> = { ...record };
  for (const f of fields) if (copy[f] !== null && copy[f] !== undefined) copy[f] = "";
  return copy as T;
}

/** A user's e-mail, opened from its sealed column (staff pages show who a case is shared with). */
function openUserEmail(
  keys: Parameters<typeof toAuthUser>[0],
  row: Parameters<typeof toAuthUser>[1],
): string {
  return toAuthUser(keys, row).email;
}
