import multipart from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { inTransaction } from "../auth/auth.types.ts";
import {
  attachDocumentFile,
  attachmentFileName,
  attachmentMaxBytes,
  listDocumentAttachments,
  removeDocumentAttachment,
} from "../documents/document-attachment.commands.ts";
import { cleanReportPdf, type PdfRefusal } from "../documents/pdf-clean.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import type { Lang } from "../i18n/languages.ts";
import type { ServerDeps } from "../server/server-deps.ts";
import { requireStaff } from "../server/staff-context.ts";
import { maxMegabytes } from "./document-attachments.views.tsx";
import { loadDocument } from "./documents.routes.tsx";
import type { Outcome } from "./publication-pages.views.tsx";
import { checkId } from "./publishing.loaders.ts";
import { pt, type PublishingKey } from "./publishing.messages.ts";

type WithId = { Params: { id: string } };

/** Renders the document page with an outcome and status (the routes file owns the page). */
export type ShowDocument = (
  req: FastifyRequest<WithId>,
  reply: FastifyReply,
  outcome: Outcome,
  status: number,
) => Promise<FastifyReply>;

/** What the multipart parser read from one upload form. */
interface Upload {
  name: string;
  bytes: Buffer | null;
  problem?: "too_large" | "unreadable";
}

/** The text fields the form has; anything else in the body is dropped. */
const FIELDS = new Set(["_csrf", "title"]);

/**
 * The upload of each request, only while the request lives: never in `req.body` (nothing that
 * logs or echoes a body sees the bytes), gone with the request.
 */
const uploads = new WeakMap<FastifyRequest, Upload>();

const PDF_MAGIC = Buffer.from("%PDF-", "latin1");

/** The upload form's error for a PDF whose metadata cannot be removed. */
const REFUSAL: Record<PdfRefusal, PublishingKey> = {
  encrypted: "files.error_pdf_encrypted",
  unreadable: "files.error_pdf_unreadable",
};

/**
 * Reads a multipart upload form before the anti-forgery check (preValidation): the text fields
 * go to `req.body` (so `_csrf` is there for the preHandler), the one file into memory up to the
 * cap. Only a member of staff who may edit the document gets this far; any parse problem is kept
 * for the handler to report after the token was checked, never thrown as a 500.
 */
async function readUpload(req: FastifyRequest<WithId>, deps: ServerDeps): Promise<void> {
  if (!req.isMultipart()) return;
  await loadDocument(deps, requireStaff(req), req.params.id);
  const body: Record<string, string> = {};
  const upload: Upload = { name: "", bytes: null };
  uploads.set(req, upload);
  try {
    // The cap is read per request (the plugin's own copy is from start-up); over it, the file is
    // truncated and flagged (throwFileSizeLimit: false at registration), not thrown.
    const parts = req.parts({
      limits: { fileSize: attachmentMaxBytes(), files: 1, fields: 5, parts: 6 },
    });
    for await (const part of parts) {
      if (part.type === "field") {
        if (FIELDS.has(part.fieldname) && typeof part.value === "string")
          body[part.fieldname] = part.value;
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file as AsyncIterable<Buffer>)
        if (part.fieldname === "file" && !part.file.truncated) chunks.push(chunk);
      if (part.fieldname !== "file") continue;
      if (part.file.truncated) {
        // The rest was skipped by the parser; what was read is dropped here.
        chunks.length = 0;
        upload.problem = "too_large";
      } else {
        upload.bytes = Buffer.concat(chunks);
        upload.name = part.filename ?? "";
      }
    }
  } catch {
    upload.bytes = null;
    upload.problem ??= "unreadable";
  }
  req.body = body;
}

/**
 * The document page's file actions: upload a PDF (multipart, parsed only on this route) and
 * remove one. Same policy as editing the document: editors and caseworkers of its organisation;
 * researchers and other organisations get 404.
 */
export function registerDocumentFileRoutes(
  app: FastifyInstance,
  deps: ServerDeps,
  show: ShowDocument,
): void {
  const db = () => deps.vault.db();

  /** The upload form's error, in the user's language, on the document page. */
  const refuse = (
    req: FastifyRequest<WithId>,
    reply: FastifyReply,
    message: string,
    status = 422,
  ) => show(req, reply, { errors: [{ field: "file", message }] }, status);

  const message = (lang: Lang, upload: Upload | undefined, maxBytes: number) => {
    const bytes = upload?.bytes;
    if (upload?.problem === "too_large" || (bytes && bytes.length > maxBytes))
      return pt(lang, "files.error_too_large", { mb: maxMegabytes(lang, maxBytes) });
    if (upload?.problem === "unreadable") return pt(lang, "files.error_unreadable");
    if (!bytes || bytes.length === 0) return pt(lang, "files.error_empty");
    if (!bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
      return pt(lang, "files.error_not_pdf");
    return null;
  };

  // Encapsulated: the multipart parser exists on the upload route only; the other routes keep
  // refusing multipart bodies (415).
  app.register(async (scope) => {
    await scope.register(multipart, {
      limits: { fileSize: attachmentMaxBytes(), files: 1, fields: 5, parts: 6 },
      throwFileSizeLimit: false,
    });

    scope.post<WithId>(
      "/staff/documents/:id/files",
      { preValidation: async (req) => readUpload(req, deps) },
      async (req, reply) => {
        const actor = requireStaff(req);
        const doc = await loadDocument(deps, actor, req.params.id);
        const upload = uploads.get(req);
        uploads.delete(req);
        const maxBytes = attachmentMaxBytes();
        const problem = message(req.lang, upload, maxBytes);
        if (problem)
          return refuse(req, reply, problem, upload?.problem === "too_large" ? 413 : 422);
        // The metadata goes before anything is stored (and outside the transaction: a large
        // PDF takes a while); one that cannot be cleaned is refused, never kept as uploaded.
        const cleaned = await cleanReportPdf(upload!.bytes!);
        if (!cleaned.ok) return refuse(req, reply, pt(req.lang, REFUSAL[cleaned.reason]));
        const body = (req.body ?? {}) as Record<string, unknown>;
        const title = typeof body.title === "string" ? body.title.trim() : "";
        try {
          await inTransaction(db(), (trx) =>
            attachDocumentFile({
              db: trx,
              keys: deps.vault.keys(),
              actor,
              dataDir: deps.vault.stores.config.dataDir,
              documentId: doc.id,
              content: cleaned.pdf,
              originalName: upload!.name,
              title: title || undefined,
            }),
          );
        } catch (err) {
          const duplicate =
            err instanceof ValidationError && err.issues.some((i) => i.path === "/name");
          if (!duplicate) throw err;
          const name = attachmentFileName(title || upload!.name);
          return refuse(req, reply, pt(req.lang, "files.error_duplicate", { name }));
        }
        return reply.redirect(`/staff/documents/${doc.id}?done=file_added`, 303);
      },
    );
  });

  app.post<{ Params: { id: string; attachmentId: string } }>(
    "/staff/documents/:id/files/:attachmentId/remove",
    async (req, reply) => {
      const actor = requireStaff(req);
      const doc = await loadDocument(deps, actor, req.params.id);
      const id = checkId(req.params.attachmentId);
      const attached = await listDocumentAttachments(db(), null, doc.id);
      if (!attached.some((a) => a.id === id)) throw new NotFoundError();
      await inTransaction(db(), (trx) =>
        removeDocumentAttachment({ db: trx, keys: deps.vault.keys(), actor, attachmentId: id }),
      );
      return reply.redirect(`/staff/documents/${doc.id}?done=file_removed`, 303);
    },
  );
}
