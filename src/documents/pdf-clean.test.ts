import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
  type PDFObject,
} from "pdf-lib";
import { stripJpegMetadata } from "./jpeg-metadata.ts";
import { minimalPdf } from "./minimal-pdf.ts";
import {
  buildLeakyPdf,
  CANARY_PLACES,
  CURRENT_PAGE_TEXT,
  encryptedPdf,
  searchableText,
} from "./pdf-canary.factories.ts";
import { cleanReportPdf, type CleanPdf } from "./pdf-clean.ts";

const CANARY = "CANARY9q7z";

async function cleaned(bytes: Uint8Array): Promise<CleanPdf> {
  const result = await cleanReportPdf(bytes);
  assert.ok(result.ok, `refused: ${result.ok ? "" : result.reason}`);
  return result.pdf;
}

/** The stream an object or reference stands for. */
function rawStream(doc: PDFDocument, obj: PDFObject | undefined): PDFRawStream {
  const stream = doc.context.lookup(obj);
  assert.ok(stream instanceof PDFRawStream);
  return stream;
}

/** The decoded content of a page (its content streams concatenated). */
function pageText(doc: PDFDocument, index: number): string {
  const contents = doc.getPage(index).node.get(PDFName.of("Contents"));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  return refs
    .map((r) => rawStream(doc, r))
    .map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString("latin1"))
    .join("\n");
}

describe("report PDF metadata removal", () => {
  it("finds every canary in the leaky test PDF (the search itself works)", async () => {
    const text = searchableText(await buildLeakyPdf(CANARY));
    for (const place of CANARY_PLACES) assert.ok(text.includes(`${CANARY}-${place}`), place);
    assert.ok(text.includes("/Prev"), "the test PDF has an incremental update");
  });

  it("leaves none of the canaries, in raw bytes or inflated streams", async () => {
    const text = searchableText(await cleaned(await buildLeakyPdf(CANARY)));
    const left = CANARY_PLACES.filter((place) => text.includes(`${CANARY}-${place}`));
    assert.deepEqual(left, []);
    assert.equal(text.includes(CANARY), false);
  });

  it("adds no metadata of its own: no Info, producer, dates or earlier revision", async () => {
    const out = await cleaned(await buildLeakyPdf(CANARY));
    const text = searchableText(out);
    for (const word of [
      "pdf-lib",
      "Hopding",
      "/Info",
      "/Producer",
      "/Creator",
      "/CreationDate",
      "/ModDate",
      "/Metadata",
      "/PieceInfo",
      "/EmbeddedFiles",
      "/JavaScript",
      "/Prev",
      "D:20",
    ])
      assert.equal(text.includes(word), false, word);
    assert.equal(text.match(/%%EOF/g)?.length, 1, "one revision");
    const doc = await PDFDocument.load(out, { updateMetadata: false });
    assert.equal(doc.context.trailerInfo.Info, undefined);
    assert.equal(doc.getAuthor(), undefined);
    assert.equal(doc.getProducer(), undefined);
    assert.equal(doc.getCreationDate(), undefined);
  });

  it("keeps the pages, their current content, the image, form values and comments", async () => {
    const input = await buildLeakyPdf(CANARY);
    const before = await PDFDocument.load(input, { updateMetadata: false });
    const after = await PDFDocument.load(await cleaned(input), { updateMetadata: false });
    assert.equal(after.getPageCount(), 2);
    assert.equal(pageText(after, 0), pageText(before, 0));
    assert.match(pageText(after, 0), new RegExp(CURRENT_PAGE_TEXT));
    assert.equal(pageText(after, 1), pageText(before, 1));
    assert.deepEqual(after.getPage(0).getSize(), before.getPage(0).getSize());
    assert.equal(after.getForm().getTextField("case_number").getText(), "Kept field value");
    const annots = after.getPage(0).node.Annots()!.asArray();
    const subtypes = annots.map((a) => after.context.lookup(a, PDFDict).get(PDFName.of("Subtype")));
    assert.ok(!subtypes.includes(PDFName.of("FileAttachment")), "file attachment removed");
    const comment = annots
      .map((a) => after.context.lookup(a, PDFDict))
      .find((a) => a.get(PDFName.of("Subtype")) === PDFName.of("Text"))!;
    assert.match(comment.get(PDFName.of("Contents"))!.toString(), /Please check the figures/);
    const xobjects = after.getPage(0).node.Resources()!.lookup(PDFName.of("XObject"), PDFDict);
    const image = rawStream(after, xobjects.values()[0]);
    const jpeg = Buffer.from(image.contents);
    assert.deepEqual([...jpeg.subarray(0, 2)], [0xff, 0xd8]);
    assert.ok(jpeg.includes(Buffer.from([0xff, 0xc0])), "the frame header stays");
    assert.ok(jpeg.includes(Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])), "coded data");
    assert.ok(jpeg.subarray(-2).equals(Buffer.from([0xff, 0xd9])), "ends at the picture's end");
  });

  it("gives every cleaned copy a new random file identifier", async () => {
    const input = minimalPdf("Same input");
    const ids = await Promise.all(
      [1, 2].map(async () => {
        const doc = await PDFDocument.load(await cleaned(input), { updateMetadata: false });
        return doc.context.trailerInfo.ID?.toString();
      }),
    );
    assert.match(ids[0]!, /^\[ <[0-9a-f]{32}> <[0-9a-f]{32}> \]$/);
    assert.notEqual(ids[0], ids[1]);
  });

  it("refuses encrypted and unreadable files instead of passing them through", async () => {
    assert.deepEqual(await cleanReportPdf(encryptedPdf()), { ok: false, reason: "encrypted" });
    for (const bad of [
      Buffer.from("%PDF-1.4\nnot a pdf at all"),
      Buffer.from("%PDF-"),
      minimalPdf("Cut short").subarray(0, 200),
      Buffer.from(
        minimalPdf("No pages")
          .toString("latin1")
          .replace("/Kids [3 0 R] /Count 1", "/Kids [] /Count 0"),
        "latin1",
      ),
    ])
      assert.deepEqual(await cleanReportPdf(bad), { ok: false, reason: "unreadable" });
  });

  it("never throws on damaged PDFs: cleaned or refused", async () => {
    const base = minimalPdf("Fuzzed");
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(base.length - 1), fc.integer({ min: 0, max: 255 })), {
          maxLength: 8,
        }),
        async (edits) => {
          const bytes = Buffer.from(base);
          for (const [at, value] of edits) bytes[at] = value;
          const result = await cleanReportPdf(bytes);
          if (result.ok) assert.equal(searchableText(result.pdf).includes("/Info"), false);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("JPEG metadata removal", () => {
  const seg = (marker: number, body: string) => {
    const b = Buffer.from(body, "latin1");
    return Buffer.concat([
      Buffer.from([0xff, marker, (b.length + 2) >> 8, (b.length + 2) & 255]),
      b,
    ]);
  };
  const picture = Buffer.concat([
    seg(0xdb, "quant"),
    seg(0xc0, "\x08\x00\x01\x00\x01\x01\x01\x11\x00"),
    seg(0xda, "\x01\x01\x00\x00\x3f\x00"),
    Buffer.from([1, 0xff, 0, 2, 0xff, 0xd3, 3, 0xff, 0xd9]),
  ]);

  it("drops Exif, IPTC and comments, keeps JFIF, ICC, Adobe and the picture", () => {
    const jpeg = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      seg(0xe0, "JFIF"),
      seg(0xe1, "Exif GPS"),
      seg(0xe2, "ICC_PROFILE"),
      seg(0xed, "IPTC byline"),
      seg(0xee, "Adobe"),
      seg(0xfe, "comment"),
      picture,
    ]);
    const out = Buffer.from(stripJpegMetadata(jpeg)!);
    const expected = Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      seg(0xe0, "JFIF"),
      seg(0xe2, "ICC_PROFILE"),
      seg(0xee, "Adobe"),
      picture,
    ]);
    assert.deepEqual(out, expected);
  });

  it("leaves a JPEG with nothing to drop, and what is not a JPEG, as it was", () => {
    const plain = Buffer.concat([Buffer.from([0xff, 0xd8]), seg(0xe0, "JFIF"), picture]);
    assert.equal(stripJpegMetadata(plain), null);
    assert.equal(stripJpegMetadata(Buffer.from("not a jpeg")), null);
    assert.equal(stripJpegMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0xff, 0xff])), null);
  });
});
