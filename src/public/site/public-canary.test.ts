import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { LANGUAGES } from "../../i18n/languages.ts";
import { organisationSpec } from "../../organisations/organisation.schema.ts";
import {
  canaryFields,
  publishThroughTwoEditors,
  seedDocument,
  seedFullCase,
} from "../../publishing/case-bundle.factories.ts";
import { saveNewRecord } from "../../records/record.commands.ts";
import { buildApp } from "../../server/app.ts";
import { buildOrganisation } from "../../test-support/factories.ts";
import { filesUnder } from "../../test-support/files.ts";
import { createTestVault, DIALECTS, type TestVault } from "../../test-support/test-vault.ts";
import { exportSite } from "../export/export-site.ts";
import { fillRoute } from "./public-page.ts";
import { PUBLIC_PAGES } from "./public-pages.ts";
import { siteConfig } from "./site-config.ts";

/** Protected values the case factories write besides the canaries (phone, address, birth month). */
const FIXED_PROTECTED = ["+995 500 000 099", "Fictional street 1", "1911-11"];

for (const dialect of DIALECTS) {
  describe(`no public output holds a protected value (${dialect})`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    let canary: string;
    let incidentPublicHint = "";
    const outputs: { where: string; body: string }[] = [];

    before(async () => {
      t = await createTestVault(dialect, { demo: true });
      canary = `CANARY${Date.now().toString(36).toUpperCase()}`;
      // An anonymised case: no field of it may ever reach the public side (a named case would
      // rightly show the name, which is itself a protected field).
      const c = await seedFullCase(t, { canary, consent: "anonymised_case" });
      const coAuthor = await saveNewRecord({
        db: t.vault.db(),
        keys: t.vault.keys(),
        actor: t.actor,
        spec: organisationSpec,
        data: { ...buildOrganisation(), ...canaryFields(organisationSpec, canary) },
      });
      await publishThroughTwoEditors(t, c.staff, "incident", c.incident.id);
      const doc = await seedDocument(t, String(c.incident.org_id), {
        body: "{{figure incidents host=GE}} incidents; {{figure reached stage=registered}} registered.",
        cited: [c.incident.id],
        coAuthor,
      });
      await publishThroughTwoEditors(t, c.staff, "document", doc.id);
      incidentPublicHint = String(c.incident.id);
      app = buildApp(t.vault);
      await app.ready();
    });
    after(async () => {
      await app.close();
      await t.close();
    });

    it("crawls every public page type in every language, feeds and downloads included", async () => {
      const base = {
        mode: "server" as const,
        config: siteConfig({}, true),
        db: t.vault.stores.publicDb,
        now: new Date(),
      };
      let pages = 0;
      for (const page of PUBLIC_PAGES) {
        const langs = page.scope === "global" ? [null] : LANGUAGES;
        for (const lang of langs) {
          for await (const params of page.paths(base, lang ?? "en")) {
            const route = fillRoute(page.route, params);
            const url = lang ? `/${lang}${route}` : route;
            const res = await app.inject({ url });
            assert.ok(res.statusCode < 500, `${url} answered ${res.statusCode}`);
            outputs.push({ where: url, body: res.body });
            pages++;
          }
        }
      }
      assert.ok(pages >= LANGUAGES.length, `${pages} pages crawled`);
    });

    it("includes search results, filters and error pages", async () => {
      const probes = [
        `/en/documents/?q=${encodeURIComponent(canary)}`,
        "/en/documents/?q=incidents",
        "/en/incidents/?host=GE",
        "/en/incidents/?origin=AZ&page=1",
        `/en/incidents/${encodeURIComponent(incidentPublicHint)}/`,
        "/en/no-such-page/",
        "/ka/documents/no-such-document/",
      ];
      for (const url of probes) {
        const res = await app.inject({ url });
        assert.ok(res.statusCode < 500, `${url} answered ${res.statusCode}`);
        // A URL the visitor typed may be echoed back; only what the site adds counts.
        outputs.push({ where: url, body: res.body.replaceAll(encodeURIComponent(canary), "") });
      }
    });

    it("includes every file of the static mirror", async () => {
      const out = join(mkdtempSync(join(tmpdir(), "tnr-canary-site-")), "site");
      try {
        await exportSite({ publicDb: t.vault.stores.publicDb, out, config: siteConfig({}, true) });
        for (const f of filesUnder(out))
          outputs.push({ where: f, body: readFileSync(join(out, f), "utf8") });
      } finally {
        rmSync(join(out, ".."), { recursive: true, force: true });
      }
    });

    it("finds no canary and no fixed protected value in any of them", () => {
      assert.ok(outputs.length > 0);
      const leaks = outputs.flatMap((o) =>
        [canary, ...FIXED_PROTECTED]
          .filter((needle) => o.body.includes(needle))
          .map((needle) => `${o.where} contains ${needle}`),
      );
      assert.deepEqual(leaks, []);
    });
  });
}
