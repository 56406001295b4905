import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { dumpPublicStore } from "../publishing/public-store.repository.ts";
import { publicIncidentId } from "../publishing/public-id.ts";
import { createTestVault, DIALECTS, type TestVault } from "../test-support/test-vault.ts";
import { ANALYSIS } from "./demo-analysis.ts";
import { publishDemo, type DemoPublishTarget } from "./demo-publishing.ts";
import { seedDemoStaff } from "./demo-staff.ts";
import { PUBLIC_CASE_KEYS, publicIncidentId as demoIncidentId } from "./public-case-ids.ts";
import { seedDemo } from "./seed-demo.ts";

const NAMES = [
  "Afgan Mukhtarli",
  "Vidadi Isgenderli",
  "Gulnur Kazimova",
  "Dashgin Aghalarli",
  "Leyla Mustafayeva",
  "Jamal Ali",
];

for (const dialect of DIALECTS) {
  describe(`demo publishing on ${dialect}`, () => {
    let t: TestVault;
    let target: DemoPublishTarget;
    let firstRun: Awaited<ReturnType<typeof publishDemo>>;
    before(async () => {
      t = await createTestVault(dialect, { demo: true });
      const db = t.vault.db();
      const keys = t.vault.keys();
      await seedDemo({ db, keys, dialect, dataDir: t.config.dataDir }, t.actor);
      await seedDemoStaff(db, keys, t.actor, new Date());
      target = { db, keys, publicDb: t.vault.stores.publicDb };
      firstRun = await publishDemo(target);
    });
    after(async () => t.close());

    const rows = (table: string) => t.vault.stores.publicDb.selectFrom(table).selectAll().execute();
    const caseId = (key: (typeof PUBLIC_CASE_KEYS)[number]) =>
      publicIncidentId(t.vault.keys(), demoIncidentId(key));

    it("publishes the six named public cases with their names, and fictional cases without", async () => {
      assert.ok(firstRun && firstRun.incidents >= 20, `${firstRun?.incidents} incidents`);
      const incidents = await rows("public_incidents");
      const byId = new Map(incidents.map((r) => [String(r.public_id), JSON.parse(r.payload)]));
      PUBLIC_CASE_KEYS.forEach((key, n) => {
        const p = byId.get(caseId(key));
        assert.ok(p, `${key} is public`);
        assert.deepEqual(
          p.victims.map((v: { name: string | null }) => v.name),
          [NAMES[n]],
        );
      });
      const fictional = [...byId.values()].filter((p) => /Fictional demo case/.test(p.summary));
      assert.equal(fictional.length, incidents.length - 6);
      for (const p of fictional)
        assert.ok(p.victims.every((v: { name: string | null }) => v.name === null));
    });

    it("publishes the analytical document in four languages with citations and live figures", async () => {
      const docs = await rows("public_documents");
      const doc = docs.find((d) => d.slug === ANALYSIS.slug);
      assert.ok(doc, "the analytical document is public");
      assert.equal(doc.document_type, "analytical_document");
      assert.deepEqual(JSON.parse(doc.categories), [
        "ethnic_minorities",
        "transnational_repression",
      ]);
      const cited = PUBLIC_CASE_KEYS.map(caseId);
      assert.deepEqual([...JSON.parse(doc.cited_incident_ids)].sort(), [...cited].sort());
      const translations = (await rows("public_document_translations")).filter(
        (r) => r.slug === ANALYSIS.slug,
      );
      assert.deepEqual(translations.map((r) => r.language).sort(), ["az", "en", "ka", "ru"]);
      for (const tr of translations) {
        const body = String(tr.body_markdown);
        for (const id of cited)
          assert.ok(body.includes(`[[incident:${id}|`), `${tr.language} cites ${id}`);
        assert.ok(!body.includes("[[incident:demo-"), `${tr.language}: no placeholder left`);
        assert.ok(!body.includes("{{figure"), `${tr.language}: every figure resolved`);
        assert.ok(/\[\^5\]:/.test(body), `${tr.language}: footnotes`);
      }
      const en = String(translations.find((r) => r.language === "en")!.body_markdown);
      assert.match(en, /\*live\*: (\d+|\[withheld\]) verified incidents in Georgia since 2016/);
      assert.equal(docs.length, 4, "analysis, statement, news and the earlier demo document");
    });

    it("withholds small aggregate cells", async () => {
      const cells = await rows("public_aggregate_cells");
      assert.ok(cells.some((c) => Number(c.suppressed) === 1 && c.value === null));
      assert.ok(cells.some((c) => Number(c.suppressed) === 0 && Number(c.value) >= 5));
    });

    it("gives the dashboard numbers for at least three host states, with some cells withheld", async () => {
      const cells = await rows("public_aggregate_cells");
      const shown = (c: Record<string, unknown>) => Number(c.suppressed) === 0 && c.value !== null;
      // The map's cells: one per host state over all years (key "h=GE|y=|g=|s=0-6|c=").
      const perHost = cells.filter(
        (c) =>
          c.table_name === "incidents_by_host_year" && c.host_state !== null && c.year === null,
      );
      for (const c of perHost) assert.match(String(c.cell_key), /^h=[A-Z]{2}\|y=\|g=\|s=0-6\|c=$/);
      const visible = perHost.filter(shown).map((c) => String(c.host_state));
      assert.ok(visible.length >= 3, `published host states: ${visible.join(", ")}`);
      assert.ok(
        perHost.some((c) => !shown(c)),
        "a small host state is withheld on the map",
      );
      const years = cells.filter(
        (c) =>
          c.table_name === "incidents_by_host_year" && c.host_state === null && c.year !== null,
      );
      assert.ok(years.filter(shown).length >= 3, "year totals are published");
      const groups = cells.filter(
        (c) => c.table_name === "incidents_by_tactic_group_year" && c.year !== null,
      );
      assert.ok(groups.filter((c) => shown(c) && Number(c.value) > 0).length >= 3);
      const funnel = cells.filter(
        (c) => c.table_name === "funnel_by_host_year" && c.host_state === null && c.year === null,
      );
      assert.ok(funnel.filter((c) => shown(c) && Number(c.value) > 0).length >= 3, "funnel");
      assert.ok(
        cells.some((c) => !shown(c)),
        "the suppression rule withholds something",
      );
    });

    it("changes nothing when run again", async () => {
      const before = await dumpPublicStore(t.vault.stores.publicDb);
      assert.deepEqual(
        { ...(await publishDemo(target)), ms: 0 },
        { incidents: 0, documents: 0, ms: 0 },
      );
      assert.equal(await dumpPublicStore(t.vault.stores.publicDb), before);
    });
  });
}
