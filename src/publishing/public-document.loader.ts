import { listDocumentAttachments } from "../documents/document-attachment.commands.ts";
import { documentSpec, documentTranslationSpec } from "../documents/document.schema.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { organisationSpec } from "../organisations/organisation.schema.ts";
import { NotFoundError } from "../errors.ts";
import { listRecords, type Db } from "../records/record.repository.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { resolveLiveFigures, type FigureOptions } from "./live-figures.ts";
import { publicIncidentId } from "./public-id.ts";
import {
  publishedIncidentIds,
  type PublicDb,
  type PublicDocumentRow,
} from "./public-store.repository.ts";

/** A document with what its publication reads: translations, co-authors and attached files. */
export interface DocumentBundle {
  document: DomainRecord;
  translations: DomainRecord[];
  coAuthors: DomainRecord[];
  /** Attached files (metadata only; publishing reads the bytes when it writes them). */
  attachments?: DomainRecord[];
}

// Draft translations stay in the vault until a second reader has reviewed them.
const PUBLISHABLE_TRANSLATION = new Set(["original", "reviewed"]);

/** Loads a document for publishing (no protected field is read: documents have none to show). */
export async function loadDocumentBundle(db: Db, documentId: string): Promise<DocumentBundle> {
  const redact = { redact: true } as const;
  const [document] = await listRecords(db, null, documentSpec, {
    where: { id: documentId },
    ...redact,
  });
  if (!document) throw new NotFoundError("document");
  const translations = await listRecords(db, null, documentTranslationSpec, {
    where: { document_id: documentId },
    ...redact,
  });
  const coAuthors: DomainRecord[] = [];
  for (const id of document.co_author_ids as string[]) {
    const [org] = await listRecords(db, null, organisationSpec, { where: { id }, ...redact });
    if (org) coAuthors.push(org);
  }
  const attachments = await listDocumentAttachments(db, null, documentId);
  return { document: document, translations, coAuthors, attachments };
}

/**
 * What the public store receives for a document: reviewed translations with live figures
 * resolved now, co-authors by name, and citations only of incidents that are public.
 */
export async function projectDocument(
  bundle: DocumentBundle,
  keys: VaultKeys,
  publicDb: PublicDb,
  opts: Omit<FigureOptions, "locale"> = {},
): Promise<PublicDocumentRow> {
  const d = bundle.document;
  const cited = (d.cited_incident_ids as string[]).map((id) => publicIncidentId(keys, id));
  const live = await publishedIncidentIds(publicDb, cited);
  const translations = [];
  for (const t of bundle.translations) {
    if (!PUBLISHABLE_TRANSLATION.has(String(t.translation_status))) continue;
    translations.push({
      language: String(t.language),
      title: String(t.title),
      summary: typeof t.summary === "string" ? t.summary : null,
      body: await resolveLiveFigures(String(t.body_markdown), publicDb, {
        ...opts,
        locale: String(t.language),
      }),
    });
  }
  return {
    slug: String(d.slug),
    documentType: String(d.document_type),
    categories: [...(d.categories as string[])],
    coAuthors: bundle.coAuthors.map((o) => String(o.name)),
    citedIncidentIds: cited.filter((id) => live.has(id)),
    originalLanguage: String(d.original_language),
    publishedOn: typeof d.published_on === "string" ? d.published_on : null,
    translations,
    attachments: (bundle.attachments ?? []).map((a) => ({
      fileName: String(a.file_name),
      title: String(a.title),
      mediaType: String(a.media_type),
      sizeBytes: Number(a.size_bytes),
      sha256: String(a.sha256),
    })),
  };
}
