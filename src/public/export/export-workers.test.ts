import assert from "node:assert/strict";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import Database from "better-sqlite3-multiple-ciphers";
import { filesUnder } from "../../test-support/files.ts";
import { createTestVault, DIALECTS, type TestVault } from "../../test-support/test-vault.ts";
import { seedManyPages } from "../site/pages/mirror.fixture.ts";
import { siteConfig } from "../site/site-config.ts";
import { LANGUAGES } from "../../i18n/languages.ts";
import { PUBLIC_PAGES } from "../site/public-pages.ts";
import { exportSite } from "./export-site.ts";
import { fileFor, sitePathOf } from "./export-tasks.ts";
import { ExportWorkers } from "./export-workers.ts";
import { publicStoreSpec } from "./public-reader.ts";

for (const dialect of DIALECTS) {
  describe(`static export with worker threads (${dialect})`, () => {
    let t: TestVault;
    let dir: string;
    before(async () => {
      t = await createTestVault(dialect);
      await seedManyPages(t);
      dir = mkdtempSync(join(tmpdir(), "tnr-export-workers-"));
    });
    after(async () => {
      await t.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it("writes the same files with workers as in one thread", async () => {
      const config = siteConfig({}, false);
      const now = new Date("2026-01-01T00:00:00Z");
      const alone = await exportSite({
        publicDb: t.vault.stores.publicDb,
        out: join(dir, "alone"),
        config,
        now,
      });
      const shared = await exportSite({
        publicDb: t.vault.stores.publicDb,
        out: join(dir, "workers"),
        config,
        now,
        workers: new ExportWorkers(2, publicStoreSpec(t.config)),
      });
      assert.deepEqual({ ...shared, ms: 0 }, { ...alone, ms: 0 });
      const files = filesUnder(join(dir, "alone"));
      assert.deepEqual(filesUnder(join(dir, "workers")), files);
      assert.ok(files.includes("en/incidents/page/3/index.html"), "three pages of incidents");
      assert.ok(files.includes("en/documents/page/3/index.html"), "three pages of documents");
      for (const f of files)
        assert.ok(
          readFileSync(join(dir, "workers", f)).equals(readFileSync(join(dir, "alone", f))),
          `${f} differs`,
        );
    });

    it("writes for each path what the page type draws for it on its own", async () => {
      // Reads the export the test above wrote with workers, drawn with the same clock.
      const base = {
        mode: "static" as const,
        config: siteConfig({}, false),
        db: t.vault.stores.publicDb,
        now: new Date("2026-01-01T00:00:00Z"),
      };
      let sampled = 0;
      for (const page of PUBLIC_PAGES.filter((p) => p.scope !== "global"))
        for (const lang of LANGUAGES) {
          let n = 0;
          for await (const params of page.paths(base, lang)) {
            if (n++ % 5) continue;
            const path = sitePathOf(page, lang, params);
            const drawn = await page.render({ ...base, lang, path }, params);
            if (!drawn || (drawn.status ?? 200) !== 200) continue;
            const body = typeof drawn.body === "string" ? Buffer.from(drawn.body) : drawn.body;
            assert.ok(
              readFileSync(join(dir, "workers", fileFor(path))).equals(body as Buffer),
              path,
            );
            sampled++;
          }
        }
      assert.ok(sampled > 200, `${sampled} pages sampled`);
    });

    it("fails the whole export when a worker fails, leaving the previous copy in place", async () => {
      const out = join(dir, "kept");
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, "previous.html"), "the last good export");
      // An empty database: every task a worker draws fails (no such table).
      const empty = join(dir, "empty.db");
      new Database(empty).close();
      const broken = [
        new ExportWorkers(1, { dialect: "sqlite", file: empty }),
        new ExportWorkers(1, { dialect: "sqlite", file: join(dir, "missing.db") }),
      ];
      for (const workers of broken) {
        await assert.rejects(
          exportSite({
            publicDb: t.vault.stores.publicDb,
            out,
            config: siteConfig({}, false),
            workers,
          }),
        );
        assert.deepEqual(readdirSync(out), ["previous.html"]);
        assert.deepEqual(
          readdirSync(dir).filter((n) => n.includes(".partial-")),
          [],
          "the partial folder is removed",
        );
      }
      assert.equal(existsSync(join(dir, "missing.db")), false);
    });
  });
}
