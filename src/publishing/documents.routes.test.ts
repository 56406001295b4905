import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { renderDocumentMarkdown } from "../public/render/markdown.ts";
import { DIALECTS } from "../test-support/test-vault.ts";
import { location, publishingHarness, type SignedIn } from "./publishing-http.fixture.ts";

const versionOf = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? "";

const BODY = [
  "## Findings",
  "",
  "We counted {{figure incidents host=GE since=2016}} incidents.[^1]",
  "",
  "[^1]: Demo Monitor, 2017.",
].join("\n");

for (const dialect of DIALECTS) {
  describe(`document pages for editors on ${dialect}`, () => {
    let h: Awaited<ReturnType<typeof publishingHarness>>;
    before(async () => {
      h = await publishingHarness(dialect);
    });
    after(async () => h.close());

    const publicStore = () => h.t.vault.stores.publicDb;

    /** Creates a document through the form and writes its English original; returns its page. */
    const createDocument = async (who: SignedIn, slug: string, body = BODY) => {
      await who.client.get("/staff/documents/new");
      const created = await who.client.post("/staff/documents", {
        slug,
        title: "Beyond the border",
        document_type: "analytical_document",
        categories: "transnational_repression",
        original_language: "en",
      });
      assert.equal(created.statusCode, 303);
      const textPage = location(created);
      assert.match(textPage, /\/translations\/en$/);
      const form = await who.client.get(textPage);
      const saved = await who.client.post(textPage, {
        title: "Beyond the border",
        summary: "What the 2017 report found.",
        body_markdown: body,
        version: versionOf(form.body),
      });
      assert.equal(saved.statusCode, 303);
      return textPage.replace(/\/translations\/en$/, "");
    };

    it("validates the new document form in place, in the user's language", async () => {
      const a = await h.signedIn("editor");
      await a.client.get("/staff/documents/new");
      const bad = await a.client.post("/staff/documents?lang=ru", {
        slug: "Not A Slug",
        title: "",
        document_type: "",
        original_language: "en",
      });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, /href="#slug"/);
      assert.match(bad.body, /Введите заголовок/);
      assert.match(bad.body, /value="Not A Slug"/, "the input comes back");
    });

    it("runs the two-person flow for a document, with checklist, preview, publish and withdraw", async () => {
      const a = await h.signedIn("editor");
      const b = await h.signedIn("editor");
      const doc = await createDocument(a, "beyond-the-border");
      const list = await a.client.get("/staff/documents");
      assert.equal(list.statusCode, 200);
      assert.ok(list.body.includes(`href="${doc}"`));
      assert.match(list.body, /Draft/);

      const ka = await a.client.get(`${doc}/translations/ka`);
      assert.match(ka.body, /side-by-side__original/);
      assert.match(ka.body, /What the 2017 report found\./, "the original is beside the form");
      const kaSaved = await a.client.post(`${doc}/translations/ka`, {
        title: "საზღვრებს მიღმა",
        body_markdown: "ტექსტი.",
        translation_status: "draft",
        version: versionOf(ka.body),
      });
      assert.equal(kaSaved.statusCode, 303);
      const overview = await a.client.get(doc);
      assert.match(overview.body, /Publication checklist/);
      assert.match(overview.body, /Draft translation/);
      assert.match(overview.body, /Submit for review/);

      const preview = await a.client.get(`${doc}/preview/en`);
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /class="footnotes/);
      assert.doesNotMatch(preview.body, /\{\{figure/, "live figures are resolved");

      const submitted = await a.client.post(`${doc}/submit`);
      assert.equal(submitted.statusCode, 303);
      const review = location(submitted).split("?")[0]!;
      const self = await a.client.post(`${review}/approve`);
      assert.equal(self.statusCode, 403);
      assert.match(self.body, /two-person rule/);

      h.expireStepUp();
      const gate = await b.client.post(`${review}/approve`);
      assert.equal(location(gate), `/staff/step-up?next=${encodeURIComponent(review)}`);
      await h.stepUp(b, review);
      const reviewPage = await b.client.get(review);
      assert.match(reviewPage.body, /Approve publication/);
      assert.equal((await b.client.post(`${review}/approve`)).statusCode, 303);
      assert.equal((await a.client.post(`${review}/publish`)).statusCode, 303);

      const row = await publicStore()
        .selectFrom("public_document_translations")
        .selectAll()
        .where("slug", "=", "beyond-the-border")
        .execute();
      assert.deepEqual(
        row.map((r) => r.language),
        ["en"],
        "only the original and reviewed translations go public",
      );
      const render = (docId?: string) =>
        renderDocumentMarkdown(String(row[0]!.body_markdown), {
          lang: "en",
          incidentHref: () => null,
          ...(docId ? { docId } : {}),
        }).html;
      assert.ok(reviewPage.body.includes(render("preview-en")), "approved preview = published");
      assert.ok(preview.body.includes(render()), "the editor's preview is what was published");
      const publicPage = await h.app.inject({ url: "/en/documents/beyond-the-border/" });
      assert.equal(publicPage.statusCode, 200);
      assert.ok(publicPage.body.includes(render()), "the public page shows the previewed text");
      const published = await a.client.get(doc);
      assert.match(published.body, /Approved by a second editor/);
      assert.ok(published.body.includes(b.user.email), "the approver is named");

      assert.equal(
        (await a.client.post(`${review}/withdraw`, { reason: "Outdated." })).statusCode,
        303,
      );
      const gone = await publicStore()
        .selectFrom("public_documents")
        .selectAll()
        .where("slug", "=", "beyond-the-border")
        .execute();
      assert.equal(gone.length, 0, "withdrawing removes it from the public store");
      const publicGone = await h.app.inject({ url: "/en/documents/beyond-the-border/" });
      assert.equal(publicGone.statusCode, 404);
      assert.match((await a.client.get("/staff/documents")).body, /Withdrawn/);
    });

    it("keeps the editor's input when someone saved a newer version first", async () => {
      const a = await h.signedIn("editor");
      const b = await h.signedIn("caseworker");
      const doc = await createDocument(a, "stale-version");
      const formA = await a.client.get(`${doc}/edit`);
      const formB = await b.client.get(`${doc}/edit`);
      const v = versionOf(formA.body);
      const base = { document_type: "report", version: v };
      assert.equal(
        (await b.client.post(`${doc}/edit`, { ...base, version: versionOf(formB.body) }))
          .statusCode,
        303,
      );
      const stale = await a.client.post(`${doc}/edit`, { ...base, published_on: "2017-05" });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Someone else saved a newer version/);
      assert.match(stale.body, /value="2017-05"/, "nothing typed is lost");
      assert.equal(versionOf(stale.body), String(Number(v) + 1));

      const textA = await a.client.get(`${doc}/translations/en`);
      const textB = await b.client.get(`${doc}/translations/en`);
      const edit = (body: string, version: string) => ({
        title: "T",
        body_markdown: body,
        version,
      });
      await b.client.post(`${doc}/translations/en`, edit("B's text.", versionOf(textB.body)));
      const lost = await a.client.post(
        `${doc}/translations/en`,
        edit("A's unsaved paragraph.", versionOf(textA.body)),
      );
      assert.equal(lost.statusCode, 409);
      assert.match(lost.body, /A&#39;s unsaved paragraph\.|A's unsaved paragraph\./);
      assert.match(lost.body, /B&#39;s text\.|B's text\./, "the saved text is shown beside it");
    });

    it("blocks submission while a live figure cannot be computed", async () => {
      const a = await h.signedIn("editor");
      const doc = await createDocument(a, "broken-figure", "{{figure victims host=GE}}");
      const page = await a.client.get(doc);
      assert.match(page.body, /Needs attention/);
      assert.doesNotMatch(page.body, /Submit for review/);
      const refused = await a.client.post(`${doc}/submit`);
      assert.equal(refused.statusCode, 422);
      assert.match(refused.body, /href="#checklist-title"/);
    });

    it("answers researchers and other organisations with 404, and lets no caseworker submit", async () => {
      const a = await h.signedIn("editor");
      const doc = await createDocument(a, "private-draft");
      const researcher = await h.signedIn("researcher");
      for (const path of ["/staff/documents", doc, `${doc}/edit`, `${doc}/preview/en`])
        assert.equal((await researcher.client.get(path)).statusCode, 404, path);
      const other = await h.signedIn("editor", h.otherOrgId);
      assert.equal((await other.client.get(doc)).statusCode, 404);
      assert.equal((await other.client.post(`${doc}/submit`)).statusCode, 404);
      assert.doesNotMatch((await other.client.get("/staff/documents")).body, /private-draft/);
      const caseworker = await h.signedIn("caseworker");
      const page = await caseworker.client.get(doc);
      assert.equal(page.statusCode, 200, "caseworkers write documents");
      assert.doesNotMatch(page.body, /Submit for review/);
      assert.equal((await caseworker.client.post(`${doc}/submit`)).statusCode, 404);
    });
  });
}
