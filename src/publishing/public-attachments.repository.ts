import type { PublicDb } from "./public-store.repository.ts";

/** A published file of a document as the public store lists it (no bytes). */
export interface PublicAttachmentMeta {
  fileName: string;
  title: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** A published file with its bytes. */
export interface PublicAttachmentFile extends PublicAttachmentMeta {
  bytes: Buffer;
}

/** How many hex digits of the SHA-256 a file's public address carries. */
export const FILE_HASH_DIGITS = 16;

/** The public address of a published file: /files/<hash prefix>/<name>, one for every language. */
export function publicFilePath(a: Pick<PublicAttachmentMeta, "sha256" | "fileName">): string {
  return `/files/${a.sha256.slice(0, FILE_HASH_DIGITS)}/${a.fileName}`;
}

/** Writes the files of one published document (its earlier ones are removed with the document). */
export async function putPublicAttachments(
  db: PublicDb,
  slug: string,
  files: PublicAttachmentFile[],
): Promise<void> {
  for (const [position, f] of files.entries())
    await db
      .insertInto("public_attachments")
      .values({
        slug,
        file_name: f.fileName,
        position,
        title: f.title,
        media_type: f.mediaType,
        size_bytes: f.sizeBytes,
        sha256: f.sha256,
        bytes: f.bytes,
      })
      .execute();
}

/** The published files of one document, in the order the editors attached them. */
export async function listPublicAttachments(
  db: PublicDb,
  slug: string,
): Promise<PublicAttachmentMeta[]> {
  const rows = await db
    .selectFrom("public_attachments")
    .select(["file_name", "title", "media_type", "size_bytes", "sha256"])
    .where("slug", "=", slug)
    .orderBy("position")
    .execute();
  return rows.map(toMeta);
}

/** Every published file's address parts, for the static mirror. */
export async function allPublicAttachmentKeys(
  db: PublicDb,
): Promise<{ hash: string; name: string }[]> {
  const rows = await db
    .selectFrom("public_attachments")
    .select(["file_name", "sha256"])
    .orderBy("slug")
    .orderBy("position")
    .execute();
  const seen = new Set<string>();
  const out: { hash: string; name: string }[] = [];
  for (const r of rows as { file_name: string; sha256: string }[]) {
    const key = { hash: r.sha256.slice(0, FILE_HASH_DIGITS), name: r.file_name };
    if (seen.has(`${key.hash}/${key.name}`)) continue;
    seen.add(`${key.hash}/${key.name}`);
    out.push(key);
  }
  return out;
}

/** A published file by its address parts (the hash prefix must already be checked as hex). */
export async function findPublicAttachment(
  db: PublicDb,
  hashPrefix: string,
  fileName: string,
): Promise<PublicAttachmentFile | null> {
  const row = await db
    .selectFrom("public_attachments")
    .select(["file_name", "title", "media_type", "size_bytes", "sha256", "bytes"])
    .where("file_name", "=", fileName)
    .where("sha256", ">=", hashPrefix)
    .where("sha256", "<", `${hashPrefix}g`)
    .orderBy("slug")
    .executeTakeFirst();
  if (!row) return null;
  const bytes = row.bytes as Uint8Array;
  return { ...toMeta(row), bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

function toMeta(r: Record<string, unknown>): PublicAttachmentMeta {
  return {
    fileName: String(r.file_name),
    title: String(r.title),
    mediaType: String(r.media_type),
    sizeBytes: Number(r.size_bytes),
    sha256: String(r.sha256),
  };
}
