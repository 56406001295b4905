import type { Kysely } from "kysely";
import { Fragment } from "preact";
import { formatPartialDate } from "../../../i18n/i18n.ts";
import type { Lang } from "../../../i18n/languages.ts";
import { renderDocumentMarkdown } from "../../render/markdown.ts";
import {
  listPublicAttachments,
  publicFilePath,
} from "../../../publishing/public-attachments.repository.ts";
import type { PublicPageType, RenderedPage } from "../public-page.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage, type Crumb } from "../public-layout.tsx";
import { dt } from "./documents.messages.ts";
import {
  CitedIncident,
  languageName,
  listingPath,
  orderLanguages,
  termLabel,
  TranslationLinks,
} from "./documents.parts.tsx";
import {
  allDocumentSlugs,
  getPublishedDocuments,
  publicIncidentSummaries,
  type CitedIncidentRow,
  type PublishedDocument,
} from "./documents.repository.ts";

type ItemParams = { slug: string };

const SLUG = /^[a-z0-9][a-z0-9-]{1,120}$/;
const CITATION = /\[\[incident:([A-Za-z0-9][A-Za-z0-9._-]{0,63})/g;

/** A downloadable file of a document (the report PDF). */
export interface DocumentAttachment {
  path: string;
  title: string;
  mediaType: string;
  bytes: number;
}

/** The files published with a document, as the public store holds them. */
export async function documentAttachments(
  db: Kysely<any>,
  doc: PublishedDocument,
): Promise<DocumentAttachment[]> {
  return (await listPublicAttachments(db, doc.slug)).map((a) => ({
    path: publicFilePath(a),
    title: a.title,
    mediaType: a.mediaType,
    bytes: a.sizeBytes,
  }));
}

/** "PDF, 1.2 MB" in the reader's language. */
function fileFacts(l: Lang, a: DocumentAttachment): string {
  const mb = a.bytes >= 1_000_000;
  const size = new Intl.NumberFormat(l, {
    style: "unit",
    unit: mb ? "megabyte" : "kilobyte",
    maximumFractionDigits: 1,
  }).format(mb ? a.bytes / 1_000_000 : Math.max(a.bytes / 1000, 0.1));
  const kind = a.mediaType === "application/pdf" ? "PDF" : a.mediaType;
  return `${kind}, ${size}`;
}

/** Home / Publications / first topic / type: the seed page's "Ethnic minorities / Analysis". */
function documentCrumbs(l: Lang, doc: PublishedDocument): Crumb[] {
  const category = doc.categories[0];
  const crumbs: Crumb[] = [
    { label: pt(l, "nav.home"), path: `/${l}/` },
    { label: dt(l, "list.title"), path: `/${l}/documents/` },
  ];
  if (category)
    crumbs.push({
      label: termLabel("document_category", category, l),
      path: listingPath(l, { category }),
    });
  crumbs.push({
    label: termLabel("document_type", doc.documentType, l),
    path: listingPath(l, { category, type: doc.documentType }),
  });
  return crumbs;
}

/** The short page for a language the document has not been translated into (never a dead end). */
function missingTranslation(ctx: PublicContext, doc: PublishedDocument) {
  const l = ctx.lang;
  const langs = orderLanguages(doc.translations.map((t) => t.language));
  const original = doc.translations.find((t) => t.language === doc.originalLanguage);
  const shownTitle = original?.title ?? doc.translations[0]?.title ?? doc.slug;
  const titles = new Map(doc.translations.map((t) => [t.language, t.title]));
  const title = dt(l, "missing.title", { title: shownTitle, language: languageName(l, l) });
  return renderPublicPage(
    <PublicLayout ctx={ctx} title={title} breadcrumb={documentCrumbs(l, doc)}>
      <h1>{title}</h1>
      <p>{dt(l, "missing.body", { language: languageName(l, l) })}</p>
      <TranslationLinks
        ctx={ctx}
        slug={doc.slug}
        languages={langs}
        titles={titles}
        original={doc.originalLanguage}
      />
    </PublicLayout>,
  );
}

/** Plain share links: e-mail and the address to copy. No widget, nothing loaded from elsewhere. */
function ShareLinks(props: { ctx: PublicContext; title: string }) {
  const { ctx } = props;
  const l = ctx.lang;
  const live = ctx.config.liveUrl;
  const url = live ? `${live}${ctx.path}` : null;
  return (
    <section aria-labelledby="share-heading" class="share">
      <h2 id="share-heading">{dt(l, "doc.share")}</h2>
      {url ? (
        <>
          <p>
            <a
              href={`mailto:?subject=${encodeURIComponent(props.title)}&body=${encodeURIComponent(url)}`}
            >
              {dt(l, "doc.share_email")}
            </a>
          </p>
          <p>
            {dt(l, "doc.share_copy")} <code class="share__url">{url}</code>
          </p>
        </>
      ) : (
        <p>{dt(l, "doc.share_browser")}</p>
      )}
    </section>
  );
}

/** A document with what its page shows besides the text: public incidents and files. */
interface DocumentPageData {
  doc: PublishedDocument;
  /** Every incident its texts cite that is public now (withdrawn ones are left out). */
  incidents: ReadonlyMap<string, CitedIncidentRow>;
  attachments: DocumentAttachment[];
}

/** The page data of several documents, read in a few queries for all of them. */
async function loadDocumentPages(
  db: Kysely<any>,
  slugs: readonly string[],
): Promise<Map<string, DocumentPageData>> {
  const docs = await getPublishedDocuments(db, slugs);
  const ids = new Set<string>();
  for (const doc of docs.values()) {
    for (const id of doc.citedIncidentIds) ids.add(id);
    for (const t of doc.translations) for (const m of t.body.matchAll(CITATION)) ids.add(m[1]!);
  }
  const incidents = await publicIncidentSummaries(db, [...ids]);
  const out = new Map<string, DocumentPageData>();
  for (const doc of docs.values())
    out.set(doc.slug, { doc, incidents, attachments: await documentAttachments(db, doc) });
  return out;
}

/** A document page in the context's language (or the page naming the languages it exists in). */
function drawDocument(ctx: PublicContext, data: DocumentPageData): RenderedPage {
  const l = ctx.lang;
  const { doc, incidents, attachments } = data;
  const text = doc.translations.find((t) => t.language === l);
  if (!text) return { body: missingTranslation(ctx, doc) };

  // Citations in the text may name incidents withdrawn since: link only those public now.
  const { html, toc } = renderDocumentMarkdown(text.body, {
    lang: l,
    incidentHref: (id) => (incidents.has(id) ? href(ctx, `/${l}/incidents/${id}/`) : null),
    ...(ctx.config.liveUrl ? { siteOrigin: ctx.config.liveUrl } : {}),
  });
  const cited = doc.citedIncidentIds.flatMap((id) => incidents.get(id) ?? []);
  const others = orderLanguages(doc.translations.map((t) => t.language)).filter((c) => c !== l);
  const titles = new Map(doc.translations.map((t) => [t.language, t.title]));
  const category = doc.categories[0];
  const feeds = [
    { path: `/${l}/feed.xml`, title: ctx.config.name[l] },
    ...(category
      ? [
          {
            path: `/${l}/feeds/category/${category}.xml`,
            title: `${ctx.config.name[l]}: ${termLabel("document_category", category, l)}`,
          },
        ]
      : []),
  ];
  return {
    body: renderPublicPage(
      <PublicLayout
        ctx={ctx}
        title={text.title}
        description={text.summary ?? undefined}
        breadcrumb={documentCrumbs(l, doc)}
        feeds={feeds}
      >
        <article class="document">
          <h1>{text.title}</h1>
          <dl class="summary document__details">
            <div>
              <dt>{dt(l, "doc.type")}</dt>
              <dd>{termLabel("document_type", doc.documentType, l)}</dd>
            </div>
            {doc.categories.length > 0 && (
              <div>
                <dt>{dt(l, "doc.topics")}</dt>
                <dd>
                  {doc.categories.map((c, i) => (
                    <Fragment key={c}>
                      {i > 0 && ", "}
                      <a href={href(ctx, listingPath(l, { category: c }))}>
                        {termLabel("document_category", c, l)}
                      </a>
                    </Fragment>
                  ))}
                </dd>
              </div>
            )}
            {doc.publishedOn && (
              <div>
                <dt>{dt(l, "doc.date")}</dt>
                <dd>{formatPartialDate(l, doc.publishedOn)}</dd>
              </div>
            )}
            {doc.coAuthors.length > 0 && (
              <div>
                <dt>{dt(l, "doc.coauthors")}</dt>
                <dd>
                  <ul class="plain-list">
                    {doc.coAuthors.map((name, i) => (
                      <li key={i}>{name}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
          {text.summary && <p class="lead">{text.summary}</p>}
          {toc.length > 1 && (
            <nav class="toc" aria-labelledby="toc-heading">
              <h2 id="toc-heading">{dt(l, "doc.contents")}</h2>
              <ol>
                {toc
                  .filter((e) => e.level <= 3)
                  .map((e) => (
                    <li key={e.id} class={e.level === 3 ? "toc__sub" : undefined}>
                      <a href={`#${e.id}`}>{e.text}</a>
                    </li>
                  ))}
              </ol>
            </nav>
          )}
          {/* Safe: markdown-it runs with html: false, so raw HTML in the body is escaped. */}
          <div class="document__body" dangerouslySetInnerHTML={{ __html: html }} />
        </article>
        {cited.length > 0 && (
          <section aria-labelledby="cited-heading">
            <h2 id="cited-heading">{dt(l, "doc.cited")}</h2>
            <p>{dt(l, "doc.cited_lead")}</p>
            <ul>
              {cited.map((row) => (
                <CitedIncident key={row.publicId} ctx={ctx} row={row} />
              ))}
            </ul>
          </section>
        )}
        {attachments.length > 0 && (
          <section aria-labelledby="attachments-heading">
            <h2 id="attachments-heading">{dt(l, "doc.attachments")}</h2>
            <ul>
              {attachments.map((a) => (
                <li key={a.path}>
                  <a href={href(ctx, a.path)} type={a.mediaType} download>
                    {a.title}
                  </a>{" "}
                  ({fileFacts(l, a)})
                </li>
              ))}
            </ul>
          </section>
        )}
        {others.length > 0 && (
          <section aria-labelledby="languages-heading">
            <h2 id="languages-heading">{dt(l, "doc.languages")}</h2>
            <TranslationLinks
              ctx={ctx}
              slug={doc.slug}
              languages={others}
              titles={titles}
              original={doc.originalLanguage}
            />
          </section>
        )}
        <ShareLinks ctx={ctx} title={text.title} />
      </PublicLayout>,
    ),
  };
}

/** A published document in one language, or a page saying which languages it exists in. */
export const documentItemPage: PublicPageType<ItemParams> = {
  id: "document",
  route: "/documents/:slug/",
  // Every language, translated or not: the language switch must never lead to a dead end.
  async *paths(ctx) {
    for (const slug of await allDocumentSlugs(ctx.db)) yield { slug };
  },
  async render(ctx, params) {
    if (!SLUG.test(params.slug)) return null;
    const data = (await loadDocumentPages(ctx.db, [params.slug])).get(params.slug);
    return data ? drawDocument(ctx, data) : null;
  },
  async renderMany(requests) {
    if (requests.length === 0) return [];
    const slugs = [...new Set(requests.map((r) => r.params.slug).filter((s) => SLUG.test(s)))];
    const found = await loadDocumentPages(requests[0]!.ctx.db, slugs);
    return requests.map(({ ctx, params }) => {
      const data = SLUG.test(params.slug) ? found.get(params.slug) : undefined;
      return data ? drawDocument(ctx, data) : null;
    });
  },
};
