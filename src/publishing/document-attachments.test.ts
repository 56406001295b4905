import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import type { StaffActor } from "../auth/auth.types.ts";
import {
  attachDocumentFile,
  prepareAttachmentFile,
} from "../documents/document-attachment.commands.ts";
import { seedAttachableDocument } from "../documents/document-attachment.factories.ts";
import { buildLeakyPdf, searchableText } from "../documents/pdf-canary.factories.ts";
import type { CleanPdf } from "../documents/pdf-clean.ts";
import { exportSite } from "../public/export/export-site.ts";
import { siteConfig } from "../public/site/site-config.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { buildApp } from "../server/app.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { runPublication, staffOf } from "./case-bundle.factories.ts";
import {
  approvePublication,
  publishApproved,
  requestPublication,
  withdrawPublication,
  type PublicationProps,
} from "./publication.commands.ts";

for (const dialect of DIALECTS) {
  describe(`published document attachments on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    let doc: DomainRecord;
    let publication: DomainRecord;
    let fileUrl: string;
    let pdf: CleanPdf;
    const CANARY = "CANARY8w1p";

    const run = <T>(actor: StaffActor, fn: (p: PublicationProps) => Promise<T>) =>
      runPublication(t, actor, fn);

    before(async () => {
      t = await createTestVault(dialect);
      app = buildApp(t.vault);
      doc = await seedAttachableDocument(t);
      pdf = await prepareAttachmentFile(await buildLeakyPdf(CANARY));
      await attachDocumentFile({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        dataDir: t.config.dataDir,
        documentId: doc.id,
        content: pdf,
        originalName: "scan_final(2).pdf",
        title: "Report",
      });
      const { editor, second } = staffOf(String(doc.org_id));
      const recordId = doc.id;
      const req = await run(editor, (p) =>
        requestPublication({ ...p, recordType: "document", recordId }),
      );
      await run(second, (p) => approvePublication({ ...p, publicationId: req.id }));
      publication = await run(editor, (p) => publishApproved({ ...p, publicationId: req.id }));
    });
    after(async () => {
      await app.close();
      await t.close();
    });

    it("lists the file on the document page with its type and size", async () => {
      const res = await app.inject({ url: `/en/documents/${String(doc.slug)}/` });
      assert.equal(res.statusCode, 200);
      const m = res.body.match(
        /href="(\/files\/[0-9a-f]{16}\/report\.pdf)"[^>]*>Report<\/a> \(PDF, ([\d.]+ kB)\)/,
      );
      assert.ok(m, "a Downloads entry links the file");
      fileUrl = m[1]!;
      assert.equal(m[2], `${(pdf.length / 1000).toFixed(1)} kB`);
    });

    it("serves the very bytes as a sandboxed PDF download, without the PDF's metadata", async () => {
      const res = await app.inject({ url: fileUrl });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.rawPayload, pdf);
      assert.equal(searchableText(res.rawPayload).includes(CANARY), false);
      assert.equal(res.headers["content-type"], "application/pdf");
      assert.equal(res.headers["content-disposition"], 'attachment; filename="report.pdf"');
      assert.equal(res.headers["x-content-type-options"], "nosniff");
      assert.match(String(res.headers["content-security-policy"]), /^sandbox;/);
      assert.equal(res.headers["set-cookie"], undefined);
      const wrong = await app.inject({ url: fileUrl.replace("report.pdf", "other.pdf") });
      assert.equal(wrong.statusCode, 404);
    });

    it("is written by the static export, and the page's link to it resolves", async () => {
      const out = join(mkdtempSync(join(tmpdir(), "tnr-attach-site-")), "site");
      try {
        await exportSite({ publicDb: t.vault.stores.publicDb, out, config: siteConfig({}, false) });
        const page = join(out, "en", "documents", String(doc.slug), "index.html");
        const html = readFileSync(page, "utf8");
        const link = html.match(/href="([^"]*files\/[0-9a-f]{16}\/report\.pdf)"/)?.[1];
        assert.ok(link && !link.startsWith("/"), `relative link ${link}`);
        const target = resolve(dirname(page), link);
        assert.ok(existsSync(target), target);
        assert.deepEqual(readFileSync(target), pdf);
      } finally {
        rmSync(dirname(out), { recursive: true, force: true });
      }
    });

    it("is gone from the page and the public address once the document is withdrawn", async () => {
      const { editor } = staffOf(String(doc.org_id));
      await run(editor, (p) =>
        withdrawPublication({ ...p, publicationId: publication.id, reason: "Test." }),
      );
      assert.equal((await app.inject({ url: fileUrl })).statusCode, 404);
      const rows = await t.vault.stores.publicDb
        .selectFrom("public_attachments")
        .selectAll()
        .execute();
      assert.equal(rows.length, 0);
    });
  });
}
