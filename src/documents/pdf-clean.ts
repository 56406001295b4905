import { randomBytes } from "node:crypto";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFInvalidObject,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFObject,
} from "pdf-lib";
import { stripJpegMetadata } from "./jpeg-metadata.ts";

/*
 * What a report PDF loses before it is stored (and so before it can be published):
 * - the document information dictionary (Title, Author, Subject, Keywords, Creator, Producer,
 *   CreationDate, ModDate, custom keys): the trailer has no /Info at all, and pdf-lib adds none
 *   (updateMetadata: false); the file identifier /ID is replaced by a random one;
 * - earlier revisions kept by incremental updates, and every other object the current document
 *   no longer uses: the file is rewritten from scratch with only what the catalog reaches;
 * - XMP /Metadata streams and /PieceInfo (an editing program's private data, which can hold the
 *   whole editable original) on the catalog, pages, images, fonts and every other object, and
 *   the /LastModified dates of pages and form XObjects;
 * - embedded files (/Names /EmbeddedFiles, /AF, the /EF of every file specification, file
 *   attachment annotations) and portfolios (/Collection);
 * - the author name (/T) and dates (/M, /CreationDate) of comments and other annotations (a
 *   form field's /T is its name and stays);
 * - digital signatures (the value of /Sig fields and /Perms): the rewrite breaks them anyway,
 *   and they name the signer;
 * - document-level JavaScript (/Names /JavaScript, a JavaScript /OpenAction, the catalog's /AA);
 * - Exif, XMP, IPTC and comments inside JPEG images (DCTDecode streams), losslessly.
 * What stays: everything a reader sees (page content, fonts, images, links, bookmarks, form
 * fields and their values, tagged structure, page labels). Not touched: text or names on the
 * pages themselves, hidden layers, content under a black box, metadata inside JPEG 2000 images,
 * XFA form data, JavaScript on links and form fields. Object streams are inflated in memory by
 * pdf-lib: uploads are staff-only and size-capped, but a compression bomb is not detected.
 */

declare const cleaned: unique symbol;
/** The bytes of a PDF that went through {@link cleanReportPdf}. */
export type CleanPdf = Buffer & { readonly [cleaned]: true };

/** Why a PDF could not be cleaned: it is encrypted, or it could not be read as a PDF. */
export type PdfRefusal = "encrypted" | "unreadable";

/** The outcome of cleaning: the new bytes, or why there are none. */
export type PdfCleanResult = { ok: true; pdf: CleanPdf } | { ok: false; reason: PdfRefusal };

const name = (n: string) => PDFName.of(n);
const DROP_EVERYWHERE = ["Metadata", "PieceInfo", "LastModified", "AF"].map(name);
const DROP_FROM_CATALOG = ["AA", "Collection", "Perms", "SpiderInfo"].map(name);
const DROP_FROM_ANNOTATION = ["M", "CreationDate"].map(name);
/** Annotations whose /T is not an author: a widget's is its form field's name. */
const T_IS_NOT_AUTHOR = new Set(["Widget"].map(name));

/**
 * Rewrites a PDF without its metadata (see the list above). Encrypted files and files pdf-lib
 * cannot read, or whose current objects it could not parse, are refused, never passed through.
 */
export async function cleanReportPdf(bytes: Uint8Array): Promise<PdfCleanResult> {
  let doc: PDFDocument;
  try {
    // Encryption is checked here, not by pdf-lib's error (its classes fail instanceof).
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return { ok: false, reason: "unreadable" };
  }
  if (doc.isEncrypted) return { ok: false, reason: "encrypted" };
  try {
    if (!(doc.context.lookup(doc.context.trailerInfo.Root) instanceof PDFDict))
      return { ok: false, reason: "unreadable" };
    if (doc.getPageCount() === 0) return { ok: false, reason: "unreadable" };
    removeFileAttachmentAnnotations(doc);
    cleanCatalog(doc);
    if (!keepOnlyWhatIsReached(doc)) return { ok: false, reason: "unreadable" };
    doc.context.trailerInfo.Info = undefined;
    doc.context.trailerInfo.ID = doc.context.obj([
      PDFHexString.of(randomBytes(16).toString("hex")),
      PDFHexString.of(randomBytes(16).toString("hex")),
    ]);
    const out = await doc.save({ addDefaultPage: false, updateFieldAppearances: false });
    return { ok: true, pdf: Buffer.from(out.buffer, out.byteOffset, out.byteLength) as CleanPdf };
  } catch {
    // A malformed page tree or object (pdf-lib throws TypeError, RangeError on a cycle …).
    return { ok: false, reason: "unreadable" };
  }
}

/** Takes file attachment annotations off every page (their file and its name go with them). */
function removeFileAttachmentAnnotations(doc: PDFDocument): void {
  for (const page of doc.getPages()) {
    const annots = page.node.Annots();
    if (!annots) continue;
    for (let i = annots.size() - 1; i >= 0; i--) {
      const a = annots.lookup(i);
      if (a instanceof PDFDict && a.get(name("Subtype")) === name("FileAttachment"))
        annots.remove(i);
    }
  }
}

/** Drops the catalog's document-level metadata, embedded files and scripts. */
function cleanCatalog(doc: PDFDocument): void {
  const catalog = doc.catalog;
  for (const key of DROP_FROM_CATALOG) catalog.delete(key);
  const open = catalog.lookup(name("OpenAction"));
  if (open instanceof PDFDict && open.get(name("S")) === name("JavaScript"))
    catalog.delete(name("OpenAction"));
  const names = catalog.lookup(name("Names"));
  if (names instanceof PDFDict) {
    names.delete(name("EmbeddedFiles"));
    names.delete(name("JavaScript"));
  }
}

/** Removes the per-object metadata of one dictionary (a stream's included). */
function cleanDict(dict: PDFDict): void {
  for (const key of DROP_EVERYWHERE) dict.delete(key);
  const subtype = dict.get(name("Subtype"));
  // Annotations are the dictionaries with a /Rect and a /Subtype (/Type /Annot is optional).
  if (subtype instanceof PDFName && dict.has(name("Rect"))) {
    for (const key of DROP_FROM_ANNOTATION) dict.delete(key);
    if (!T_IS_NOT_AUTHOR.has(subtype)) dict.delete(name("T"));
  }
  if (dict.get(name("FT")) === name("Sig")) dict.delete(name("V"));
  if (dict.has(name("EF"))) {
    dict.delete(name("EF"));
    dict.delete(name("RF"));
  }
}

/** A JPEG stream's replacement without the photo's metadata, or null to keep it. */
function cleanJpegStream(stream: PDFRawStream): PDFRawStream | null {
  const filter = stream.dict.lookup(name("Filter"));
  const only = filter instanceof PDFArray && filter.size() === 1 ? filter.lookup(0) : filter;
  if (only !== name("DCTDecode")) return null;
  const contents = stripJpegMetadata(stream.contents);
  return contents ? PDFRawStream.of(stream.dict, contents) : null;
}

/**
 * Walks everything the catalog reaches (iteratively: a long chain cannot overflow the stack),
 * cleaning each dictionary before following its values, then deletes every object not reached:
 * the old Info, the XMP streams, earlier revisions' objects, embedded files. False when a
 * reached object is one pdf-lib could not parse (its raw bytes would be written back as is).
 */
function keepOnlyWhatIsReached(doc: PDFDocument): boolean {
  const { context } = doc;
  const reached = new Set<string>();
  const todo: PDFObject[] = [context.trailerInfo.Root!];
  while (todo.length > 0) {
    let obj = todo.pop()!;
    if (obj instanceof PDFRef) {
      if (reached.has(obj.tag)) continue;
      reached.add(obj.tag);
      const target = context.lookup(obj);
      if (target === undefined) continue;
      if (target instanceof PDFInvalidObject) return false;
      const jpeg = target instanceof PDFRawStream ? cleanJpegStream(target) : null;
      if (jpeg) context.assign(obj, jpeg);
      obj = jpeg ?? target;
    }
    const dict = obj instanceof PDFStream ? obj.dict : obj;
    if (dict instanceof PDFDict) {
      cleanDict(dict);
      for (const value of dict.values()) todo.push(value);
    } else if (obj instanceof PDFArray) {
      for (let i = 0; i < obj.size(); i++) todo.push(obj.get(i));
    } else if (obj instanceof PDFInvalidObject) {
      return false;
    }
  }
  for (const [ref] of context.enumerateIndirectObjects())
    if (!reached.has(ref.tag)) context.delete(ref);
  return true;
}
