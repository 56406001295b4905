import { formatPartialDate } from "../../../i18n/i18n.ts";
import {
  isLang,
  LANGUAGE_NAMES,
  LANGUAGE_TAGS,
  LANGUAGES,
  type Lang,
} from "../../../i18n/languages.ts";
import { FLAT_SCHEMES } from "../../../vocabularies/vocabulary.codes.ts";
import { LABELS, type Scheme } from "../../../vocabularies/vocabulary.labels.ts";
import { href, type PublicContext } from "../public-context.ts";
import { dt } from "./documents.messages.ts";
import type { CitedIncidentRow, DocumentListItem } from "./documents.repository.ts";

/** Documents per listing page. */
export const PAGE_SIZE = 20;

/** The document categories and types, in vocabulary order. */
export const CATEGORIES: readonly string[] = FLAT_SCHEMES.document_category;
export const TYPES: readonly string[] = FLAT_SCHEMES.document_type;

const LABEL_INDEX: Record<Lang, number> = { en: 0, ka: 1, az: 2, ru: 3 };

/** A vocabulary term in the reader's language (the code itself if the term is unknown). */
export function termLabel(scheme: Scheme, code: string, l: Lang): string {
  const labels = LABELS[scheme] as Record<string, readonly string[]>;
  return labels[code]?.[LABEL_INDEX[l]] ?? code;
}

const languageNames = new Map<Lang, Intl.DisplayNames>();

/** A language's name in the reader's language ("English" → "ინგლისური" for Georgian readers). */
export function languageName(reader: Lang, code: string): string {
  let names = languageNames.get(reader);
  if (!names) {
    names = new Intl.DisplayNames(LANGUAGE_TAGS[reader], { type: "language" });
    languageNames.set(reader, names);
  }
  return names.of(code) ?? code;
}

/** The languages a document exists in, in the order of the language switch. */
export function orderLanguages(codes: Iterable<string>): Lang[] {
  const have = new Set(codes);
  return LANGUAGES.filter((l) => have.has(l));
}

/** The site path of a listing: all documents, a category, a type or both, and a page. */
export function listingPath(
  l: Lang,
  f: { category?: string | undefined; type?: string | undefined },
  page = 1,
): string {
  let p = `/${l}/documents/`;
  if (f.category) p += `category/${f.category}/`;
  if (f.type) p += `type/${f.type}/`;
  return page > 1 ? `${p}page/${page}/` : p;
}

/** Links to a document in the languages it exists in, each named in its own language. */
export function TranslationLinks(props: {
  ctx: PublicContext;
  slug: string;
  languages: Lang[];
  titles?: Map<string, string>;
  original?: string;
}) {
  const { ctx } = props;
  return (
    <ul class="translation-links">
      {props.languages.map((code) => (
        <li key={code}>
          <a
            href={href(ctx, `/${code}/documents/${props.slug}/`)}
            hreflang={LANGUAGE_TAGS[code]}
            lang={LANGUAGE_TAGS[code]}
          >
            {props.titles?.get(code)
              ? `${LANGUAGE_NAMES[code]}: ${props.titles.get(code)}`
              : LANGUAGE_NAMES[code]}
          </a>
          {props.original === code && ` (${dt(ctx.lang, "doc.original")})`}
        </li>
      ))}
    </ul>
  );
}

/** One document in a listing: title and summary in the reader's language, or where to read it. */
export function DocumentEntry(props: {
  ctx: PublicContext;
  item: DocumentListItem;
  titles: Map<string, string>;
}) {
  const { ctx, item } = props;
  const l = ctx.lang;
  const type = termLabel("document_type", item.documentType, l);
  const date = item.publishedOn
    ? dt(l, "list.published", { date: formatPartialDate(l, item.publishedOn) })
    : null;
  if (item.title !== null) {
    return (
      <li>
        <h3>
          <a href={href(ctx, `/${l}/documents/${item.slug}/`)}>{item.title}</a>
        </h3>
        <p class="meta">
          {type}
          {date && ` · ${date}`}
        </p>
        {item.summary && <p>{item.summary}</p>}
      </li>
    );
  }
  // Not translated: show the original title in its own language and where it can be read.
  const langs = orderLanguages(props.titles.keys());
  const original = isLang(item.originalLanguage) ? item.originalLanguage : langs[0];
  const shown = original ? props.titles.get(original) : undefined;
  return (
    <li>
      <h3 lang={original ? LANGUAGE_TAGS[original] : undefined}>{shown ?? item.slug}</h3>
      <p class="meta">
        {type}
        {date && ` · ${date}`}
      </p>
      <p>{dt(l, "list.not_translated", { language: languageName(l, l) })}</p>
      <TranslationLinks ctx={ctx} slug={item.slug} languages={langs} />
    </li>
  );
}

/** GOV.UK-style pagination: previous, numbered pages (first, last and neighbours), next. */
export function Pagination(props: {
  ctx: PublicContext;
  page: number;
  pages: number;
  pathOf: (page: number) => string;
}) {
  const { ctx, page, pages } = props;
  if (pages <= 1) return null;
  const l = ctx.lang;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  const link = (p: number) => href(ctx, props.pathOf(p));
  return (
    <nav class="pagination" aria-label={dt(l, "pagination.label")}>
      <p>{dt(l, "pagination.status", { page, pages })}</p>
      <ul>
        {page > 1 && (
          <li>
            <a href={link(page - 1)} rel="prev">
              {dt(l, "pagination.previous")}
            </a>
          </li>
        )}
        {shown.map((p, i) => (
          <li key={p}>
            {i > 0 && p - shown[i - 1]! > 1 && <span aria-hidden="true">…</span>}
            {p === page ? (
              <span aria-current="page">{p}</span>
            ) : (
              <a href={link(p)} aria-label={dt(l, "pagination.status", { page: p, pages })}>
                {p}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={link(page + 1)} rel="next">
              {dt(l, "pagination.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}

const regionNames = new Map<Lang, Intl.DisplayNames>();
/** A country's name in the reader's language (the code when Intl does not know it). */
export function country(l: Lang, code: string): string {
  let names = regionNames.get(l);
  if (!names) {
    names = new Intl.DisplayNames(LANGUAGE_TAGS[l], { type: "region" });
    regionNames.set(l, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** One cited incident: a link to its public page, tactic, host country and generalised date. */
export function CitedIncident(props: { ctx: PublicContext; row: CitedIncidentRow }) {
  const { ctx, row } = props;
  const l = ctx.lang;
  const tactic = row.primaryTactic ? termLabel("tactic", row.primaryTactic, l) : undefined;
  const date = row.dateLabel ? formatPartialDate(l, row.dateLabel) : dt(l, "doc.date_withheld");
  return (
    <li>
      <a href={href(ctx, `/${l}/incidents/${row.publicId}/`)}>
        {dt(l, "doc.incident", { id: row.publicId })}
      </a>
      : {[tactic, country(l, row.hostState), date].filter(Boolean).join(", ")}
    </li>
  );
}
