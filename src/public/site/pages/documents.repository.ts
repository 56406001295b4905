import { sql, type Kysely } from "kysely";
import type { Lang } from "../../../i18n/languages.ts";
import { IN_LIST_MAX } from "./incidents.repository.ts";

/** Which published documents a listing shows. */
export interface DocumentFilter {
  category?: string;
  type?: string;
  /** Words to find in the title, summary or body of the reader's language. */
  q?: string;
}

/** One published document as a list shows it: its text in the reader's language, if any. */
export interface DocumentListItem {
  slug: string;
  documentType: string;
  categories: string[];
  publishedOn: string | null;
  publishedAt: string;
  originalLanguage: string;
  /** The translation in the reader's language, or null when there is none. */
  title: string | null;
  summary: string | null;
}

/** One published document with every translation (for its page and the feeds). */
export interface PublishedDocument extends Omit<DocumentListItem, "title" | "summary"> {
  coAuthors: string[];
  citedIncidentIds: string[];
  translations: { language: string; title: string; summary: string | null; body: string }[];
}

/** A feed entry: one translation of one document. */
export interface FeedEntryRow {
  slug: string;
  language: string;
  title: string;
  summary: string | null;
  body: string;
  publishedAt: string;
  documentType: string;
}

/** A cited incident as the document page lists it. */
export interface CitedIncidentRow {
  publicId: string;
  hostState: string;
  dateLabel: string | null;
  primaryTactic: string | null;
}

const json = (v: unknown): string[] => JSON.parse(String(v)) as string[];

// LIKE treats % and _ as wildcards: a reader searching "50%" means the characters.
const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Spellings of the query worth trying: SQLite's lower() folds ASCII only, so Cyrillic and
 * Azerbaijani letters are matched as typed, in lower case and capitalised.
 */
function spellings(q: string): string[] {
  const lower = q.toLocaleLowerCase();
  const capital = lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
  return [...new Set([q, lower, capital])];
}

function filtered(db: Kysely<any>, lang: Lang, f: DocumentFilter) {
  let query = db
    .selectFrom("public_documents as d")
    .leftJoin("public_document_translations as t", (j) =>
      j.onRef("t.slug", "=", "d.slug").on("t.language", "=", lang),
    );
  if (f.type) query = query.where("d.document_type", "=", f.type);
  if (f.category)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("public_document_categories as c")
          .select("c.slug")
          .whereRef("c.slug", "=", "d.slug")
          .where("c.category", "=", f.category!),
      ),
    );
  const q = f.q?.trim();
  if (q)
    query = query.where((eb) =>
      eb.or(
        spellings(q).flatMap((s) =>
          ["t.title", "t.summary", "t.body_markdown"].map(
            (col) => sql<boolean>`lower(${sql.ref(col)}) like lower(${likePattern(s)}) escape '\\'`,
          ),
        ),
      ),
    );
  return query;
}

/** How many published documents match (the search only counts the reader's language). */
export async function countDocuments(
  db: Kysely<any>,
  lang: Lang,
  f: DocumentFilter,
): Promise<number> {
  const row = await filtered(db, lang, f)
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** One page of matching documents, newest first. */
export async function listDocuments(
  db: Kysely<any>,
  lang: Lang,
  f: DocumentFilter,
  page: { limit: number; offset: number },
): Promise<DocumentListItem[]> {
  const rows = await filtered(db, lang, f)
    .select([
      "d.slug",
      "d.document_type",
      "d.categories",
      "d.published_on",
      "d.published_at",
      "d.original_language",
      "t.title",
      "t.summary",
    ])
    // coalesce: SQLite sorts nulls last in descending order, PostgreSQL first.
    .orderBy(sql`coalesce(d.published_on, '')`, "desc")
    .orderBy("d.published_at", "desc")
    .orderBy("d.slug")
    .limit(page.limit)
    .offset(page.offset)
    .execute();
  return rows.map((r: Record<string, unknown>) => ({
    slug: String(r.slug),
    documentType: String(r.document_type),
    categories: json(r.categories),
    publishedOn: (r.published_on as string | null) ?? null,
    publishedAt: String(r.published_at),
    originalLanguage: String(r.original_language),
    title: (r.title as string | null) ?? null,
    summary: (r.summary as string | null) ?? null,
  }));
}

/** The title of each of these documents in each language it has. */
export async function documentTitles(
  db: Kysely<any>,
  slugs: string[],
): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (let i = 0; i < slugs.length; i += IN_LIST_MAX) {
    const rows = await db
      .selectFrom("public_document_translations")
      .select(["slug", "language", "title"])
      .where("slug", "in", slugs.slice(i, i + IN_LIST_MAX))
      .execute();
    for (const r of rows as { slug: string; language: string; title: string }[]) {
      const titles = out.get(r.slug) ?? new Map<string, string>();
      titles.set(r.language, r.title);
      out.set(r.slug, titles);
    }
  }
  return out;
}

/** One published document with all its translations, or null. */
export async function getPublishedDocument(
  db: Kysely<any>,
  slug: string,
): Promise<PublishedDocument | null> {
  return (await getPublishedDocuments(db, [slug])).get(slug) ?? null;
}

/** Several published documents with all their translations, by slug (absent slugs left out). */
export async function getPublishedDocuments(
  db: Kysely<any>,
  slugs: readonly string[],
): Promise<Map<string, PublishedDocument>> {
  const out = new Map<string, PublishedDocument>();
  for (let i = 0; i < slugs.length; i += IN_LIST_MAX) {
    const part = slugs.slice(i, i + IN_LIST_MAX);
    const docs = await db
      .selectFrom("public_documents")
      .selectAll()
      .where("slug", "in", part)
      .execute();
    if (!docs.length) continue;
    const translations = await db
      .selectFrom("public_document_translations")
      .select(["slug", "language", "title", "summary", "body_markdown"])
      .where("slug", "in", part)
      .orderBy("slug")
      .orderBy("language")
      .execute();
    for (const d of docs)
      out.set(String(d.slug), {
        slug: String(d.slug),
        documentType: String(d.document_type),
        categories: json(d.categories),
        coAuthors: json(d.co_authors),
        citedIncidentIds: json(d.cited_incident_ids),
        publishedOn: d.published_on ?? null,
        publishedAt: String(d.published_at),
        originalLanguage: String(d.original_language),
        translations: [],
      });
    for (const t of translations as Record<string, unknown>[])
      out.get(String(t.slug))?.translations.push({
        language: String(t.language),
        title: String(t.title),
        summary: (t.summary as string | null) ?? null,
        body: String(t.body_markdown),
      });
  }
  return out;
}

/** Every published slug (for the static mirror). */
export async function allDocumentSlugs(db: Kysely<any>): Promise<string[]> {
  const rows = await db.selectFrom("public_documents").select("slug").orderBy("slug").execute();
  return rows.map((r: { slug: string }) => r.slug);
}

/** The latest translations for a feed: one language or all, one category or type or all. */
export async function feedEntries(
  db: Kysely<any>,
  f: { lang?: Lang; category?: string; type?: string },
  limit: number,
): Promise<FeedEntryRow[]> {
  let query = db
    .selectFrom("public_document_translations as t")
    .innerJoin("public_documents as d", "d.slug", "t.slug")
    .select([
      "t.slug",
      "t.language",
      "t.title",
      "t.summary",
      "t.body_markdown",
      "d.published_at",
      "d.document_type",
    ]);
  if (f.lang) query = query.where("t.language", "=", f.lang);
  if (f.type) query = query.where("d.document_type", "=", f.type);
  if (f.category)
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("public_document_categories as c")
          .select("c.slug")
          .whereRef("c.slug", "=", "d.slug")
          .where("c.category", "=", f.category!),
      ),
    );
  const rows = await query
    .orderBy("d.published_at", "desc")
    .orderBy("t.slug")
    .orderBy("t.language")
    .limit(limit)
    .execute();
  return rows.map((r: Record<string, unknown>) => ({
    slug: String(r.slug),
    language: String(r.language),
    title: String(r.title),
    summary: (r.summary as string | null) ?? null,
    body: String(r.body_markdown),
    publishedAt: String(r.published_at),
    documentType: String(r.document_type),
  }));
}

/** Which of these incidents are public now, with what a citation shows of each, by public id. */
export async function publicIncidentSummaries(
  db: Kysely<any>,
  ids: readonly string[],
): Promise<Map<string, CitedIncidentRow>> {
  const out = new Map<string, CitedIncidentRow>();
  for (let i = 0; i < ids.length; i += IN_LIST_MAX) {
    const rows = await db
      .selectFrom("public_incidents")
      .select(["public_id", "host_state", "date_label", "primary_tactic"])
      .where("public_id", "in", ids.slice(i, i + IN_LIST_MAX))
      .execute();
    for (const r of rows as Record<string, unknown>[])
      out.set(String(r.public_id), {
        publicId: String(r.public_id),
        hostState: String(r.host_state),
        dateLabel: (r.date_label as string | null) ?? null,
        primaryTactic: (r.primary_tactic as string | null) ?? null,
      });
  }
  return out;
}
