import { inflateSync } from "node:zlib";
import {
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFString,
  StandardFonts,
} from "pdf-lib";
import { minimalPdf } from "./minimal-pdf.ts";

/** Where a leaky PDF hides its canaries, each a distinct string so a failure names the place. */
export const CANARY_PLACES = [
  "info-author",
  "info-title",
  "info-subject",
  "info-keywords",
  "info-creator",
  "info-producer",
  "info-custom",
  "xmp-catalog",
  "xmp-image",
  "piece-info",
  "old-info",
  "current-info",
  "old-page-text",
  "embedded-file",
  "embedded-name",
  "attachment-annotation",
  "comment-author",
  "document-js",
  "open-action-js",
  "signer",
  "exif",
  "iptc",
  "jpeg-comment",
  "jpeg-trailer",
] as const;

/** The text a leaky PDF's current revision shows on its first page (kept by cleaning). */
export const CURRENT_PAGE_TEXT = "Findings of the current revision";

const latin = (s: string) => Buffer.from(s, "latin1");

/** A JPEG's segments around a tiny coded picture, with metadata the cleaner must drop. */
function leakyJpeg(c: (place: string) => string): Uint8Array {
  const segment = (marker: number, body: Buffer) =>
    Buffer.concat([
      Buffer.from([0xff, marker, (body.length + 2) >> 8, (body.length + 2) & 0xff]),
      body,
    ]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0xff, 0xd8]),
      segment(0xe0, Buffer.from("4a4649460001010000010001 0000".replace(/ /g, ""), "hex")),
      segment(0xe1, latin(`Exif\0\0MM GPS 41.7151N 44.8271E ${c("exif")}`)),
      segment(0xed, latin(`Photoshop 3.0\0 byline ${c("iptc")}`)),
      segment(0xfe, latin(`Taken by ${c("jpeg-comment")}`)),
      segment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0])),
      segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])),
      Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56]),
      Buffer.from([0xff, 0xd9]),
      // What phones append after the picture: a second image with its own Exif.
      Buffer.from([0xff, 0xd8]),
      segment(0xe1, latin(`Exif\0\0 ${c("jpeg-trailer")}`)),
      Buffer.from([0xff, 0xd9]),
    ]),
  );
}

/**
 * A two-page PDF leaking identity everywhere a PDF can: Info (literal and UTF-16 strings), XMP
 * on the catalog and an image, PieceInfo, an embedded file, a file attachment annotation, a
 * comment's author, document JavaScript and a JavaScript OpenAction, a signature, Exif/IPTC in a
 * JPEG, and an incremental update whose earlier revision holds another Info and the page's
 * earlier text. A form field's value and a comment's text are content and must survive.
 */
export async function buildLeakyPdf(canary: string): Promise<Buffer> {
  const c = (place: string) => `${canary}-${place}`;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText(`Draft naming ${c("old-page-text")}`, { x: 50, y: 780, font, size: 12 });
  doc.addPage([595, 842]).drawText("Second page", { x: 50, y: 780, font, size: 12 });
  doc.setAuthor(c("info-author"));
  doc.setTitle(c("info-title"));
  doc.setSubject(c("info-subject"));
  doc.setKeywords([c("info-keywords")]);
  doc.setCreator(c("info-creator"));
  doc.setProducer(c("info-producer"));
  doc.setCreationDate(new Date("2024-03-01T10:00:00Z"));
  const info = ctx.lookup(ctx.trailerInfo.Info, PDFDict);
  info.set(PDFName.of("Company"), PDFString.of(c("info-custom")));
  info.set(PDFName.of("LastEditor"), PDFString.of(c("old-info")));

  const xmp = (text: string) =>
    ctx.register(
      ctx.stream(
        `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><dc:creator>${text}</dc:creator></x:xmpmeta><?xpacket end="w"?>`,
        { Type: "Metadata", Subtype: "XML" },
      ),
    );
  doc.catalog.set(PDFName.of("Metadata"), xmp(c("xmp-catalog")));
  const image = await doc.embedJpg(leakyJpeg(c));
  page.drawImage(image, { x: 50, y: 600, width: 40, height: 40 });
  page.node.set(
    PDFName.of("PieceInfo"),
    ctx.obj({ Illustrator: { Private: PDFString.of(c("piece-info")) } }),
  );
  await doc.attach(latin(`Interview notes ${c("embedded-file")}`), `${c("embedded-name")}.txt`, {
    mimeType: "text/plain",
  });
  doc.addJavaScript("init", `app.alert("${c("document-js")}")`);
  doc.catalog.set(
    PDFName.of("OpenAction"),
    ctx.obj({ S: "JavaScript", JS: PDFString.of(`app.alert("${c("open-action-js")}")`) }),
  );
  const attached = ctx.register(
    ctx.flateStream(latin(`Attached ${c("attachment-annotation")}`), { Type: "EmbeddedFile" }),
  );
  page.node.addAnnot(
    ctx.register(
      ctx.obj({
        Type: "Annot",
        Subtype: "FileAttachment",
        Rect: [10, 10, 20, 20],
        FS: { Type: "Filespec", F: PDFString.of("notes.txt"), EF: { F: attached } },
      }),
    ),
  );
  page.node.addAnnot(
    ctx.register(
      ctx.obj({
        Type: "Annot",
        Subtype: "Text",
        Rect: [30, 30, 50, 50],
        T: PDFHexString.fromText(c("comment-author")),
        Contents: PDFString.of("Please check the figures"),
        M: PDFString.of("D:20240301100000Z"),
      }),
    ),
  );
  const form = doc.getForm();
  const field = form.createTextField("case_number");
  field.setText("Kept field value");
  field.addToPage(page, { x: 300, y: 700, width: 150, height: 20, font });
  const signature = ctx.register(
    ctx.obj({
      Type: "Annot",
      Subtype: "Widget",
      FT: "Sig",
      T: PDFString.of("Signature1"),
      Rect: [0, 0, 0, 0],
      P: page.ref,
      V: ctx.obj({ Type: "Sig", Filter: "Adobe.PPKLite", Name: PDFString.of(c("signer")) }),
    }),
  );
  page.node.addAnnot(signature);
  form.acroForm.addField(signature);
  // Written now (not at save) so its dictionary can point at its own XMP.
  await image.embed();
  const imageStream = ctx.lookup(image.ref);
  if (!(imageStream instanceof PDFRawStream)) throw new Error("the image was not embedded");
  imageStream.dict.set(PDFName.of("Metadata"), xmp(c("xmp-image")));
  return appendRevision(doc, Buffer.from(await doc.save({ useObjectStreams: false })), c);
}

/** Appends an incremental update: the objects, their xref section and a trailer with /Prev. */
function appendObjects(pdf: Buffer, objects: [number, string][], info: string): Buffer {
  const text = pdf.toString("latin1");
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)![1]);
  const oldTrailer = text.slice(text.lastIndexOf("trailer"));
  const root = /\/Root (\d+ \d+ R)/.exec(oldTrailer)![1];
  const oldSize = Number(/\/Size (\d+)/.exec(oldTrailer)![1]);
  const size = Math.max(oldSize, ...objects.map(([n]) => n + 1));
  let body = text.endsWith("\n") ? "" : "\n";
  const offsets: [number, number][] = [];
  for (const [num, obj] of objects) {
    offsets.push([num, pdf.length + body.length]);
    body += `${num} 0 obj\n${obj}\nendobj\n`;
  }
  const xref = pdf.length + body.length;
  body += "xref\n0 1\n0000000000 65535 f \n";
  for (const [num, off] of offsets.sort((x, y) => x[0] - y[0]))
    body += `${num} 1\n${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${size} /Root ${root} /Info ${info} /Prev ${prev} >>\n`;
  body += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.concat([pdf, latin(body)]);
}

/**
 * The editor's revision appended by hand: a new Info (the old one, with its canaries, stays in
 * the file, unreferenced) and the first page's text replaced by {@link CURRENT_PAGE_TEXT}.
 */
function appendRevision(doc: PDFDocument, pdf: Buffer, c: (place: string) => string): Buffer {
  const page = doc.getPage(0);
  const next = doc.context.largestObjectNumber + 1;
  const fontKey = page.node.Resources()!.lookup(PDFName.of("Font"), PDFDict).keys()[0]!;
  const content = `BT ${fontKey.toString()} 12 Tf 50 780 Td (${CURRENT_PAGE_TEXT}) Tj ET`;
  const pageDict = page.node
    .toString()
    .replace(/\/Contents (\d+ \d+ R|\[[^\]]*\])/, `/Contents ${next + 1} 0 R`);
  return appendObjects(
    pdf,
    [
      [next, `<< /Title (Annual report) /Author (${c("current-info")}) >>`],
      [next + 1, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`],
      [page.ref.objectNumber, pageDict],
    ],
    `${next} 0 R`,
  );
}

/**
 * Everything a reader of the bytes could find: the raw file, every Flate stream inflated, and
 * every hex string decoded (as bytes and as UTF-16), all as one searchable text.
 */
export function searchableText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf).toString("latin1");
  const parts = [raw];
  for (const m of raw.matchAll(/stream\r?\n/g)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf("endstream", start);
    if (end < 0) continue;
    try {
      parts.push(inflateSync(Buffer.from(raw.slice(start, end), "latin1")).toString("latin1"));
    } catch {
      // not Flate-compressed (or not a whole stream): the raw text already has it
    }
  }
  const joined = parts.join("\n");
  const hex = [...joined.matchAll(/<([0-9A-Fa-f\s]+)>/g)].map((m) => {
    const bytes = Buffer.from(m[1]!.replace(/\s/g, ""), "hex");
    const utf16 = bytes[0] === 0xfe && bytes[1] === 0xff && bytes.length % 2 === 0;
    return utf16
      ? Buffer.from(bytes.subarray(2)).swap16().toString("utf16le")
      : bytes.toString("latin1");
  });
  return [joined, ...hex].join("\n");
}

/** A PDF whose trailer says it is encrypted (pdf-lib cannot decrypt it, so it is refused). */
export function encryptedPdf(): Buffer {
  return latin(
    minimalPdf("Encrypted")
      .toString("latin1")
      .replace(
        "/Root 1 0 R",
        "/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (owner) /U (user) /P -4 >>",
      ),
  );
}
