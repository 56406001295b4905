import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { FastifyInstance } from "fastify";
import { LANGUAGE_TAGS, LANGUAGES } from "../../../i18n/languages.ts";
import { buildApp } from "../../../server/app.ts";
import { createTestVault, DIALECTS, type TestVault } from "../../../test-support/test-vault.ts";
import { putPublicDocument } from "../../../publishing/public-store.repository.ts";
import { fillRoute } from "../public-page.ts";
import { pt } from "../public-i18n.ts";
import { siteConfig } from "../site-config.ts";
import { documentListPages } from "./documents-list.page.tsx";
import { publishDocumentFixture, type PublishedFixture } from "./documents.fixtures.ts";
import { DOCUMENT_SITE_PAGES } from "./documents.registry.ts";
import { checkXml } from "./feeds.xml-check.ts";

for (const dialect of DIALECTS) {
  describe(`public documents, feeds and information pages on ${dialect}`, () => {
    let t: TestVault;
    let app: FastifyInstance;
    let fx: PublishedFixture;
    before(async () => {
      t = await createTestVault(dialect);
      fx = await publishDocumentFixture(t);
      app = buildApp(t.vault);
    });
    after(async () => {
      await app.close();
      await t.close();
    });
    const get = (url: string) => app.inject({ method: "GET", url });
    const base = () => ({
      mode: "server" as const,
      config: siteConfig({}, false),
      db: t.vault.stores.publicDb,
      now: new Date(),
    });

    it("renders every page type in every language, with the layout and no cookie", async () => {
      let checked = 0;
      for (const page of DOCUMENT_SITE_PAGES) {
        for (const lang of page.scope === "global" ? (["en"] as const) : LANGUAGES) {
          for await (const params of page.paths(base(), lang)) {
            const route = fillRoute(page.route, params);
            const url = page.scope === "global" ? route : `/${lang}${route}`;
            const res = await get(url);
            assert.equal(res.statusCode, 200, url);
            assert.equal(res.headers["set-cookie"], undefined, url);
            if (url.endsWith(".xml")) {
              assert.match(String(res.headers["content-type"]), /^application\/atom\+xml/);
              assert.deepEqual(checkXml(res.body).errors, [], url);
            } else {
              assert.ok(res.body.includes(`<html lang="${LANGUAGE_TAGS[lang]}"`), url);
              assert.ok(res.body.includes('class="skip-link"'), url);
              assert.equal((res.body.match(/<h1[ >]/g) ?? []).length, 1, `one h1 on ${url}`);
              assert.ok(!/<script/i.test(res.body), `no script on ${url}`);
            }
            checked++;
          }
        }
      }
      // 30 listings + 2 documents + 11 feeds + feeds page + 3 information pages, per language.
      assert.equal(checked, 4 * (30 + 2 + 1 + 5 + 4 + 1 + 3) + 1);
    });

    it("answers unknown documents, topics, types and pages with the 404 page in that language", async () => {
      for (const url of [
        "/ka/documents/no-such-document/",
        "/az/documents/NOT_A_SLUG/",
        "/ru/documents/category/nonsense/",
        "/en/documents/type/nonsense/",
        "/en/documents/category/rule_of_law/type/nonsense/",
        "/ka/feeds/category/nonsense.xml",
        "/en/feeds/type/nonsense.xml",
        "/en/documents/page/2/",
        "/en/documents/page/1/",
        "/en/documents/page/-1/",
        "/en/documents/page/0/",
        "/en/documents/page/abc/",
        `/en/documents/page/${"9".repeat(60)}/`,
        "/ru/documents/category/ethnic_minorities/page/2/",
      ]) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
        const lang = url.split("/")[1] as "ka" | "en" | "az" | "ru";
        assert.ok(res.body.includes(`<html lang="${LANGUAGE_TAGS[lang]}"`), url);
        assert.ok(res.body.includes(pt(lang, "notfound.title")), url);
      }
    });

    it("shows a document with breadcrumb, co-authors, footnotes, citations and translations", async () => {
      const res = await get(`/en/documents/${fx.report.slug}/`);
      assert.equal(res.statusCode, 200);
      const html = res.body;
      assert.match(html, /<h1>Repression beyond borders<\/h1>/);
      assert.match(html, /class="breadcrumb"[\s\S]*Ethnic minorities[\s\S]*Analysis[\s\S]*<\/nav>/);
      assert.ok(
        html.includes('href="/en/documents/category/ethnic_minorities/type/analytical_document/"'),
      );
      assert.ok(html.includes("Partner Watch &amp; Co"));
      assert.ok(html.includes("September 2017"));
      assert.ok(html.includes('role="doc-noteref"'), "footnotes");
      assert.ok(html.includes(`href="#background"`), "table of contents");
      assert.ok(
        html.includes(`href="/en/incidents/${fx.incidentId}/"`),
        "citation of a public incident",
      );
      assert.ok(
        !html.includes('href="/en/incidents/i00000000000000000000/"'),
        "no link to an unpublished one",
      );
      assert.ok(html.includes("Incidents cited in this publication"));
      assert.ok(html.includes(`hreflang="ka" lang="ka"`), "link to the Georgian text");
      assert.ok(html.includes(`href="/ru/documents/${fx.report.slug}/"`));
      assert.ok(!html.includes("Downloads"), "no attachment section without attachments");
      assert.ok(!/<script/i.test(html));
    });

    it("says where a document can be read when the reader's language has no translation", async () => {
      const res = await get(`/az/documents/${fx.report.slug}/`);
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes('<html lang="az-Latn"'));
      assert.ok(res.body.includes("azərbaycan dilinə tərcümə olunmayıb"));
      for (const l of ["en", "ka", "ru"])
        assert.ok(res.body.includes(`href="/${l}/documents/${fx.report.slug}/"`), l);
      const list = await get("/az/documents/");
      assert.ok(list.body.includes("Hələ azərbaycan dilində yoxdur"));
      assert.ok(list.body.includes('lang="en">Repression beyond borders'));
    });

    it("escapes markup published in a document's title and body", async () => {
      for (const url of [`/en/documents/${fx.statement.slug}/`, "/en/documents/", "/en/"]) {
        const res = await get(url);
        assert.equal(res.statusCode, 200, url);
        assert.ok(!res.body.includes("<script>alert"), url);
        assert.ok(!res.body.includes("<b>safety</b>"), url);
        assert.ok(!res.body.includes("<img"), url);
      }
      const page = await get(`/en/documents/${fx.statement.slug}/`);
      assert.ok(page.body.includes("&lt;script&gt;"));
      const feed = await get("/en/feed.xml");
      assert.ok(feed.body.includes("On &lt;b&gt;safety&lt;/b&gt; &amp; justice"));
      assert.deepEqual(checkXml(feed.body).errors, []);
    });

    it("lists by topic and type, and searches the reader's language", async () => {
      const topic = await get("/en/documents/category/ethnic_minorities/");
      assert.ok(topic.body.includes("Repression beyond borders"));
      assert.ok(!topic.body.includes("justice"));
      const type = await get("/ka/documents/type/statement/");
      assert.ok(type.body.includes("უსაფრთხოებისა და სამართლიანობის შესახებ"));
      assert.ok(!type.body.includes("რეპრესია საზღვრებს მიღმა"));
      const found = await get(`/en/documents/?q=${fx.report.word.toUpperCase()}`);
      assert.ok(found.body.includes("Repression beyond borders"));
      assert.ok(!found.body.includes("justice"));
      assert.ok(found.body.includes(`value="${fx.report.word.toUpperCase()}"`));
      const ru = await get(`/ru/documents/?q=${encodeURIComponent("угрозах")}`);
      assert.ok(ru.body.includes("Репрессии за пределами границ"));
      const other = await get(`/ka/documents/?q=${fx.report.word}`);
      assert.ok(!other.body.includes("რეპრესია საზღვრებს მიღმა"), "only the reader's language");
      for (const q of ["%", "_", "\\", "x".repeat(100_000), "<script>"]) {
        const res = await app.inject({ url: `/en/documents/?q=${encodeURIComponent(q)}` });
        assert.equal(res.statusCode, 200, q.slice(0, 10));
        assert.ok(!res.body.includes("<script>"));
      }
    });

    it("serves Atom feeds that hold the published documents", async () => {
      const en = await get("/en/feed.xml");
      const { errors, elements } = checkXml(en.body);
      assert.deepEqual(errors, []);
      assert.equal(elements[0], "feed");
      assert.equal(elements.filter((e) => e === "entry").length, 2);
      assert.ok(en.body.includes('<title type="text">Repression beyond borders</title>'));
      assert.ok(en.body.includes("How exiles in Georgia are followed and threatened."));
      assert.match(en.body, /<id>urn:uuid:[0-9a-f-]{36}<\/id>/);
      const all = await get("/feed.xml");
      assert.deepEqual(checkXml(all.body).errors, []);
      assert.equal(checkXml(all.body).elements.filter((e) => e === "entry").length, 5);
      assert.ok(all.body.includes('xml:lang="ka"') && all.body.includes('hreflang="ru"'));
      const topic = await get("/ka/feeds/category/ethnic_minorities.xml");
      assert.ok(topic.body.includes("რეპრესია საზღვრებს მიღმა"));
      assert.ok(!topic.body.includes("უსაფრთხოებისა"));
      const index = await get("/ru/feeds/");
      assert.ok(index.body.includes('href="/ru/feeds/type/statement.xml"'));
    });

    it("points the search form of the static mirror to the live site, or leaves it out", async () => {
      const page = documentListPages[0]!;
      const ctx = {
        ...base(),
        mode: "static" as const,
        lang: "en" as const,
        path: "/en/documents/",
      };
      const plain = await page.render(ctx, {});
      assert.ok(!String(plain?.body).includes("<form"));
      const live = await page.render(
        { ...ctx, config: { ...ctx.config, liveUrl: "https://tnr.example" } },
        {},
      );
      assert.ok(String(live?.body).includes('action="https://tnr.example/en/documents/"'));
      assert.ok(
        String(live?.body).includes('href="../../en/documents/category/rule_of_law/index.html"'),
      );
    });

    it("states the suppression threshold and the vocabularies on the methodology page", async () => {
      const res = await get("/ka/methodology/");
      assert.ok(res.body.includes("5-ზე ნაკლები რიცხვი არ ქვეყნდება"));
      assert.ok(res.body.includes("გატაცება ან უკანონო გადაცემა"), "a tactic label");
      assert.ok(res.body.includes("ციფრული მუქარა"), "a tactic subgroup");
      const a11y = await get("/en/accessibility/");
      assert.ok(a11y.body.includes("WCAG"));
    });

    it("pages long listings with page paths, and 404s past the end", async () => {
      for (let n = 0; n < 21; n++)
        await putPublicDocument(
          t.vault.stores.publicDb,
          {
            slug: `bulk-${String(n).padStart(2, "0")}`,
            documentType: "news",
            categories: ["migration_and_asylum"],
            coAuthors: [],
            citedIncidentIds: [],
            originalLanguage: "en",
            publishedOn: `2020-0${(n % 9) + 1}`,
            translations: [{ language: "en", title: `Bulk ${n}`, summary: null, body: "Text." }],
          },
          new Date().toISOString(),
        );
      const first = await get("/en/documents/category/migration_and_asylum/");
      assert.ok(first.body.includes("21 documents"));
      assert.ok(first.body.includes('href="/en/documents/category/migration_and_asylum/page/2/"'));
      const second = await get("/en/documents/category/migration_and_asylum/page/2/");
      assert.equal(second.statusCode, 200);
      assert.ok(second.body.includes('aria-current="page">2<'));
      assert.equal((second.body.match(/<h3>/g) ?? []).length - 2, 1, "one document on page 2");
      const third = await get("/en/documents/category/migration_and_asylum/page/3/");
      assert.equal(third.statusCode, 404);
      const paged = documentListPages.find((p) => p.id === "documents-category-page")!;
      const paths = [];
      for await (const p of paged.paths(base(), "ka")) paths.push(p);
      assert.deepEqual(paths, [{ category: "migration_and_asylum", page: "2" }]);
    });
  });
}
