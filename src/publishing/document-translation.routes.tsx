import type { FastifyInstance, FastifyRequest } from "fastify";
import { inTransaction } from "../auth/auth.types.ts";
import { documentTranslationSpec } from "../documents/document.schema.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { isLang } from "../i18n/languages.ts";
import { saveChanges, saveNewRecord } from "../records/record.commands.ts";
import { listRecords } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { pageContext, type ServerDeps } from "../server/server-deps.ts";
import { requireStaff, sendHtml } from "../server/staff-context.ts";
import type { FieldError } from "../server/views/components.tsx";
import {
  readTranslationForm,
  translationFormErrors,
  type TranslationForm,
} from "./document-form.ts";
import { translationPage } from "./document-form.views.tsx";
import { loadDocument } from "./documents.routes.tsx";
import { pt } from "./publishing.messages.ts";

type Params = { Params: { id: string; lang: string } };

/** Writing and translating: the original beside the translation, saved with optimistic locking. */
export function registerTranslationRoutes(app: FastifyInstance, deps: ServerDeps): void {
  const db = () => deps.vault.db();

  /** The document (edit rights, else 404), its translations and the one in `lang`. */
  const load = async (req: FastifyRequest<Params>, lang: string) => {
    const actor = requireStaff(req);
    const doc = await loadDocument(deps, actor, req.params.id);
    if (!isLang(lang)) throw new NotFoundError();
    const translations = await listRecords(db(), null, documentTranslationSpec, {
      where: { document_id: doc.id },
      redact: true,
    });
    const find = (l: unknown) => translations.find((t) => t.language === l);
    return {
      actor,
      doc,
      lang,
      existing: find(lang),
      original: find(doc.original_language),
      isOriginal: lang === doc.original_language,
    };
  };

  const formOf = (t: DomainRecord | undefined): TranslationForm => ({
    title: t ? String(t.title) : "",
    summary: typeof t?.summary === "string" ? t.summary : "",
    body_markdown: t ? String(t.body_markdown) : "",
    translation_status: t ? String(t.translation_status) : "draft",
    version: t?.version ?? 0,
  });

  app.get<Params>("/staff/documents/:id/translations/:lang", async (req, reply) => {
    const s = await load(req, req.params.lang);
    const page = translationPage(pageContext(deps, req, reply), {
      documentId: s.doc.id,
      lang: s.lang,
      original: s.original,
      isOriginal: s.isOriginal,
      form: formOf(s.existing),
      errors: [],
    });
    return sendHtml(reply, page);
  });

  app.post<Params>("/staff/documents/:id/translations/:lang", async (req, reply) => {
    const s = await load(req, req.params.lang);
    const form = readTranslationForm(req.body, s.isOriginal);
    const again = (errors: FieldError[], status: number, conflict?: DomainRecord) =>
      sendHtml(
        reply,
        translationPage(pageContext(deps, req, reply), {
          documentId: s.doc.id,
          lang: s.lang,
          original: s.original,
          isOriginal: s.isOriginal,
          form,
          errors,
          conflict,
        }),
        status,
      );
    const errors = translationFormErrors(req.lang, form);
    if (errors.length) return again(errors, 422);
    const data = {
      title: form.title,
      summary: form.summary || null,
      body_markdown: form.body_markdown,
      translation_status: form.translation_status,
    };
    const base = { keys: deps.vault.keys(), actor: s.actor, spec: documentTranslationSpec };
    try {
      await inTransaction(db(), async (trx) => {
        if (!s.existing && form.version === 0)
          return saveNewRecord({
            ...base,
            db: trx,
            orgId: String(s.doc.org_id),
            data: { ...data, document_id: s.doc.id, language: s.lang },
          });
        // Someone else created this translation while the form was open: a conflict, as an edit.
        if (!s.existing) throw new ConflictError("document_translation", s.doc.id, form.version, 1);
        return saveChanges({
          ...base,
          db: trx,
          id: s.existing.id,
          expectedVersion: form.version,
          changes: data,
        });
      });
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err;
      // The typed text comes back untouched, the saved text beside it, and the new version.
      const fresh = (await load(req, s.lang)).existing!;
      form.version = fresh.version;
      return again([{ field: "conflict", message: pt(req.lang, "conflict.summary") }], 409, fresh);
    }
    return reply.redirect(`/staff/documents/${s.doc.id}?done=saved`, 303);
  });
}
