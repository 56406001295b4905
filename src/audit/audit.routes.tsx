import { Readable } from "node:stream";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { StaffActor } from "../auth/auth.types.ts";
import { findUserById } from "../auth/user.repository.ts";
import { NotFoundError } from "../errors.ts";
import { t } from "../i18n/i18n.ts";
import { specOf } from "../records/registry.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStaff, requireStepUp, sendHtml } from "../server/staff-context.ts";
import {
  appendAudit,
  listAuditPage,
  streamAudit,
  verifyAuditChain,
  type AuditFilter,
} from "./audit.repository.ts";
import { auditPage } from "./audit.views.tsx";

type AuditQuery = { record_type?: string; record_id?: string; user?: string; before?: string };

const PAGE_SIZE = 100;

/**
 * Turns the query into a filter the admin may see: a record of their organisation, a member of
 * their organisation, or (without either) everything their organisation's members did. Anything
 * else is "not found", like a missing record.
 */
async function auditScope(
  deps: ServerDeps,
  actor: StaffActor,
  q: AuditQuery,
): Promise<AuditFilter> {
  if (actor.role !== "admin") throw new NotFoundError();
  const db = deps.vault.db();
  if (q.user) {
    const user = await findUserById(db, String(q.user));
    if (!user || user.org_id !== actor.orgId) throw new NotFoundError();
    return { actor: `user:${user.id}` };
  }
  if (q.record_type || q.record_id) {
    const type = String(q.record_type ?? "");
    const id = String(q.record_id ?? "");
    if (type === "user") {
      const user = await findUserById(db, id);
      if (!user || user.org_id !== actor.orgId) throw new NotFoundError();
      return { recordType: type, recordId: id };
    }
    const spec = specOf(type);
    if (!spec || !spec.orgScoped) throw new NotFoundError();
    const row = await db
      .selectFrom(spec.table)
      .select("org_id")
      .where("id", "=", id)
      .executeTakeFirst();
    if (!row || row.org_id !== actor.orgId) throw new NotFoundError();
    return { recordType: type, recordId: id };
  }
  return { actorOrgId: actor.orgId };
}

/** The query string for a filter (links to older events and to the export keep it). */
function filterQuery(q: AuditQuery): string {
  const p = new URLSearchParams();
  for (const k of ["record_type", "record_id", "user"] as const) if (q[k]) p.set(k, String(q[k]));
  return p.toString();
}

/** Admins read the audit trail per record, per user or for their organisation, and export it. */
export function registerAuditRoutes(app: FastifyInstance, deps: ServerDeps): void {
  app.get<{ Querystring: AuditQuery }>("/staff/audit", async (req, reply) => {
    const actor = requireStaff(req);
    const filter = await auditScope(deps, actor, req.query);
    const before = /^\d{1,15}$/.test(String(req.query.before ?? ""))
      ? Number(req.query.before)
      : undefined;
    const db = deps.vault.db();
    const events = await listAuditPage(db, { ...filter, beforeSeq: before, limit: PAGE_SIZE });
    const base = filterQuery(req.query);
    const last = events[events.length - 1];
    const olderHref =
      events.length === PAGE_SIZE && last
        ? `/staff/audit?${base}${base ? "&" : ""}before=${last.seq}`
        : null;
    const heading = auditHeading(req, req.query);
    // The whole-chain check is shown on the organisation view only: it reads every event.
    let chain: { broken: { seq: number } | null; count: number } | undefined;
    if (!base && before === undefined) {
      const broken = await verifyAuditChain(db);
      const head = await db.selectFrom("audit_head").select("seq").executeTakeFirst();
      chain = { broken, count: Number(head?.seq ?? 0) };
    }
    return sendHtml(
      reply,
      auditPage(pageContext(deps, req, reply), {
        heading,
        events,
        olderHref,
        exportHref: `/staff/audit.jsonl${base ? `?${base}` : ""}`,
        chain,
      }),
    );
  });

  app.get<{ Querystring: AuditQuery }>("/staff/audit.jsonl", async (req, reply) => {
    const now = deps.now();
    const actor = requireStepUp(req, now);
    const filter = await auditScope(deps, actor, req.query);
    const db = deps.vault.db();
    await appendAudit(db, {
      actor,
      action: "audit.export",
      recordType: filter.recordType ?? (filter.actor ? "user" : null),
      recordId: filter.recordId ?? filter.actor?.slice(5) ?? null,
      at: now.toISOString(),
    });
    const lines = async function* () {
      for await (const e of streamAudit(db, filter)) yield JSON.stringify(e) + "\n";
    };
    return reply
      .type("application/x-ndjson; charset=utf-8")
      .header(
        "Content-Disposition",
        `attachment; filename="audit-${now.toISOString().slice(0, 10)}.jsonl"`,
      )
      .send(Readable.from(lines()));
  });
}

/** The page heading for a filter. */
function auditHeading(req: FastifyRequest, q: AuditQuery): string {
  if (q.user) return t(req.lang, "audit.for_user", { id: String(q.user) });
  if (q.record_id)
    return t(req.lang, "audit.for_record", {
      type: String(q.record_type),
      id: String(q.record_id),
    });
  return t(req.lang, "audit.title");
}
