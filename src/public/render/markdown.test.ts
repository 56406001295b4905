import assert from "node:assert/strict";
import { describe, it } from "node:test";
import fc from "fast-check";
import type { RenderLang } from "./chart-svg.ts";
import {
  markdownToPlainText,
  renderDocumentMarkdown,
  slugify,
  type DocumentMarkdownOptions,
} from "./markdown.ts";

const PUBLISHED = new Set(["TNR-2017-001", "TNR-2017-002"]);

function options(overrides: Partial<DocumentMarkdownOptions> = {}): DocumentMarkdownOptions {
  return {
    lang: "en",
    incidentHref: (id) => (PUBLISHED.has(id) ? `/en/incidents/${id}` : null),
    ...overrides,
  };
}

const render = (markdown: string, overrides: Partial<DocumentMarkdownOptions> = {}) =>
  renderDocumentMarkdown(markdown, options(overrides)).html;

/** Markup that must never come out of a document, whatever the author typed. */
function assertInert(html: string): void {
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<(?:iframe|object|embed|style|form|input|svg|math)\b/i);
  assert.doesNotMatch(html, /<[^>]+\son[a-z]+\s*=/i, "no event-handler attribute inside a tag");
  assert.doesNotMatch(html, /(?:href|src)\s*=\s*"\s*(?:javascript|vbscript|data:text)/i);
}

describe("document markdown: safety", () => {
  it("escapes raw HTML, script and event handlers", () => {
    const html = render(
      '<script>alert(1)</script>\n\nText <img src=x onerror="alert(1)"> <b onclick=x>b</b>',
    );
    assertInert(html);
    assert.ok(html.includes("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.ok(html.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"));
  });

  it("drops javascript:, vbscript: and data: links, however they are spelled", () => {
    for (const link of [
      "[x](javascript:alert(1))",
      "[x](JavaScript:alert(1))",
      "[x](javascript&#58;alert(1))",
      "[x](&#106;avascript:alert(1))",
      "<javascript:alert(1)>",
      "[x](vbscript:msgbox(1))",
      "[x](data:text/html;base64,PHNjcmlwdD4=)",
      "![x](javascript:alert(1))",
      "[x]: javascript:alert(1)\n\n[x]",
    ]) {
      assertInert(render(link));
      assert.doesNotMatch(render(link), /<a /, link);
    }
  });

  it("keeps any input inert (property)", () => {
    const fragment = fc.constantFrom(
      "<script>",
      "</script>",
      "<img src=x onerror=alert(1)>",
      "javascript:alert(1)",
      "[a](",
      ")",
      "](",
      "![",
      "[[incident:",
      "]]",
      "[^1]",
      "[^1]: ",
      '"',
      " onload=",
      "\n",
      "# ",
      "<",
      ">",
      "`",
      "&#58;",
      "ა",
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 30 }),
        (parts) => {
          assertInert(render(parts.join("")));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("marks external links noopener noreferrer and turns external images into links", () => {
    const html = render(
      "[NGO](https://example.org/r) [home](/ka/about) [self](https://tnr.example/en) ![p](https://cdn.example/p.png) ![l](/media/a.png)",
      { siteOrigin: "https://tnr.example" },
    );
    assert.ok(html.includes('<a href="https://example.org/r" rel="noopener noreferrer">NGO</a>'));
    assert.ok(html.includes('<a href="/ka/about">home</a>'));
    assert.ok(html.includes('<a href="https://tnr.example/en">self</a>'));
    assert.ok(html.includes('<a href="https://cdn.example/p.png" rel="noopener noreferrer">p</a>'));
    assert.ok(html.includes('<img src="/media/a.png" alt="l">'));
    assert.ok(
      render("see https://example.org/x").includes('rel="noopener noreferrer"'),
      "linkified URLs too",
    );
    // print.css writes out link targets, except after a link whose text is already the URL.
    assert.ok(render("see https://example.org/x").includes('class="url"'), "bare URL marked");
    assert.ok(render("see <https://example.org/x>").includes('class="url"'), "autolink marked");
    assert.ok(!render("[NGO](https://example.org/r)").includes('class="url"'), "named link not");
  });
});

describe("document markdown: incident citations", () => {
  it("links published incidents and leaves unknown ones as plain text", () => {
    const html = render(
      "See [[incident:TNR-2017-001]], [[incident:TNR-2017-002|the second case]] and [[incident:TNR-9999]].",
    );
    assert.ok(
      html.includes('<a href="/en/incidents/TNR-2017-001" class="incident-ref">TNR-2017-001</a>'),
    );
    assert.ok(
      html.includes(
        '<a href="/en/incidents/TNR-2017-002" class="incident-ref">the second case</a>',
      ),
    );
    assert.ok(html.includes(" and TNR-9999.</p>"));
    assert.doesNotMatch(html, /TNR-9999<\/a>/);
  });

  it("never emits a link the resolver gets wrong", () => {
    const html = render("[[incident:TNR-2017-001]]", { incidentHref: () => "javascript:alert(1)" });
    assertInert(html);
    assert.equal(html, "<p>TNR-2017-001</p>\n");
  });

  it("escapes the citation text", () => {
    const html = render("[[incident:TNR-2017-001|<b>x</b>]]");
    assert.ok(html.includes(">&lt;b&gt;x&lt;/b&gt;</a>"));
  });
});

describe("document markdown: footnotes and table of contents", () => {
  const doc = [
    "# Report 2017",
    "Text[^a] and more[^b], again[^a].",
    "## Sources & method",
    "## Sources & method",
    "### fn1",
    "## Notes",
    "[^a]: First, citing [[incident:TNR-2017-001]].",
    "[^b]: Second.",
  ].join("\n\n");

  it("renders accessible footnotes with translated labels in all four languages", () => {
    const expected: Record<RenderLang, [string, string, string]> = {
      en: ["Notes", "Footnote 1", "Back to reference 1"],
      ka: ["შენიშვნები", "შენიშვნა 1", "დაბრუნება მითითებასთან 1"],
      az: ["Qeydlər", "Qeyd 1", "1 saylı istinada qayıt"],
      ru: ["Примечания", "Сноска 1", "Вернуться к сноске 1"],
    };
    for (const [lang, [heading, ref, back]] of Object.entries(expected) as [
      RenderLang,
      [string, string, string],
    ][]) {
      const html = render(doc, { lang });
      assert.ok(html.includes('<section class="footnotes" aria-labelledby="footnotes">'), lang);
      assert.ok(html.includes(`<h2 id="footnotes">${heading}</h2>`), lang);
      assert.ok(
        html.includes(`<a href="#fn1" id="fnref1" role="doc-noteref" aria-label="${ref}">[1]</a>`),
        lang,
      );
      assert.ok(
        html.includes(`<a href="#fnref1" class="footnote-backref" aria-label="${back}">`),
        lang,
      );
      assert.ok(
        html.includes('id="fnref1:1"') && html.includes('href="#fnref1:1"'),
        "second reference has its own back link",
      );
      assert.ok(html.includes('<li id="fn2" class="footnote-item">'));
    }
  });

  it("returns heading ids as a table of contents, unique and clear of footnote ids", () => {
    const { html, toc } = renderDocumentMarkdown(doc, options());
    assert.deepEqual(toc, [
      { id: "report-2017", text: "Report 2017", level: 1 },
      { id: "sources-method", text: "Sources & method", level: 2 },
      { id: "sources-method-2", text: "Sources & method", level: 2 },
      { id: "s-fn1", text: "fn1", level: 3 },
      { id: "notes", text: "Notes", level: 2 },
      { id: "footnotes", text: "Notes", level: 2 },
    ]);
    for (const entry of toc) assert.equal(html.split(`id="${entry.id}"`).length, 2, entry.id);
  });

  it("keeps Georgian and Cyrillic headings readable in ids and prefixes ids per document", () => {
    assert.equal(slugify("ტრანსნაციონალური რეპრესია — 2017"), "ტრანსნაციონალური-რეპრესია-2017");
    assert.equal(slugify("Müxtarlı işi"), "müxtarlı-işi");
    assert.equal(slugify("Дело Мухтарлы!"), "дело-мухтарлы");
    assert.equal(slugify("???"), "section");
    const html = render("Text[^1]\n\n[^1]: Note.", { docId: "doc7" });
    assert.ok(
      html.includes('href="#fn-doc7-1"') && html.includes('aria-labelledby="footnotes-doc7"'),
    );
  });
});

describe("markdownToPlainText", () => {
  it("gives readable text without markup, footnotes or citation syntax", () => {
    const text = markdownToPlainText(
      "# Title\n\nSome *emphasis* and a [link](https://example.org)[^1] about [[incident:TNR-2017-001|a case]].\n\n" +
        "- one\n- two\n\n![chart](/a.png)\n\n[^1]: Hidden note.",
    );
    assert.equal(text, "Title\n\nSome emphasis and a link about a case.\n\none\n\ntwo\n\nchart");
  });
});
