import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import {
  listDocumentAttachments,
  readAttachmentFile,
} from "../../documents/document-attachment.commands.ts";
import { seedAttachableDocument } from "../../documents/document-attachment.factories.ts";
import { documentAttachmentSpec } from "../../documents/document-attachment.schema.ts";
import {
  buildLeakyPdf,
  encryptedPdf,
  searchableText,
} from "../../documents/pdf-canary.factories.ts";
import { getRecord } from "../../records/record.repository.ts";
import type { DomainRecord } from "../../records/record.types.ts";
import { runTnr, tnrEnv } from "../../test-support/cli.ts";
import { createTestVault, DIALECTS, type TestVault } from "../../test-support/test-vault.ts";
import { writeDemoSecret } from "../../vault/demo-key.ts";
import { documentCommand } from "./documents.ts";

const CANARY = "CANARY6t0j";

for (const dialect of DIALECTS) {
  describe(`tnr document attach on ${dialect}`, () => {
    let t: TestVault;
    let doc: DomainRecord;
    const work = mkdtempSync(join(tmpdir(), "tnr-attach-cli-"));
    const file = (name: string, bytes: Buffer) => {
      const path = join(work, name);
      writeFileSync(path, bytes);
      return path;
    };
    const attached = async () =>
      (await listDocumentAttachments(t.vault.db(), null, doc.id)).map((a) => a.file_name);

    before(async () => {
      // A demo installation unseals itself for the command (its key is in the data folder).
      t = await createTestVault(dialect, { demo: true });
      writeDemoSecret(t.config.dataDir, t.master);
      doc = await seedAttachableDocument(t);
    });
    after(async () => {
      await t.close();
      rmSync(work, { recursive: true, force: true });
    });

    it("attaches a PDF without its metadata, and says so", async (ctx) => {
      const log = ctx.mock.method(console, "log", () => undefined);
      const path = file("Leaky report.pdf", await buildLeakyPdf(CANARY));
      const code = await documentCommand(t.config, ["attach"], {
        document: String(doc.slug),
        file: path,
        name: "Annual report",
      });
      assert.equal(code, 0);
      const printed = log.mock.calls.map((c) => String(c.arguments[0])).join("\n");
      assert.match(printed, /Attached annual-report\.pdf/);
      assert.match(printed, /metadata \([^)]*\) was removed/);
      const [meta] = await listDocumentAttachments(t.vault.db(), null, doc.id);
      const full = await getRecord(t.vault.db(), t.vault.keys(), documentAttachmentSpec, meta!.id);
      const stored = await readAttachmentFile(t.config.dataDir, full);
      assert.equal(searchableText(stored).includes(CANARY), false);
    });

    it("refuses an encrypted or unreadable PDF with a clear message, attaching nothing", async () => {
      const before = await attached();
      const env = tnrEnv({
        dataDir: t.config.dataDir,
        databaseUrl: t.config.databaseUrl,
        pgSchemaPrefix: t.config.pgSchemaPrefix,
      });
      const cases: [Buffer, RegExp][] = [
        [encryptedPdf(), /^\/file This PDF is encrypted or password-protected/m],
        [Buffer.from("%PDF-1.7\n%broken"), /^\/file This PDF could not be read/m],
      ];
      for (const [bytes, message] of cases) {
        const path = file("refused.pdf", bytes);
        const r = await runTnr(
          ["document", "attach", "--document", String(doc.slug), "--file", path],
          env,
        );
        assert.equal(r.code, 1, r.stdout);
        assert.match(r.stderr, message);
        assert.match(r.stderr, /^tnr: /m);
        assert.doesNotMatch(r.stderr, /\n\s+at |Error:|node:internal/);
      }
      assert.deepEqual(await attached(), before);
    });
  });
}
