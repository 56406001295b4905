import { createHash } from "node:crypto";

/** A link of a feed or entry (RFC 4287 §4.2.7). */
export interface AtomLink {
  href: string;
  rel: "alternate" | "self" | "related";
  type?: string;
  hreflang?: string;
  title?: string;
}

/** One entry of an Atom feed. */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  /** BCP 47 tag of the entry's text (xml:lang). */
  lang: string;
  summary: string;
  links: AtomLink[];
  categories: { term: string; label: string }[];
}

/** An Atom feed (RFC 4287): the required id, title, updated and author, then the entries. */
export interface AtomFeed {
  id: string;
  title: string;
  updated: string;
  lang: string;
  author: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

// XML 1.0 forbids most control characters and lone surrogates even when escaped: drop them.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute content made safe for XML. */
export function xmlEscape(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      case '"':
        return "&quot;";
      default:
        return "&apos;";
    }
  });
}

/** A stable `urn:uuid:` (name-based, SHA-1, as RFC 9562 version 5) for sites without a URL. */
export function stableUrn(name: string): string {
  const h = createHash("sha1").update(`tnr-monitor:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString("hex");
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

function link(l: AtomLink): string {
  const attrs = [
    `rel="${l.rel}"`,
    `href="${xmlEscape(l.href)}"`,
    l.type && `type="${xmlEscape(l.type)}"`,
    l.hreflang && `hreflang="${xmlEscape(l.hreflang)}"`,
    l.title && `title="${xmlEscape(l.title)}"`,
  ];
  return `<link ${attrs.filter(Boolean).join(" ")}/>`;
}

function entry(e: AtomEntry): string {
  return [
    `<entry xml:lang="${xmlEscape(e.lang)}">`,
    `<id>${xmlEscape(e.id)}</id>`,
    `<title type="text">${xmlEscape(e.title)}</title>`,
    `<updated>${xmlEscape(e.updated)}</updated>`,
    ...e.links.map(link),
    ...e.categories.map(
      (c) => `<category term="${xmlEscape(c.term)}" label="${xmlEscape(c.label)}"/>`,
    ),
    `<summary type="text">${xmlEscape(e.summary)}</summary>`,
    `</entry>`,
  ].join("\n");
}

/** The feed as an XML document (UTF-8); every text and attribute is escaped. */
export function atomXml(feed: AtomFeed): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlEscape(feed.lang)}">`,
    `<id>${xmlEscape(feed.id)}</id>`,
    `<title type="text">${xmlEscape(feed.title)}</title>`,
    `<updated>${xmlEscape(feed.updated)}</updated>`,
    `<author><name>${xmlEscape(feed.author)}</name></author>`,
    ...feed.links.map(link),
    ...feed.entries.map(entry),
    `</feed>`,
    "",
  ].join("\n");
}
