import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { actorRef } from "../audit/audit.repository.ts";
import { inTransaction, type StaffActor } from "../auth/auth.types.ts";
import { authorize, can } from "../auth/policy.ts";
import { incidentResource } from "../auth/record-access.ts";
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.ts";
import { listRecords } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStaff, requireStepUp, sendHtml } from "../server/staff-context.ts";
import { formField } from "./document-form.ts";
import { registerDocumentRoutes } from "./documents.routes.tsx";
import {
  incidentPublicationPage,
  pendingPublicationsPage,
  publicationReviewPage,
  type Outcome,
} from "./publication-pages.views.tsx";
import {
  approvePublication,
  publicationStatus,
  publishApproved,
  requestPublication,
  withdrawPublication,
  type PublishableType,
} from "./publication.commands.ts";
import { publicationRecordSpec } from "./publication-record.schema.ts";
import { publicationHref } from "./publication.views.tsx";
import {
  checkId,
  checklistOf,
  commandProps,
  isStale,
  loadPeople,
  loadPublication,
  publicationsOf,
  recordHref,
  recordTitle,
  safePreview,
  type PublishingEnv,
} from "./publishing.loaders.ts";
import { doneNotice, refusal, type Done } from "./publishing-outcome.ts";
import { pt } from "./publishing.messages.ts";

/**
 * Publishing for editors: the incident publication page, the list of pending publications and
 * one publication's review page with approve (second editor, fresh second factor), publish and
 * withdraw; the documents pages register from here too, so app.ts needs one line.
 */
export function registerPublishingRoutes(app: FastifyInstance, deps: ServerDeps): void {
  registerDocumentRoutes(app, deps);
  const db = () => deps.vault.db();
  const env = (): PublishingEnv => ({
    keys: deps.vault.keys(),
    publicDb: deps.vault.stores.publicDb,
    dataDir: deps.vault.stores.config.dataDir,
  });

  const showReview = async (
    req: FastifyRequest,
    reply: FastifyReply,
    actor: StaffActor,
    p: DomainRecord,
    outcome: Outcome = {},
    status = 200,
  ) => {
    const type = p.record_type as PublishableType;
    const recordId = String(p.record_id);
    // Loading a case bundle may audit a reveal (a consented name): one transaction, as commands.
    const data = await inTransaction(db(), async (trx) => {
      const view = await safePreview({
        ...commandProps(env(), trx, actor),
        recordType: type,
        recordId,
      });
      const checklist = type === "document" ? await checklistOf(trx, env(), recordId) : null;
      return {
        ...outcome,
        publication: p,
        title: await recordTitle(trx, type, recordId),
        recordHref: recordHref(type, recordId),
        preview: view,
        stale: await isStale(trx, p, view),
        checklist,
        liveIncidents: checklist?.liveIncidents ?? new Set<string>(),
        people: await loadPeople(trx, deps.vault.keys(), actor),
      };
    });
    return sendHtml(reply, publicationReviewPage(pageContext(deps, req, reply), data), status);
  };

  app.get("/staff/publications", async (req, reply) => {
    const actor = requireStaff(req);
    if (!can(actor, "publish", { orgId: actor.orgId })) throw new NotFoundError();
    const all = await listRecords(db(), null, publicationRecordSpec, {
      where: { org_id: actor.orgId },
    });
    const rows = async (status: string) =>
      Promise.all(
        all
          .filter((p) => publicationStatus(p) === status)
          .map(async (p) => ({
            publication: p,
            title: await recordTitle(db(), String(p.record_type), String(p.record_id)),
            recordHref: recordHref(String(p.record_type), String(p.record_id)),
          })),
      );
    const data = {
      requested: await rows("requested"),
      approved: await rows("approved"),
      people: await loadPeople(db(), deps.vault.keys(), actor),
    };
    return sendHtml(reply, pendingPublicationsPage(pageContext(deps, req, reply), data));
  });

  type WithId = { Params: { id: string } };

  app.get<WithId & { Querystring: { done?: string } }>(
    "/staff/publications/:id",
    async (req, reply) => {
      const actor = requireStaff(req);
      const p = await loadPublication(db(), deps.vault.keys(), actor, req.params.id);
      return showReview(req, reply, actor, p, { notice: doneNotice(req.lang, req.query.done) });
    },
  );

  /** Runs one publication command; a refusal re-renders the review page with the reason. */
  const act = async (
    req: FastifyRequest<WithId>,
    reply: FastifyReply,
    actor: StaffActor,
    p: DomainRecord,
    done: Done,
    command: (props: ReturnType<typeof commandProps>) => Promise<unknown>,
  ) => {
    try {
      await inTransaction(db(), (trx) => command(commandProps(env(), trx, actor)));
    } catch (err) {
      const refused = refusal(req.lang, err);
      if (!refused) throw err;
      return showReview(req, reply, actor, p, { errors: refused.errors }, refused.status);
    }
    return reply.redirect(`${publicationHref(p)}?done=${done}`, 303);
  };

  app.post<WithId>("/staff/publications/:id/approve", async (req, reply) => {
    const actor = requireStaff(req);
    const p = await loadPublication(db(), deps.vault.keys(), actor, req.params.id);
    // The two-person rule is explained before asking for a second factor that could not help.
    if (p.requested_by === actorRef(actor))
      return showReview(
        req,
        reply,
        actor,
        p,
        refusal(req.lang, new ForbiddenError("A second editor must approve"))!,
        403,
      );
    requireStepUp(req, deps.now(), publicationHref(p));
    return act(req, reply, actor, p, "approved", (props) =>
      approvePublication({ ...props, publicationId: p.id }),
    );
  });

  app.post<WithId>("/staff/publications/:id/publish", async (req, reply) => {
    const actor = requireStaff(req);
    const p = await loadPublication(db(), deps.vault.keys(), actor, req.params.id);
    return act(req, reply, actor, p, "published", (props) =>
      publishApproved({ ...props, publicationId: p.id }),
    );
  });

  app.post<WithId>("/staff/publications/:id/withdraw", async (req, reply) => {
    const actor = requireStaff(req);
    const p = await loadPublication(db(), deps.vault.keys(), actor, req.params.id);
    const reason = formField(req.body, "reason").trim();
    if (!reason || reason.length > 2000) {
      const message = pt(req.lang, reason ? "withdraw.reason_long" : "withdraw.reason_missing");
      return showReview(
        req,
        reply,
        actor,
        p,
        { errors: [{ field: "reason", message }], reason },
        422,
      );
    }
    return act(req, reply, actor, p, "withdrawn", (props) =>
      withdrawPublication({ ...props, publicationId: p.id, reason }),
    );
  });

  /** The incident publication page, for editors of the owning organisation only (404 otherwise). */
  const showIncident = async (
    req: FastifyRequest<WithId>,
    reply: FastifyReply,
    outcome: Outcome = {},
    status = 200,
  ) => {
    const actor = requireStaff(req);
    const id = checkId(req.params.id);
    authorize(actor, "publish", await incidentResource(db(), id));
    const data = await inTransaction(db(), async (trx) => ({
      ...outcome,
      incidentId: id,
      title: await recordTitle(trx, "incident", id),
      preview: await safePreview({
        ...commandProps(env(), trx, actor),
        recordType: "incident",
        recordId: id,
      }),
      publications: await publicationsOf(trx, "incident", id),
      people: await loadPeople(trx, deps.vault.keys(), actor),
    }));
    return sendHtml(reply, incidentPublicationPage(pageContext(deps, req, reply), data), status);
  };

  app.get<WithId>("/staff/incidents/:id/publication", async (req, reply) =>
    showIncident(req, reply),
  );

  app.post<WithId>("/staff/incidents/:id/publication", async (req, reply) => {
    const actor = requireStaff(req);
    const id = checkId(req.params.id);
    authorize(actor, "publish", await incidentResource(db(), id));
    let created: DomainRecord;
    try {
      created = await inTransaction(db(), async (trx) => {
        const props = commandProps(env(), trx, actor);
        const view = await safePreview({ ...props, recordType: "incident", recordId: id });
        // Nothing that could not be approved goes to a second editor.
        if (view.issues.length)
          throw new ValidationError(view.issues.map((message) => ({ path: "/", message })));
        return requestPublication({ ...props, recordType: "incident", recordId: id });
      });
    } catch (err) {
      const refused = refusal(req.lang, err);
      if (!refused) throw err;
      return showIncident(req, reply, { errors: refused.errors }, refused.status);
    }
    return reply.redirect(`${publicationHref(created)}?done=requested`, 303);
  });
}
