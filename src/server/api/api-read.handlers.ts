import type { FastifyReply, FastifyRequest } from "fastify";
import { appendAudit } from "../../audit/audit.repository.ts";
import type { StaffActor } from "../../auth/auth.types.ts";
import { authorize, can } from "../../auth/policy.ts";
import { recordResources } from "../../auth/record-access.ts";
import { NotFoundError } from "../../errors.ts";
import type { Db } from "../../records/record.repository.ts";
import type { ServerDeps } from "../server-deps.ts";
import { requireStaff, requireStepUp } from "../staff-context.ts";
import { encodeCursor, parseGetQuery, parseListQuery, type ListQuery } from "./api-input.ts";
import { presentRow } from "./api-present.ts";
import { findRecordRow, listVisibleRows } from "./api-records.repository.ts";
import { isRecordId, type ApiResource } from "./api-resources.ts";
import { inApiTransaction } from "./api-transaction.ts";

/** The audit event of one identity reveal: which fields were opened, never their values. */
function auditReveal(db: Db, actor: StaffActor, resource: ApiResource, id: string, at: Date) {
  return appendAudit(db, {
    actor,
    action: "record.reveal",
    recordType: resource.spec.type,
    recordId: id,
    fields: resource.revealable,
    at: at.toISOString(),
  });
}

/** The link to the page after `lastId`, with the same filters, limit and reveal. */
function nextLink(resource: ApiResource, q: ListQuery, lastId: string): string {
  const params = new URLSearchParams();
  for (const f of q.filters)
    params.set(f.field.name, f.field.kind === "boolean" ? String(f.value === 1) : String(f.value));
  params.set("limit", String(q.limit));
  if (q.reveal) params.set("reveal", "identity");
  params.set("cursor", encodeCursor(lastId));
  return `${resource.path}?${params}`;
}

/**
 * GET /api/v1/<type>: a page of what the actor may view, redacted. `reveal=identity` on a list
 * needs a fresh step-up (so never an API token); it then opens the rows the actor may reveal,
 * one audit event each, in the transaction of the read.
 */
export function listHandler(deps: ServerDeps, resource: ApiResource) {
  const { spec } = resource;
  return async (req: FastifyRequest) => {
    const actor = requireStaff(req);
    const q = parseListQuery(resource, req.query);
    const now = deps.now();
    if (q.reveal) requireStepUp(req, now);
    const keys = deps.vault.keys();
    return inApiTransaction(deps.vault.db(), async (trx) => {
      const rows = await listVisibleRows(trx, actor, spec, {
        filters: q.filters.map((f) => ({ column: f.field.name, value: f.value })),
        after: q.after,
        limit: q.limit,
      });
      const page = rows.slice(0, q.limit);
      const revealed = new Set<string>();
      if (q.reveal && resource.revealable.length) {
        const ids = page.map((r) => String(r.id));
        const access = await recordResources(trx, actor, spec.type, ids);
        for (const id of ids) {
          const policyView = access.get(id);
          if (!policyView || !can(actor, "reveal_identity", policyView)) continue;
          revealed.add(id);
          await auditReveal(trx, actor, resource, id, now);
        }
      }
      const last = page.at(-1);
      return {
        data: page.map((r) => presentRow(resource, r, keys, revealed.has(String(r.id)))),
        next: rows.length > q.limit && last ? nextLink(resource, q, String(last.id)) : null,
      };
    });
  };
}

/**
 * GET /api/v1/<type>/<id>: one record, redacted unless `reveal=identity` and the actor may reveal
 * it (audited). A record the actor may not view — or may not reveal, when asked to — is answered
 * with the very 404 of a missing one; the same queries run either way.
 */
export function getHandler(deps: ServerDeps, resource: ApiResource) {
  const { spec } = resource;
  return async (req: FastifyRequest<{ Params: { id: string } }>, _reply: FastifyReply) => {
    const actor = requireStaff(req);
    const { reveal } = parseGetQuery(req.query);
    const id = req.params.id;
    if (!isRecordId(id)) throw new NotFoundError();
    const keys = deps.vault.keys();
    const now = deps.now();
    return inApiTransaction(deps.vault.db(), async (trx) => {
      const resources = await recordResources(trx, actor, spec.type, [id]);
      const row = await findRecordRow(trx, spec, id);
      const target = authorize(actor, "view", row ? resources.get(id) : null);
      if (reveal) authorize(actor, "reveal_identity", target);
      if (reveal && spec.protectedFields.length) await auditReveal(trx, actor, resource, id, now);
      return { data: presentRow(resource, row!, keys, reveal) };
    });
  };
}
