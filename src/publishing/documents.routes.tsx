import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction, type StaffActor } from "../auth/auth.types.ts";
import { authorize, can } from "../auth/policy.ts";
import { incidentResource } from "../auth/record-access.ts";
import { documentSpec, documentTranslationSpec } from "../documents/document.schema.ts";
import { attachmentMaxBytes } from "../documents/document-attachment.commands.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { organisationSpec } from "../organisations/organisation.schema.ts";
import { saveChanges, saveNewRecord } from "../records/record.commands.ts";
import { listRecords } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStaff, sendHtml } from "../server/staff-context.ts";
import {
  citedIds,
  documentFormErrors,
  readDocumentForm,
  type DocumentForm,
} from "./document-form.ts";
import { registerDocumentFileRoutes } from "./document-files.routes.ts";
import { documentFormPage } from "./document-form.views.tsx";
import { registerDocumentReadRoutes } from "./document-read.routes.tsx";
import { registerTranslationRoutes } from "./document-translation.routes.tsx";
import { documentPage } from "./documents.views.tsx";
import { loadDocumentBundle } from "./public-document.loader.ts";
import type { Outcome } from "./publication-pages.views.tsx";
import { requestPublication } from "./publication.commands.ts";
import { publicationHref } from "./publication.views.tsx";
import {
  checkId,
  checklistOf,
  commandProps,
  loadPeople,
  publicationsOf,
  recordTitle,
} from "./publishing.loaders.ts";
import { refusal } from "./publishing-outcome.ts";
import { pt, type PublishingKey } from "./publishing.messages.ts";

/** The notices a redirect back to the document page may ask for. */
const DONE: Record<string, PublishingKey | undefined> = {
  saved: "done.saved",
  file_added: "done.file_added",
  file_removed: "done.file_removed",
};

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A document the actor may act on as a policy resource (404 for other organisations and roles). */
export async function loadDocument(
  deps: ServerDeps,
  actor: StaffActor,
  id: string,
  action: "edit" | "publish" = "edit",
) {
  const [doc] = await listRecords(deps.vault.db(), null, documentSpec, {
    where: { id: checkId(id) },
    redact: true,
  });
  const resource: (DomainRecord & { orgId: string }) | null = doc
    ? Object.assign({}, doc, { orgId: String(doc.org_id) })
    : null;
  return authorize(actor, action, resource);
}

/** The editors' document pages: list, new, details, preview, submit for review. */
export function registerDocumentRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();
  const env = () => ({ keys: deps.vault.keys(), publicDb: deps.vault.stores.publicDb });
  registerTranslationRoutes(app, deps);
  registerDocumentReadRoutes(app, deps);

  /** The member organisations that can co-author (never the actor's own: it is the author). */
  const organisations = async (actor: StaffActor): Promise<[string, string][]> =>
    (await listRecords(db(), null, organisationSpec, { redact: true }))
      .filter((o) => o.is_member === true && o.id !== actor.orgId)
      .map((o) => [o.id, String(o.name)]);

  /** The typed incident ids this actor may cite: real incidents it can see. */
  const citable = async (actor: StaffActor, form: DocumentForm) => {
    const ok = new Set<string>();
    for (const id of citedIds(form).slice(0, 500))
      if (ID.test(id)) {
        const r = await incidentResource(db(), id);
        if (r && can(actor, "view", r)) ok.add(id);
      }
    return ok;
  };

  const formErrors = async (
    req: FastifyRequest,
    actor: StaffActor,
    form: DocumentForm,
    isNew: boolean,
  ) => {
    const orgs = await organisations(actor);
    const taken =
      isNew &&
      (await listRecords(db(), null, documentSpec, { where: { slug: form.slug }, limit: 1 }))
        .length > 0;
    const errors = documentFormErrors(req.lang, form, {
      isNew,
      organisations: new Set(orgs.map(([id]) => id)),
      citable: await citable(actor, form),
      slugTaken: taken,
    });
    return { errors, orgs };
  };

  app.get("/staff/documents/new", async (req, reply) => {
    const actor = requireStaff(req);
    if (!can(actor, "edit", { orgId: actor.orgId })) throw new NotFoundError();
    const form = readDocumentForm({
      original_language: req.lang,
      document_type: "analytical_document",
    });
    const page = documentFormPage(pageContext(deps, req, reply), {
      form,
      errors: [],
      organisations: await organisations(actor),
    });
    return sendHtml(reply, page);
  });

  app.post("/staff/documents", async (req, reply) => {
    const actor = requireStaff(req);
    if (!can(actor, "edit", { orgId: actor.orgId })) throw new NotFoundError();
    const form = readDocumentForm(req.body);
    const { errors, orgs } = await formErrors(req, actor, form, true);
    if (errors.length)
      return sendHtml(
        reply,
        documentFormPage(pageContext(deps, req, reply), { form, errors, organisations: orgs }),
        422,
      );
    const created = await inTransaction(db(), async (trx) => {
      const base = { db: trx, keys: deps.vault.keys(), actor };
      const document = await saveNewRecord({
        ...base,
        spec: documentSpec,
        data: {
          slug: form.slug,
          document_type: form.document_type,
          categories: form.categories,
          co_author_ids: form.co_author_ids,
          cited_incident_ids: citedIds(form),
          // Publication records decide where a document stands; the field only starts it off.
          status: "draft",
          original_language: form.original_language,
          published_on: form.published_on || null,
        },
      });
      await saveNewRecord({
        ...base,
        spec: documentTranslationSpec,
        data: {
          document_id: document.id,
          language: form.original_language,
          title: form.title,
          summary: null,
          body_markdown: "",
          translation_status: "original",
        },
      });
      return document;
    });
    return reply.redirect(
      `/staff/documents/${created.id}/translations/${form.original_language}`,
      303,
    );
  });

  type WithId = { Params: { id: string } };

  const showDocument = async (
    req: FastifyRequest<WithId>,
    reply: FastifyReply,
    outcome: Outcome = {},
    status = 200,
  ) => {
    const actor = requireStaff(req);
    const doc = await loadDocument(deps, actor, req.params.id);
    const bundle = await loadDocumentBundle(db(), doc.id);
    const data = {
      ...outcome,
      document: bundle.document,
      title: await recordTitle(db(), "document", doc.id),
      translations: bundle.translations,
      coAuthors: bundle.coAuthors.map((o) => String(o.name)),
      checklist: await checklistOf(db(), env(), doc.id),
      publications: await publicationsOf(db(), "document", doc.id),
      people: await loadPeople(db(), deps.vault.keys(), actor),
      canPublish: can(actor, "publish", doc),
      attachments: bundle.attachments,
      maxAttachmentBytes: attachmentMaxBytes(),
    };
    return sendHtml(reply, documentPage(pageContext(deps, req, reply), data), status);
  };

  app.get<WithId & { Querystring: { done?: string } }>(
    "/staff/documents/:id",
    async (req, reply) => {
      const done = DONE[req.query.done ?? ""];
      return showDocument(req, reply, { notice: done && pt(req.lang, done) });
    },
  );
  registerDocumentFileRoutes(app, deps, showDocument);

  app.get<WithId>("/staff/documents/:id/edit", async (req, reply) => {
    const actor = requireStaff(req);
    const doc = await loadDocument(deps, actor, req.params.id);
    const form = readDocumentForm({
      document_type: doc.document_type,
      categories: doc.categories,
      co_author_ids: doc.co_author_ids,
      cited: (doc.cited_incident_ids as string[]).join("\n"),
      published_on: doc.published_on ?? "",
      version: String(doc.version),
    });
    const page = documentFormPage(pageContext(deps, req, reply), {
      form,
      errors: [],
      documentId: doc.id,
      organisations: await organisations(actor),
    });
    return sendHtml(reply, page);
  });

  app.post<WithId>("/staff/documents/:id/edit", async (req, reply) => {
    const actor = requireStaff(req);
    const doc = await loadDocument(deps, actor, req.params.id);
    const form = readDocumentForm(req.body);
    const { errors, orgs } = await formErrors(req, actor, form, false);
    const again = (e: typeof errors, status: number, conflict?: typeof doc) =>
      sendHtml(
        reply,
        documentFormPage(pageContext(deps, req, reply), {
          form,
          errors: e,
          documentId: doc.id,
          organisations: orgs,
          conflict,
        }),
        status,
      );
    if (errors.length) return again(errors, 422);
    try {
      await inTransaction(db(), (trx) =>
        saveChanges({
          db: trx,
          keys: deps.vault.keys(),
          actor,
          spec: documentSpec,
          id: doc.id,
          expectedVersion: form.version,
          changes: {
            document_type: form.document_type,
            categories: form.categories,
            co_author_ids: form.co_author_ids,
            cited_incident_ids: citedIds(form),
            published_on: form.published_on || null,
          },
        }),
      );
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      // Nothing typed is lost: the input comes back with the saved version beside it, and the
      // form now carries that version so saving again is a deliberate overwrite.
      const current = await loadDocument(deps, actor, doc.id);
      form.version = current.version;
      return again(
        [{ field: "conflict", message: pt(req.lang, "conflict.summary") }],
        409,
        current,
      );
    }
    return reply.redirect(`/staff/documents/${doc.id}?done=saved`, 303);
  });

  app.post<WithId>("/staff/documents/:id/submit", async (req, reply) => {
    const actor = requireStaff(req);
    const doc = await loadDocument(deps, actor, req.params.id, "publish");
    const checklist = await checklistOf(db(), env(), doc.id);
    if (!checklist.ready)
      return showDocument(
        req,
        reply,
        { errors: [{ field: "checklist-title", message: pt(req.lang, "checklist.not_ready") }] },
        422,
      );
    try {
      const p = await inTransaction(db(), (trx) =>
        requestPublication({
          ...commandProps(env(), trx, actor),
          recordType: "document",
          recordId: doc.id,
        }),
      );
      return reply.redirect(`${publicationHref(p)}?done=requested`, 303);
    } catch (err) {
      const refused = refusal(req.lang, err);
      if (!refused) throw err;
      return showDocument(req, reply, { errors: refused.errors }, refused.status);
    }
  });
}
