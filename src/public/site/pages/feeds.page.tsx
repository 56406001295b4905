import {
  isLang,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  LANGUAGES,
  type Lang,
} from "../../../i18n/languages.ts";
import { markdownToPlainText } from "../../render/markdown.ts";
import type { PublicPageType } from "../public-page.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";
import { CATEGORIES, languageName, termLabel, TYPES } from "./documents.parts.tsx";
import { feedEntries, type FeedEntryRow } from "./documents.repository.ts";
import { atomXml, stableUrn, type AtomEntry } from "./feeds.atom.ts";
import { ft } from "./feeds.messages.ts";

/** Entries per feed: readers poll; the archive is the site itself. */
const FEED_SIZE = 50;
const SUMMARY_CHARS = 600;
const ATOM = "application/atom+xml; charset=utf-8";

interface FeedSpec {
  /** The feed's own site path. */
  path: string;
  /** Language of the feed's title; null for the feed of every language. */
  lang: Lang | null;
  title: string;
  filter: { lang?: Lang; category?: string; type?: string };
  /** The HTML page the feed mirrors. */
  page: string;
}

/** A link target from a feed: absolute on a configured live site, else relative to the feed. */
function target(ctx: PublicContext, path: string): string {
  return ctx.config.liveUrl ? `${ctx.config.liveUrl}${path}` : href(ctx, path);
}

/** The feed's id: its live URL when known, else a name-based URN that never changes. */
function feedId(ctx: PublicContext, path: string): string {
  return ctx.config.liveUrl ? `${ctx.config.liveUrl}${path}` : stableUrn(`feed:${path}`);
}

function rfc3339(value: string, fallback: Date): string {
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? fallback.toISOString() : d.toISOString();
}

function summaryOf(row: FeedEntryRow): string {
  const text = markdownToPlainText(row.summary ?? row.body);
  return text.length > SUMMARY_CHARS ? `${text.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : text;
}

function entryOf(ctx: PublicContext, row: FeedEntryRow): AtomEntry {
  const l = isLang(row.language) ? row.language : "en";
  const page = `/${l}/documents/${row.slug}/`;
  return {
    id: ctx.config.liveUrl
      ? `${ctx.config.liveUrl}${page}`
      : stableUrn(`document:${row.slug}:${l}`),
    title: row.title,
    updated: rfc3339(row.publishedAt, ctx.now),
    lang: LANGUAGE_TAGS[l],
    summary: summaryOf(row),
    links: [
      { rel: "alternate", type: "text/html", hreflang: LANGUAGE_TAGS[l], href: target(ctx, page) },
    ],
    categories: [
      { term: row.documentType, label: termLabel("document_type", row.documentType, l) },
    ],
  };
}

async function renderFeed(ctx: PublicContext, spec: FeedSpec) {
  const rows = await feedEntries(ctx.db, spec.filter, FEED_SIZE);
  const entries = rows.map((r) => entryOf(ctx, r));
  // The newest entry dates the feed, so an unchanged feed stays byte-identical in the mirror.
  const updated =
    entries
      .map((e) => e.updated)
      .sort()
      .at(-1) ?? rfc3339("1970-01-01", ctx.now);
  const body = atomXml({
    id: feedId(ctx, spec.path),
    title: spec.title,
    updated,
    lang: spec.lang ? LANGUAGE_TAGS[spec.lang] : "und",
    author: ctx.config.name[spec.lang ?? "en"],
    links: [
      { rel: "self", type: "application/atom+xml", href: target(ctx, spec.path) },
      {
        rel: "alternate",
        type: "text/html",
        href: target(ctx, spec.page),
        ...(spec.lang ? { hreflang: LANGUAGE_TAGS[spec.lang] } : {}),
      },
    ],
    entries,
  });
  return { body, contentType: ATOM };
}

/** `/{lang}/feed.xml`: every publication in one language. */
export const languageFeed: PublicPageType<Record<string, never>> = {
  id: "feed-language",
  route: "/feed.xml",
  paths: () => [{}],
  render: (ctx) =>
    renderFeed(ctx, {
      path: `/${ctx.lang}/feed.xml`,
      lang: ctx.lang,
      title: ft(ctx.lang, "feed.language", { site: ctx.config.name[ctx.lang] }),
      filter: { lang: ctx.lang },
      page: `/${ctx.lang}/documents/`,
    }),
};

/** `/{lang}/feeds/category/{category}.xml`: one topic in one language. */
export const categoryFeed: PublicPageType<{ category: string }> = {
  id: "feed-category",
  route: "/feeds/category/:category.xml",
  paths: () => CATEGORIES.map((category) => ({ category })),
  async render(ctx, { category }) {
    if (!CATEGORIES.includes(category)) return null;
    const l = ctx.lang;
    return renderFeed(ctx, {
      path: `/${l}/feeds/category/${category}.xml`,
      lang: l,
      title: ft(l, "feed.term", {
        site: ctx.config.name[l],
        term: termLabel("document_category", category, l),
      }),
      filter: { lang: l, category },
      page: `/${l}/documents/category/${category}/`,
    });
  },
};

/** `/{lang}/feeds/type/{type}.xml`: one type of publication in one language. */
export const typeFeed: PublicPageType<{ type: string }> = {
  id: "feed-type",
  route: "/feeds/type/:type.xml",
  paths: () => TYPES.map((type) => ({ type })),
  async render(ctx, { type }) {
    if (!TYPES.includes(type)) return null;
    const l = ctx.lang;
    return renderFeed(ctx, {
      path: `/${l}/feeds/type/${type}.xml`,
      lang: l,
      title: ft(l, "feed.term", {
        site: ctx.config.name[l],
        term: termLabel("document_type", type, l),
      }),
      filter: { lang: l, type },
      page: `/${l}/documents/type/${type}/`,
    });
  },
};

/** `/feed.xml`: every translation of every publication; each entry carries its own language. */
export const globalFeed: PublicPageType<Record<string, never>> = {
  id: "feed-all",
  scope: "global",
  route: "/feed.xml",
  paths: () => [{}],
  render: (ctx) =>
    renderFeed(ctx, {
      path: "/feed.xml",
      lang: null,
      title: ft("en", "feed.all", { site: ctx.config.name.en }),
      filter: {},
      page: `/en/documents/`,
    }),
};

function FeedLink(props: { ctx: PublicContext; path: string; label: string }) {
  return (
    <li>
      <a href={href(props.ctx, props.path)} type="application/atom+xml">
        {props.label}
      </a>
    </li>
  );
}

function renderIndex(ctx: PublicContext) {
  const l = ctx.lang;
  const title = ft(l, "index.title");
  return renderPublicPage(
    <PublicLayout
      ctx={ctx}
      title={title}
      breadcrumb={[{ label: pt(l, "nav.home"), path: `/${l}/` }]}
    >
      <h1>{title}</h1>
      <p class="lead">{ft(l, "index.lead")}</p>
      <ul class="feed-list">
        <FeedLink
          ctx={ctx}
          path={`/${l}/feed.xml`}
          label={ft(l, "index.language", { language: languageName(l, l) })}
        />
        <FeedLink ctx={ctx} path="/feed.xml" label={ft(l, "index.all")} />
      </ul>
      <h2>{ft(l, "index.by_category")}</h2>
      <ul class="feed-list">
        {CATEGORIES.map((c) => (
          <FeedLink
            key={c}
            ctx={ctx}
            path={`/${l}/feeds/category/${c}.xml`}
            label={termLabel("document_category", c, l)}
          />
        ))}
      </ul>
      <h2>{ft(l, "index.by_type")}</h2>
      <ul class="feed-list">
        {TYPES.map((t) => (
          <FeedLink
            key={t}
            ctx={ctx}
            path={`/${l}/feeds/type/${t}.xml`}
            label={termLabel("document_type", t, l)}
          />
        ))}
      </ul>
      <h2>{ft(l, "index.other_languages")}</h2>
      <ul class="feed-list">
        {LANGUAGES.filter((o) => o !== l).map((o) => (
          <li key={o}>
            <a href={href(ctx, `/${o}/feeds/`)} hreflang={LANGUAGE_TAGS[o]} lang={LANGUAGE_TAGS[o]}>
              {LANGUAGE_NAMES[o]}
            </a>
          </li>
        ))}
      </ul>
      <p>
        <a href={href(ctx, `/${l}/subscribe/`)}>{ft(l, "index.email")}</a>
      </p>
    </PublicLayout>,
  );
}

/** `/{lang}/feeds/`: every feed of the site, with what a feed is for. */
export const feedsIndexPage: PublicPageType<Record<string, never>> = {
  id: "feeds",
  route: "/feeds/",
  paths: () => [{}],
  render: async (ctx) => ({ body: renderIndex(ctx) }),
};
