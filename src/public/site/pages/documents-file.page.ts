import {
  allPublicAttachmentKeys,
  FILE_HASH_DIGITS,
  findPublicAttachment,
} from "../../../publishing/public-attachments.repository.ts";
import type { PublicPageType } from "../public-page.ts";

type FileParams = { hash: string; name: string };

const HASH = new RegExp(`^[0-9a-f]{${FILE_HASH_DIGITS}}$`);
const NAME = /^[a-z0-9][a-z0-9-]{0,79}\.pdf$/;

/**
 * A file published with a document (the report PDF), one address for every language. Sent as a
 * download (`attachment`), never rendered in the site's origin, and under a sandbox CSP in case
 * a browser does render it: a crafted PDF cannot script the site.
 */
export const documentFilePage: PublicPageType<FileParams> = {
  id: "document-file",
  scope: "global",
  route: "/files/:hash/:name",
  async *paths(ctx) {
    yield* await allPublicAttachmentKeys(ctx.db);
  },
  async render(ctx, params) {
    if (!HASH.test(params.hash) || !NAME.test(params.name)) return null;
    const file = await findPublicAttachment(ctx.db, params.hash, params.name);
    if (!file) return null;
    return {
      body: file.bytes,
      contentType: file.mediaType,
      headers: {
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "X-Content-Type-Options": "nosniff",
      },
    };
  },
};
