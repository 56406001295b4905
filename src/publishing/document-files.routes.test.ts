import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import {
  listDocumentAttachments,
  readAttachmentFile,
} from "../documents/document-attachment.commands.ts";
import { documentAttachmentSpec } from "../documents/document-attachment.schema.ts";
import { minimalPdf } from "../documents/minimal-pdf.ts";
import { buildLeakyPdf, encryptedPdf, searchableText } from "../documents/pdf-canary.factories.ts";
import { getRecord } from "../records/record.repository.ts";
import { DIALECTS } from "../test-support/test-vault.ts";
import { location, publishingHarness, type SignedIn } from "./publishing-http.fixture.ts";

const pdf = (content: Buffer, name = "report.pdf") => ({
  file: { name, type: "application/pdf", content },
});

for (const dialect of DIALECTS) {
  describe(`document file upload form on ${dialect}`, () => {
    let h: Awaited<ReturnType<typeof publishingHarness>>;
    let editor: SignedIn;
    let doc: string;
    let docId: string;

    before(async () => {
      h = await publishingHarness(dialect);
      editor = await h.signedIn("editor");
      await editor.client.get("/staff/documents/new");
      const created = await editor.client.post("/staff/documents", {
        slug: "files-report",
        title: "Files report",
        document_type: "analytical_document",
        categories: "transnational_repression",
        original_language: "en",
      });
      assert.equal(created.statusCode, 303);
      doc = location(created).replace(/\/translations\/en$/, "");
      docId = doc.split("/").pop()!;
    });
    after(async () => h.close());

    const attached = async () =>
      (await listDocumentAttachments(h.t.vault.db(), null, docId)).map((a) => a.file_name);

    it("offers a labelled multipart upload form with the cap and the metadata note", async () => {
      const page = await editor.client.get(doc);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<form[^>]*action="[^"]*\/files"[^>]*enctype="multipart\/form-data"/);
      assert.match(page.body, /<label for="file">PDF file<\/label>/);
      assert.match(page.body, /type="file" accept="application\/pdf"/);
      assert.match(
        page.body,
        /PDF only, 25 MB at most\. Its metadata is removed when it is attached/,
      );
      assert.doesNotMatch(page.body, /published exactly as uploaded/);
    });

    it("attaches a PDF sent through the form, and lists it", async () => {
      await editor.client.get(doc);
      const res = await editor.client.postMultipart(
        `${doc}/files`,
        { title: "Annual report" },
        pdf(minimalPdf("Uploaded through the form"), "scan(1).pdf"),
      );
      assert.equal(res.statusCode, 303, res.body);
      assert.equal(location(res), `${doc}?done=file_added`);
      const page = await editor.client.get(location(res));
      assert.match(page.body, /The file has been attached\./);
      assert.match(page.body, /<td>Annual report<\/td><td>annual-report\.pdf<\/td>/);
      assert.deepEqual(await attached(), ["annual-report.pdf"]);

      await editor.client.get(doc);
      const again = await editor.client.postMultipart(
        `${doc}/files`,
        { title: "Annual report" },
        pdf(minimalPdf("Second")),
      );
      assert.equal(again.statusCode, 422);
      assert.match(again.body, /already has a file named annual-report\.pdf/);
    });

    it("stores an uploaded PDF without its metadata and says so", async () => {
      await editor.client.get(doc);
      const res = await editor.client.postMultipart(
        `${doc}/files`,
        { title: "Leaky report" },
        pdf(await buildLeakyPdf("CANARY3x8v"), "leaky.pdf"),
      );
      assert.equal(res.statusCode, 303, res.body);
      const page = await editor.client.get(location(res));
      assert.match(page.body, /The file has been attached\. Its metadata [^<]* was removed/);
      const listed = await listDocumentAttachments(h.t.vault.db(), null, docId);
      const meta = listed.find((a) => a.file_name === "leaky-report.pdf")!;
      const full = await getRecord(
        h.t.vault.db(),
        h.t.vault.keys(),
        documentAttachmentSpec,
        meta.id,
      );
      const stored = await readAttachmentFile(h.t.config.dataDir, full);
      assert.equal(searchableText(stored).includes("CANARY3x8v"), false);
      assert.equal(full.size_bytes, stored.length, "the page lists the stored, cleaned file");
    });

    it("refuses an encrypted or unreadable PDF in the user's language, keeping nothing", async () => {
      const before = await attached();
      await editor.client.get(doc);
      const locked = await editor.client.postMultipart(
        `${doc}/files?lang=ru`,
        { title: "Locked" },
        pdf(encryptedPdf(), "locked.pdf"),
      );
      assert.equal(locked.statusCode, 422);
      assert.match(locked.body, /Этот PDF зашифрован или защищён паролем/);
      assert.match(locked.body, /href="#file"/);
      await editor.client.get(`${doc}?lang=ka`);
      const broken = await editor.client.postMultipart(
        `${doc}/files?lang=ka`,
        { title: "Broken" },
        pdf(Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog"), "broken.pdf"),
      );
      assert.equal(broken.statusCode, 422);
      assert.match(broken.body, /ამ PDF-ის წაკითხვა ვერ მოხერხდა/);
      await editor.client.get(`${doc}?lang=en`);
      const english = await editor.client.postMultipart(`${doc}/files`, {}, pdf(encryptedPdf()));
      assert.equal(english.statusCode, 422);
      assert.match(english.body, /This PDF is encrypted or password-protected/);
      assert.deepEqual(await attached(), before);
    });

    it("refuses a file that is not a PDF, in the user's language", async () => {
      await editor.client.get(doc);
      const res = await editor.client.postMultipart(
        `${doc}/files?lang=ru`,
        {},
        {
          file: { name: "fake.pdf", type: "application/pdf", content: Buffer.from("MZ not a pdf") },
        },
      );
      assert.equal(res.statusCode, 422);
      assert.match(res.body, /Выбранный файл должен быть в формате PDF/);
      assert.match(res.body, /href="#file"/, "the error summary links to the file input");
      assert.match(res.body, /aria-invalid="true"/);
      await editor.client.get(`${doc}?lang=en`);
    });

    it("refuses an empty form and a form without a file, never with a 5xx", async () => {
      await editor.client.get(doc);
      const empty = await editor.client.postMultipart(`${doc}/files`, {}, pdf(Buffer.alloc(0)));
      assert.equal(empty.statusCode, 422);
      assert.match(empty.body, /Choose a PDF file to attach/);
      await editor.client.get(doc);
      const plain = await editor.client.post(`${doc}/files`, { title: "x" });
      assert.equal(plain.statusCode, 422, "a url-encoded form has no file");
      assert.match(plain.body, /Choose a PDF file to attach/);
      await editor.client.get(doc);
      const broken = await editor.client.app.inject({
        method: "POST",
        url: `${doc}/files`,
        payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\n%PDF-',
        headers: {
          "content-type": "multipart/form-data; boundary=x",
          cookie: [...editor.client.cookies].map(([k, v]) => `${k}=${v}`).join("; "),
        },
      });
      assert.ok(broken.statusCode >= 400 && broken.statusCode < 500, `${broken.statusCode}`);
    });

    it("refuses a file over the cap with 413 and drops it", async () => {
      const before = await attached();
      const saved = process.env.TNR_ATTACHMENT_MAX_MB;
      process.env.TNR_ATTACHMENT_MAX_MB = "0.01";
      try {
        await editor.client.get(doc);
        const big = Buffer.concat([minimalPdf("Big"), Buffer.alloc(20_000, 0x20)]);
        const res = await editor.client.postMultipart(
          `${doc}/files?lang=ru`,
          { title: "Too big" },
          pdf(big),
        );
        assert.equal(res.statusCode, 413);
        assert.match(res.body, /Выбранный файл должен быть не больше 0,01 МБ/);
      } finally {
        if (saved === undefined) delete process.env.TNR_ATTACHMENT_MAX_MB;
        else process.env.TNR_ATTACHMENT_MAX_MB = saved;
      }
      await editor.client.get(`${doc}?lang=en`);
      assert.deepEqual(await attached(), before);
    });

    it("needs the anti-forgery token", async () => {
      await editor.client.get(doc);
      const res = await editor.client.postMultipart(
        `${doc}/files`,
        { _csrf: "" },
        pdf(minimalPdf("Forged")),
      );
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /did not come from this site/);
    });

    it("answers researchers and other organisations 404", async () => {
      const researcher = await h.signedIn("researcher");
      const other = await h.signedIn("editor", h.otherOrgId);
      for (const who of [researcher, other]) {
        await who.client.get("/staff");
        const res = await who.client.postMultipart(`${doc}/files`, {}, pdf(minimalPdf("No")));
        assert.equal(res.statusCode, 404);
        const [first] = await listDocumentAttachments(h.t.vault.db(), null, docId);
        const rm = await who.client.post(`${doc}/files/${first!.id}/remove`);
        assert.equal(rm.statusCode, 404);
      }
      const caseworker = await h.signedIn("caseworker");
      await caseworker.client.get(doc);
      const ok = await caseworker.client.postMultipart(
        `${doc}/files`,
        { title: "Caseworker copy" },
        pdf(minimalPdf("Caseworker")),
      );
      assert.equal(ok.statusCode, 303, "caseworkers edit documents too");
    });

    it("removes a file from the document", async () => {
      const [first] = await listDocumentAttachments(h.t.vault.db(), null, docId);
      const page = await editor.client.get(doc);
      assert.ok(page.body.includes(`action="${doc}/files/${first!.id}/remove"`));
      const res = await editor.client.post(`${doc}/files/${first!.id}/remove`);
      assert.equal(res.statusCode, 303);
      assert.equal(location(res), `${doc}?done=file_removed`);
      assert.ok(!(await attached()).includes(String(first!.file_name)));
      const shown = await editor.client.get(location(res));
      assert.match(shown.body, /The file has been removed from the document\./);
      const again = await editor.client.post(`${doc}/files/${first!.id}/remove`);
      assert.equal(again.statusCode, 404);
    });
  });
}
