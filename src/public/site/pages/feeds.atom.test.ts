import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { atomXml, stableUrn, xmlEscape } from "./feeds.atom.ts";
import { checkXml } from "./feeds.xml-check.ts";

describe("Atom feed builder", () => {
  it("writes a well-formed feed whatever the text holds", () => {
    const nasty = `<script>&amp; "quotes" 'single' \u0001\u0008 \uD800 ]]> ${"ქ".repeat(3)}`;
    const xml = atomXml({
      id: stableUrn("feed:test"),
      title: nasty,
      updated: "2026-11-29T10:00:00.000Z",
      lang: "ka",
      author: nasty,
      links: [{ rel: "self", href: `/x?a=1&b=${nasty}` }],
      entries: [
        {
          id: stableUrn("entry"),
          title: nasty,
          updated: "2026-11-29T10:00:00.000Z",
          lang: "ka",
          summary: nasty,
          links: [
            { rel: "alternate", href: "/ka/documents/x/", hreflang: "ka", type: "text/html" },
          ],
          categories: [{ term: "statement", label: nasty }],
        },
      ],
    });
    const { errors, elements } = checkXml(xml);
    assert.deepEqual(errors, []);
    assert.deepEqual(elements.slice(0, 6), ["feed", "id", "title", "updated", "author", "name"]);
    assert.ok(xml.includes("&lt;script&gt;&amp;amp; &quot;quotes&quot; &apos;single&apos;"));
    assert.ok(xml.includes("ქქქ"));
  });

  it("makes stable version-5 style URNs", () => {
    assert.equal(stableUrn("a"), stableUrn("a"));
    assert.notEqual(stableUrn("a"), stableUrn("b"));
    assert.match(
      stableUrn("a"),
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("drops characters XML 1.0 cannot hold, and the checker notices them", () => {
    assert.equal(xmlEscape("a\u0000b\u001Fc"), "abc");
    assert.notDeepEqual(checkXml("<a>\u0001</a>").errors, []);
    assert.notDeepEqual(checkXml("<a><b></a></b>").errors, []);
    assert.notDeepEqual(checkXml("<a>x & y</a>").errors, []);
    assert.notDeepEqual(checkXml("<a x=1/>").errors, []);
    assert.notDeepEqual(checkXml("<a/><b/>").errors, []);
    assert.deepEqual(checkXml('<a x="1"><b/>t &amp; &#x41;</a>').errors, []);
  });
});
