import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Config } from "../config.ts";
import { generateMasterKey } from "../crypto/keys.ts";
import { openStores } from "../db/stores.ts";
import { DEMO_EVIDENCE } from "../demo/demo-data.ts";
import { PROTECTED_DEMO_VALUES } from "../test-support/demo-canaries.ts";
import { seedDemo } from "../demo/seed-demo.ts";
import { IntegrityError, InvalidSecretError } from "../errors.ts";
import { evidenceDir, readEvidence } from "../evidence/evidence.commands.ts";
import { exportLines } from "../interchange/export.ts";
import {
  cleanupConfig,
  createTestVault,
  DIALECTS,
  testConfig,
  type TestVault,
} from "../test-support/test-vault.ts";
import { Vault } from "../vault/vault.ts";
import { writeBackup } from "./backup.ts";
import { readBackupHeader, restoreBackup } from "./restore.ts";

async function sortedExport(vault: Vault): Promise<string[]> {
  const lines: string[] = [];
  for await (const l of exportLines(vault.db(), vault.keys())) lines.push(l);
  return lines.sort();
}

for (const dialect of DIALECTS) {
  describe(`backup and restore on ${dialect}`, () => {
    let t: TestVault;
    let work: string;
    let backupFile: string;
    let original: string[];
    const targets: Config[] = [];

    /**
     * Restores a backup into a new, empty configuration, wired as `tnr restore` does. Returns the
     * restored (unsealed) vault, or the error and whether the target had been touched.
     */
    async function restoreInto(file: string, master: Uint8Array) {
      const config = testConfig(dialect);
      targets.push(config);
      const holder = await Vault.open(await openStores(config));
      let restored: Vault | null = null;
      let opened = false;
      try {
        await restoreBackup({
          path: file,
          master,
          evidenceDir: evidenceDir(config.dataDir),
          openEmptyVault: async (installation) => {
            opened = true;
            await holder.stores.writeInstallation(installation);
            restored = await Vault.open(await openStores(config));
            await restored.unseal(master);
            return { vaultDb: restored.db(), publicDb: restored.stores.publicDb };
          },
        });
        return { config, vault: restored! as Vault, error: null, opened };
      } catch (error) {
        await (restored as Vault | null)?.close();
        return { config, vault: null, error, opened };
      } finally {
        await holder.close();
      }
    }

    /** A copy of the backup with some bytes changed. */
    function tampered(name: string, change: (bytes: Buffer) => Buffer): string {
      const path = join(work, name);
      writeFileSync(path, change(Buffer.from(readFileSync(backupFile))));
      return path;
    }

    before(async () => {
      work = mkdtempSync(join(tmpdir(), "tnr-backup-test-"));
      t = await createTestVault(dialect, { demo: true });
      const db = t.vault.db();
      const keys = t.vault.keys();
      const report = await seedDemo({ db, keys, dialect, dataDir: t.config.dataDir }, t.actor);
      assert.equal(report?.committed, true);
      original = await sortedExport(t.vault);
      backupFile = join(work, "tnr.backup");
      await writeBackup({
        out: backupFile,
        installation: t.vault.installation!,
        keys,
        vaultDb: db,
        publicDb: t.vault.stores.publicDb,
        evidenceDir: evidenceDir(t.config.dataDir),
      });
    });
    after(async () => {
      rmSync(work, { recursive: true, force: true });
      await t.close();
      for (const c of targets) await cleanupConfig(c);
    });

    it("restores into an empty installation with the same export and working evidence", async () => {
      const r = await restoreInto(backupFile, t.master);
      assert.equal(r.error, null);
      try {
        assert.deepEqual(await sortedExport(r.vault!), original);
        assert.ok(original.length > 900, `${original.length} exported lines`);
        assert.ok(DEMO_EVIDENCE.length > 0);
        for (const e of DEMO_EVIDENCE) {
          const content = await readEvidence({
            db: r.vault!.db(),
            keys: r.vault!.keys(),
            actor: t.actor,
            dataDir: r.config.dataDir,
            evidenceId: e.evidence_item_id,
          });
          assert.equal(content.toString("utf8"), e.content);
        }
      } finally {
        await r.vault?.close();
      }
    });

    it("holds no protected demo value and no plain SQLite file", () => {
      const bytes = readFileSync(backupFile);
      assert.ok(PROTECTED_DEMO_VALUES.length > 100);
      const found = PROTECTED_DEMO_VALUES.filter((v) => bytes.includes(Buffer.from(v, "utf8")));
      assert.deepEqual(found, []);
      assert.equal(bytes.includes(Buffer.from("SQLite format 3")), false);
    });

    it("refuses a wrong secret before anything is written", async () => {
      const r = await restoreInto(backupFile, generateMasterKey());
      assert.ok(r.error instanceof InvalidSecretError, String(r.error));
      assert.equal(r.opened, false);
      const stores = await openStores(r.config);
      try {
        assert.equal(await stores.readInstallation(), null);
      } finally {
        await stores.destroy();
      }
    });

    const damages: [string, (b: Buffer, bodyOffset: number) => Buffer, RegExp][] = [
      [
        "a flipped byte in the body",
        (b, body) => {
          b[body + 24 + 4 + 1000]! ^= 0x01;
          return b;
        },
        /changed or damaged/,
      ],
      [
        "a changed chunk length",
        (b, body) => {
          b[body + 24]! ^= 0x40;
          return b;
        },
        /truncated/,
      ],
      ["a truncated file", (b) => b.subarray(0, b.length - 200), /truncated/],
      [
        "a changed header",
        (b) => Buffer.from(b.toString("latin1").replace('"demo":true', '"demo":false'), "latin1"),
        /changed or damaged/,
      ],
      [
        "a damaged header",
        (b) => Buffer.from(b.toString("latin1").replace('{"format":1', '{"format":1,,'), "latin1"),
        /header is damaged/,
      ],
      [
        "another file type",
        (b) => Buffer.concat([Buffer.from("SQLite format 3\0"), b]),
        /not a TNR Monitor backup/,
      ],
    ];
    for (const [what, change, message] of damages) {
      it(`refuses ${what} with an integrity error`, async () => {
        const { bodyOffset } = await readBackupHeader(backupFile);
        const file = tampered(what.replace(/\W+/g, "-"), (b) => change(b, bodyOffset));
        const r = await restoreInto(file, t.master);
        assert.ok(r.error instanceof IntegrityError, `${String(r.error)}`);
        assert.match(r.error.message, message);
        assert.equal(r.vault, null);
      });
    }
  });
}
