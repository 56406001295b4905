import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { writeBackup } from "../backup/backup.ts";
import { restoreBackup } from "../backup/restore.ts";
import { openStores } from "../db/stores.ts";
import { ValidationError } from "../errors.ts";
import { evidenceDir } from "../evidence/evidence.commands.ts";
import { getRecord } from "../records/record.repository.ts";
import {
  cleanupConfig,
  createTestVault,
  DIALECTS,
  testConfig,
  type TestVault,
} from "../test-support/test-vault.ts";
import { Vault } from "../vault/vault.ts";
import {
  attachDocumentFile,
  attachmentFileName,
  attachmentMaxBytes,
  listDocumentAttachments,
  PDF_REFUSALS,
  prepareAttachmentFile,
  readAttachmentFile,
  removeDocumentAttachment,
} from "./document-attachment.commands.ts";
import { seedAttachableDocument } from "./document-attachment.factories.ts";
import { documentAttachmentSpec } from "./document-attachment.schema.ts";
import { minimalPdf } from "./minimal-pdf.ts";
import { buildLeakyPdf, encryptedPdf, searchableText } from "./pdf-canary.factories.ts";

describe("attachment names and limits", () => {
  it("makes a plain Latin download name ending in .pdf", () => {
    assert.equal(attachmentFileName("Годовой отчёт 2025.PDF"), "godovoy-otchyot-2025.pdf");
    assert.equal(attachmentFileName("../../etc/passwd"), "etc-passwd.pdf");
    assert.equal(attachmentFileName("***"), "document.pdf");
    assert.match(attachmentFileName("x".repeat(500)), /^x{76}\.pdf$/);
  });
  it("reads the size cap from TNR_ATTACHMENT_MAX_MB (25 MB by default)", () => {
    assert.equal(attachmentMaxBytes({}), 25 * 1024 * 1024);
    assert.equal(attachmentMaxBytes({ TNR_ATTACHMENT_MAX_MB: "2" }), 2 * 1024 * 1024);
  });
});

for (const dialect of DIALECTS) {
  describe(`document attachments in the vault on ${dialect}`, () => {
    let t: TestVault;
    const pdf = minimalPdf("Attachment test report");
    before(async () => {
      t = await createTestVault(dialect);
    });
    after(async () => t.close());

    const attach = async (upload: Buffer, name = "Report 2025.pdf", maxBytes?: number) => {
      const content = await prepareAttachmentFile(upload, maxBytes);
      const doc = await seedAttachableDocument(t);
      const a = await attachDocumentFile({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        dataDir: t.config.dataDir,
        documentId: doc.id,
        content,
        originalName: name,
      });
      return { doc, a, content };
    };

    it("stores a PDF encrypted under a server-chosen name, with its SHA-256", async () => {
      const { doc, a, content } = await attach(pdf);
      assert.equal(a.file_name, "report-2025.pdf");
      assert.equal(a.title, "Report 2025");
      assert.equal(a.size_bytes, content.length);
      const stored = readdirSync(evidenceDir(t.config.dataDir));
      assert.ok(stored.includes(`${String(a.storage_key)}.bin`));
      assert.ok(
        stored.every((n) => !n.includes("report")),
        "the disk name is not the upload's",
      );
      const onDisk = readFileSync(
        join(evidenceDir(t.config.dataDir), `${String(a.storage_key)}.bin`),
      );
      assert.equal(onDisk.includes(Buffer.from("Attachment test report")), false, "encrypted");
      const full = await getRecord(t.vault.db(), t.vault.keys(), documentAttachmentSpec, a.id);
      assert.deepEqual(await readAttachmentFile(t.config.dataDir, full), content);
      assert.equal((await listDocumentAttachments(t.vault.db(), null, doc.id)).length, 1);
      await removeDocumentAttachment({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        attachmentId: a.id,
      });
      assert.equal((await listDocumentAttachments(t.vault.db(), null, doc.id)).length, 0);
    });

    it("refuses a file that is not a PDF, whatever its name says", async () => {
      await assert.rejects(
        attach(Buffer.from("<html><script>alert(1)</script></html>"), "report.pdf"),
        (e: unknown) => e instanceof ValidationError && /not a PDF/.test(e.issues[0]!.message),
      );
      await assert.rejects(attach(Buffer.alloc(0)), /not valid/);
    });

    it("stores the PDF without its metadata: no canary in the vault copy", async () => {
      const { a } = await attach(await buildLeakyPdf("CANARY4k2m"), "Leaky.pdf");
      const full = await getRecord(t.vault.db(), t.vault.keys(), documentAttachmentSpec, a.id);
      const stored = await readAttachmentFile(t.config.dataDir, full);
      assert.match(stored.subarray(0, 8).toString("latin1"), /^%PDF-/);
      assert.equal(searchableText(stored).includes("CANARY4k2m"), false);
    });

    it("refuses an encrypted or unreadable PDF rather than store it as it is", async () => {
      await assert.rejects(
        attach(encryptedPdf(), "locked.pdf"),
        (e: unknown) =>
          e instanceof ValidationError && e.issues[0]!.message === PDF_REFUSALS.encrypted,
      );
      await assert.rejects(
        attach(Buffer.from("%PDF-1.7\nbroken"), "broken.pdf"),
        (e: unknown) =>
          e instanceof ValidationError && e.issues[0]!.message === PDF_REFUSALS.unreadable,
      );
    });

    it("refuses a file over the size cap", async () => {
      await assert.rejects(
        attach(pdf, "big.pdf", pdf.length - 1),
        (e: unknown) => e instanceof ValidationError && /the limit is/.test(e.issues[0]!.message),
      );
    });

    it("keeps the vault copy through a backup and a restore", async () => {
      const { a, content } = await attach(pdf, "Backed up.pdf");
      const work = mkdtempSync(join(tmpdir(), "tnr-attach-backup-"));
      const config = testConfig(dialect);
      let restored: Vault | null = null;
      try {
        const file = join(work, "tnr.backup");
        await writeBackup({
          out: file,
          installation: t.vault.installation!,
          keys: t.vault.keys(),
          vaultDb: t.vault.db(),
          publicDb: t.vault.stores.publicDb,
          evidenceDir: evidenceDir(t.config.dataDir),
        });
        const holder = await Vault.open(await openStores(config));
        try {
          await restoreBackup({
            path: file,
            master: t.master,
            evidenceDir: evidenceDir(config.dataDir),
            openEmptyVault: async (installation) => {
              await holder.stores.writeInstallation(installation);
              restored = await Vault.open(await openStores(config));
              await restored.unseal(t.master);
              return { vaultDb: restored.db(), publicDb: restored.stores.publicDb };
            },
          });
        } finally {
          await holder.close();
        }
        const v = restored! as Vault;
        const back = await getRecord(v.db(), v.keys(), documentAttachmentSpec, a.id);
        assert.deepEqual(await readAttachmentFile(config.dataDir, back), content);
      } finally {
        await (restored as Vault | null)?.close();
        await cleanupConfig(config);
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
}
