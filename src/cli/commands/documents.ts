import { readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import type { Config } from "../../config.ts";
import { documentSpec } from "../../documents/document.schema.ts";
import {
  attachDocumentFile,
  attachmentMaxBytes,
  prepareAttachmentFile,
} from "../../documents/document-attachment.commands.ts";
import { AppError, ValidationError } from "../../errors.ts";
import { organisationSpec } from "../../organisations/organisation.schema.ts";
import { listRecords, type Db } from "../../records/record.repository.ts";
import { CLI_ACTOR, type DomainRecord } from "../../records/record.types.ts";
import { openUnsealed } from "../vault-session.ts";

const USAGE = "Usage: tnr document attach --document SLUG --file PATH [--name NAME] [--org SLUG]";

/** Options `tnr document` reads. */
export interface DocumentOptions {
  document?: string;
  file?: string;
  name?: string;
  org?: string;
}

/** The document a slug names (slugs are unique per organisation: --org settles a tie). */
async function documentBySlug(db: Db, slug: string, org?: string): Promise<DomainRecord> {
  let docs = await listRecords(db, null, documentSpec, { where: { slug }, redact: true });
  if (org) {
    const [o] = await listRecords(db, null, organisationSpec, {
      where: { slug: org },
      redact: true,
    });
    docs = docs.filter((d) => o && d.org_id === o.id);
  }
  if (docs.length === 0) throw new AppError("not_found", `No document has the slug "${slug}".`);
  if (docs.length > 1)
    throw new AppError(
      "invalid_input",
      `Several organisations have a document "${slug}": add --org.`,
    );
  return docs[0]!;
}

/**
 * `tnr document attach`: attaches a PDF to a document (checked by its magic bytes and the size
 * cap, its metadata removed, encrypted into the file store). An encrypted or unreadable PDF is
 * refused before the vault is opened. It is public once the document is next published.
 */
export async function documentCommand(
  config: Config,
  args: string[],
  opts: DocumentOptions,
): Promise<number> {
  if (args[0] !== "attach" || !opts.document || !opts.file)
    throw new AppError("invalid_input", USAGE);
  const max = attachmentMaxBytes();
  const size = statSync(opts.file).size;
  // Refused before reading: a huge file never sits in memory.
  if (size > max)
    throw new ValidationError([
      { path: "/file", message: `The file is ${size} bytes; the limit is ${max} bytes.` },
    ]);
  const content = await prepareAttachmentFile(readFileSync(opts.file), max);
  const s = await openUnsealed(config);
  try {
    const doc = await documentBySlug(s.db, opts.document, opts.org);
    const a = await s.db.transaction().execute((trx) =>
      attachDocumentFile({
        db: trx,
        keys: s.keys,
        actor: CLI_ACTOR,
        dataDir: config.dataDir,
        documentId: doc.id,
        content,
        originalName: basename(opts.file!),
        title: opts.name,
      }),
    );
    console.log(
      `Attached ${String(a.file_name)} (${String(a.size_bytes)} bytes, SHA-256 ${String(a.sha256)}) to ${String(doc.slug)}.`,
    );
    console.log(
      "Its metadata (author, title, software, dates, XMP, earlier versions, embedded files, photos' camera data) was removed; the pages are unchanged: check them for names before publishing.",
    );
    console.log(
      "The file is public once the document is next published (request, approve, publish).",
    );
    return 0;
  } finally {
    await s.close();
  }
}
