import { createHash } from "node:crypto";
import { join } from "node:path";
import { Readable } from "node:stream";
import { decryptFile } from "../crypto/file-cipher.ts";
import { toLatin } from "../crypto/transliterate.ts";
import { IntegrityError, ValidationError } from "../errors.ts";
import { evidenceDir, storeEvidenceFile } from "../evidence/evidence.commands.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import { saveChanges, saveNewRecord } from "../records/record.commands.ts";
import { getRecord, listRecords, type Db } from "../records/record.repository.ts";
import type { Actor, DomainRecord } from "../records/record.types.ts";
import { documentAttachmentSpec } from "./document-attachment.schema.ts";
import { documentSpec } from "./document.schema.ts";
import { cleanReportPdf, type CleanPdf, type PdfRefusal } from "./pdf-clean.ts";

/** The one file type a document may carry for now. */
export const ATTACHMENT_MEDIA_TYPE = "application/pdf";

const PDF_MAGIC = Buffer.from("%PDF-", "latin1");
const DEFAULT_MAX_MB = 25;

/** The size cap of one attachment: TNR_ATTACHMENT_MAX_MB megabytes (default 25). */
export function attachmentMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.TNR_ATTACHMENT_MAX_MB);
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024);
}

/** Refuses what is not a PDF by its first bytes (never by its name or declared type) or is too big. */
export function checkAttachmentBytes(bytes: Uint8Array, maxBytes: number): void {
  if (bytes.length === 0)
    throw new ValidationError([{ path: "/file", message: "The file is empty." }]);
  if (bytes.length > maxBytes)
    throw new ValidationError([
      {
        path: "/file",
        message: `The file is ${bytes.length} bytes; the limit is ${maxBytes} bytes.`,
      },
    ]);
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.length, PDF_MAGIC.length),
  );
  if (!head.equals(PDF_MAGIC))
    throw new ValidationError([
      { path: "/file", message: "Only PDF files can be attached: this file is not a PDF." },
    ]);
}

/** Why a PDF cannot be attached, for the command line and the API (the staff page translates). */
export const PDF_REFUSALS: Record<PdfRefusal, string> = {
  encrypted:
    "This PDF is encrypted or password-protected, so its metadata cannot be removed. Save an unprotected copy (for example with Print to PDF) and attach that.",
  unreadable:
    "This PDF could not be read, so its metadata cannot be removed. Save it as a PDF again in the program that made it and attach the new file.",
};

/**
 * Makes an upload attachable: refuses what is not a PDF or is too big, then removes the PDF's
 * metadata (see pdf-clean.ts); a PDF that cannot be cleaned is refused, never kept as it was.
 * Run it before the transaction: parsing a large PDF takes a while.
 */
export async function prepareAttachmentFile(
  content: Uint8Array,
  maxBytes = attachmentMaxBytes(),
): Promise<CleanPdf> {
  checkAttachmentBytes(content, maxBytes);
  const cleaned = await cleanReportPdf(content);
  if (!cleaned.ok)
    throw new ValidationError([{ path: "/file", message: PDF_REFUSALS[cleaned.reason] }]);
  return cleaned.pdf;
}

/**
 * The download name: the given name in plain Latin letters, digits and hyphens, ending in .pdf
 * ("Годовой отчёт 2025.PDF" → "godovoy-otchyot-2025.pdf"). Never used as a name on disk.
 */
export function attachmentFileName(name: string): string {
  // toLatin reads Latin letters as Azerbaijani (c → j); only other scripts go through it.
  const latin = [...name.replace(/\.pdf$/i, "").normalize("NFC")]
    .map((ch) => (ch < "\u0080" ? ch.toLowerCase() : toLatin(ch)))
    .join("");
  const base = latin
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 76)
    .replace(/-+$/, "");
  return `${base || "document"}.pdf`;
}

/** The title shown to readers: the given one, or the file name without extension. */
function displayTitle(title: string | undefined, originalName: string): string {
  const clean = (s: string) =>
    s
      .replace(/[\p{Cc}\p{Cf}]/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
      .slice(0, 200);
  return clean(title ?? "") || clean(originalName.replace(/\.pdf$/i, "")) || "Document";
}

/** The attachments a document carries now (removed ones stay in the vault, not listed). */
export async function listDocumentAttachments(
  db: Db,
  keys: VaultKeys | null,
  documentId: string,
): Promise<DomainRecord[]> {
  const all = await listRecords(db, keys, documentAttachmentSpec, {
    where: { document_id: documentId },
    redact: keys === null,
  });
  return all.filter((a) => a.removed !== true);
}

/**
 * Attaches a PDF whose metadata was removed ({@link prepareAttachmentFile}) to a document:
 * encrypts it into the data folder's file store under a server-chosen name and its own key, and
 * records it (with its SHA-256) as a document_attachment of the document's organisation, audited.
 * What is stored is what the staff page shows and what publication copies.
 */
export async function attachDocumentFile(props: {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  dataDir: string;
  documentId: string;
  content: CleanPdf;
  originalName: string;
  title?: string;
}): Promise<DomainRecord> {
  const document = await getRecord(props.db, props.keys, documentSpec, props.documentId);
  const fileName = attachmentFileName(props.title ?? props.originalName);
  const existing = await listDocumentAttachments(props.db, null, document.id);
  if (existing.some((a) => a.file_name === fileName))
    throw new ValidationError([
      { path: "/name", message: `This document already has a file named ${fileName}.` },
    ]);
  const stored = await storeEvidenceFile(props.dataDir, Readable.from([props.content]));
  return saveNewRecord({
    db: props.db,
    keys: props.keys,
    actor: props.actor,
    spec: documentAttachmentSpec,
    orgId: String(document.org_id),
    data: {
      document_id: document.id,
      title: displayTitle(props.title, props.originalName),
      file_name: fileName,
      media_type: ATTACHMENT_MEDIA_TYPE,
      sha256: stored.sha256,
      size_bytes: stored.size_bytes,
      storage_key: stored.storage_key,
      file_key: stored.file_key,
      removed: false,
    },
  });
}

/** Takes an attachment off its document (the record and file stay in the vault's history). */
export async function removeDocumentAttachment(props: {
  db: Db;
  keys: VaultKeys;
  actor: Actor;
  attachmentId: string;
}): Promise<DomainRecord> {
  const a = await getRecord(props.db, props.keys, documentAttachmentSpec, props.attachmentId);
  return saveChanges({
    db: props.db,
    keys: props.keys,
    actor: props.actor,
    spec: documentAttachmentSpec,
    id: a.id,
    expectedVersion: a.version,
    changes: { removed: true },
  });
}

/** Decrypts an attachment's bytes and checks them against its recorded SHA-256. */
export async function readAttachmentFile(
  dataDir: string,
  attachment: DomainRecord,
): Promise<Buffer> {
  if (typeof attachment.storage_key !== "string" || typeof attachment.file_key !== "string")
    throw new IntegrityError(`The file of ${attachment.file_name} is not in the vault.`);
  const parts: Uint8Array[] = [];
  for await (const p of decryptFile(
    join(evidenceDir(dataDir), `${attachment.storage_key}.bin`),
    Buffer.from(attachment.file_key, "base64url"),
  ))
    parts.push(p);
  const content = Buffer.concat(parts);
  if (createHash("sha256").update(content).digest("hex") !== attachment.sha256)
    throw new IntegrityError(`The file of ${attachment.file_name} does not match its SHA-256.`);
  return content;
}
