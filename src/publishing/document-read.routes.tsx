import type { FastifyInstance } from "fastify";
import { can } from "../auth/policy.ts";
import { documentSpec, documentTranslationSpec } from "../documents/document.schema.ts";
import { NotFoundError } from "../errors.ts";
import { isLang, type Lang } from "../i18n/languages.ts";
import { listRecords } from "../records/record.repository.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStaff, sendHtml } from "../server/staff-context.ts";
import { figureProblems, incidentRefs } from "./document-checklist.ts";
import { documentPreviewPage } from "./document-preview.views.tsx";
import { loadDocument } from "./documents.routes.tsx";
import { documentListPage, documentState } from "./documents.views.tsx";
import { publicIncidentId } from "./public-id.ts";
import { loadDocumentBundle, projectDocument } from "./public-document.loader.ts";
import { publishedIncidentIds } from "./public-store.repository.ts";
import { publicationsOf, recordTitle } from "./publishing.loaders.ts";

const PAGE_SIZE = 50;

/** The read-only document pages: the organisation's list, and one text previewed as published. */
export function registerDocumentReadRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();

  app.get<{ Querystring: { page?: string; done?: string } }>(
    "/staff/documents",
    async (req, reply) => {
      const actor = requireStaff(req);
      if (!can(actor, "edit", { orgId: actor.orgId })) throw new NotFoundError();
      const page = Math.min(
        Math.max(Number.parseInt(String(req.query.page ?? "1"), 10) || 1, 1),
        10_000,
      );
      const docs = await listRecords(db(), null, documentSpec, {
        where: { org_id: actor.orgId },
        limit: PAGE_SIZE + 1,
        offset: (page - 1) * PAGE_SIZE,
        redact: true,
      });
      const rows = [];
      for (const document of docs.slice(0, PAGE_SIZE)) {
        const translations = await listRecords(db(), null, documentTranslationSpec, {
          where: { document_id: document.id },
          redact: true,
        });
        rows.push({
          document,
          title: await recordTitle(db(), "document", document.id),
          state: documentState(await publicationsOf(db(), "document", document.id)),
          translations: new Map(
            translations.map((t) => [String(t.language), String(t.translation_status)]),
          ),
        });
      }
      const ctx = pageContext(deps, req, reply);
      return sendHtml(
        reply,
        documentListPage(ctx, { rows, page, more: docs.length > PAGE_SIZE, canEdit: true }),
      );
    },
  );

  app.get<{ Params: { id: string; lang: string } }>(
    "/staff/documents/:id/preview/:lang",
    async (req, reply) => {
      const actor = requireStaff(req);
      const doc = await loadDocument(deps, actor, req.params.id);
      const lang = req.params.lang;
      const bundle = await loadDocumentBundle(db(), doc.id);
      const t = bundle.translations.find((x) => x.language === lang);
      if (!isLang(lang) || !t) throw new NotFoundError();
      const body = String(t.body_markdown);
      const problems = figureProblems(body);
      // The public projection of this one text, as if reviewed: the very code publishing runs.
      const row = await projectDocument(
        {
          ...bundle,
          translations: problems.length ? [] : [{ ...t, translation_status: "reviewed" }],
        },
        deps.vault.keys(),
        deps.vault.stores.publicDb,
      );
      const cited = (doc.cited_incident_ids as string[]).map((id) =>
        publicIncidentId(deps.vault.keys(), id),
      );
      const liveIncidents = await publishedIncidentIds(deps.vault.stores.publicDb, [
        ...cited,
        ...incidentRefs(body),
      ]);
      const fallback = { language: lang as Lang, title: String(t.title), summary: null, body: "" };
      const page = documentPreviewPage(pageContext(deps, req, reply), {
        documentId: doc.id,
        doc: row,
        translation: row.translations[0] ?? fallback,
        published: ["original", "reviewed"].includes(String(t.translation_status)),
        liveIncidents,
        problems,
      });
      return sendHtml(reply, page);
    },
  );
}
