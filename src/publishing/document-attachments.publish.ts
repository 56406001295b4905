import type { Transaction } from "kysely";
import {
  listDocumentAttachments,
  readAttachmentFile,
} from "../documents/document-attachment.commands.ts";
import { IntegrityError, ValidationError } from "../errors.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import type { PublicAttachmentFile } from "./public-attachments.repository.ts";
import type { PublicDocumentRow } from "./public-store.repository.ts";

/**
 * The bytes of every file the approved projection of a document lists, decrypted from the file
 * store and checked against the SHA-256 that was reviewed; a file changed or gone since is a
 * conflict. The bytes are those stored at attachment, whose metadata was removed then
 * (documents/pdf-clean.ts): what the editors saw and reviewed is what is published.
 */
export async function readPublishableAttachments(props: {
  trx: Transaction<any>;
  keys: VaultKeys;
  dataDir?: string;
  documentId: string;
  view: PublicDocumentRow;
}): Promise<PublicAttachmentFile[]> {
  const wanted = props.view.attachments ?? [];
  if (wanted.length === 0) return [];
  if (!props.dataDir)
    throw new ValidationError([
      { path: "/", message: "Attached files can only be published where the data folder is." },
    ]);
  const stored = await listDocumentAttachments(props.trx, props.keys, props.documentId);
  const files: PublicAttachmentFile[] = [];
  for (const meta of wanted) {
    const a = stored.find((x) => x.file_name === meta.fileName && x.sha256 === meta.sha256);
    if (!a)
      throw new IntegrityError(`The attached file ${meta.fileName} is no longer in the vault.`);
    files.push({ ...meta, bytes: await readAttachmentFile(props.dataDir, a) });
  }
  return files;
}
