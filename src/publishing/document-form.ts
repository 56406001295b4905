import { isLang, type Lang } from "../i18n/languages.ts";
import type { FieldError } from "../server/views/components.tsx";
import { FLAT_SCHEMES } from "../vocabularies/vocabulary.codes.ts";
import { pt, type PublishingKey } from "./publishing.messages.ts";

type Body = Record<string, unknown> | undefined;

/** One text field of a url-encoded form ("" when absent or repeated). */
export function formField(body: unknown, name: string): string {
  const v = (body as Body)?.[name];
  return typeof v === "string" ? v : "";
}

/** A repeated field (checkboxes): one value arrives as a string, several as an array. */
export function formList(body: unknown, name: string): string[] {
  const v = (body as Body)?.[name];
  const list = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
  return list.filter((x): x is string => typeof x === "string").slice(0, 50);
}

/** What the document form holds, exactly as typed (re-rendered unchanged after an error). */
export interface DocumentForm {
  slug: string;
  title: string;
  document_type: string;
  categories: string[];
  co_author_ids: string[];
  cited: string;
  original_language: string;
  published_on: string;
  version: number;
}

/** Reads the document form from a request body. */
export function readDocumentForm(body: unknown): DocumentForm {
  return {
    slug: formField(body, "slug").trim(),
    title: formField(body, "title").trim(),
    document_type: formField(body, "document_type"),
    categories: formList(body, "categories"),
    co_author_ids: formList(body, "co_author_ids"),
    cited: formField(body, "cited").slice(0, 40_000),
    original_language: formField(body, "original_language"),
    published_on: formField(body, "published_on").trim(),
    version: Number.parseInt(formField(body, "version"), 10) || 0,
  };
}

/** The incident ids typed into the citations box (one per line, or separated by commas). */
export function citedIds(form: DocumentForm): string[] {
  return [...new Set(form.cited.split(/[\s,]+/).filter(Boolean))];
}

const SLUG = /^[a-z0-9][a-z0-9-]{1,120}$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const TYPES: readonly string[] = FLAT_SCHEMES.document_type;
const CATEGORIES: readonly string[] = FLAT_SCHEMES.document_category;

/**
 * Every problem with a document form, in the reader's language. `isNew` checks the fields that
 * are fixed once the document exists; `organisations` are the possible co-authors, `citable` the
 * typed incident ids this editor may cite, `slugTaken` whether another document has the slug.
 */
export function documentFormErrors(
  lang: Lang,
  form: DocumentForm,
  o: { isNew: boolean; organisations: Set<string>; citable: Set<string>; slugTaken: boolean },
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, key: PublishingKey, vars?: Record<string, string>) =>
    errors.push({ field, message: pt(lang, key, vars) });
  if (o.isNew) {
    if (!SLUG.test(form.slug)) add("slug", "form.slug_invalid");
    else if (o.slugTaken) add("slug", "form.slug_taken");
    if (!form.title) add("title", "form.title_missing");
    else if (form.title.length > 400) add("title", "form.too_long");
    if (!isLang(form.original_language)) add("original_language", "form.language_missing");
  }
  if (!TYPES.includes(form.document_type)) add("document_type", "form.type_missing");
  if (form.categories.some((c) => !CATEGORIES.includes(c)) || form.categories.length > 10)
    add("categories", "form.categories_invalid");
  if (form.co_author_ids.some((id) => !o.organisations.has(id)) || form.co_author_ids.length > 20)
    add("co_author_ids", "form.co_authors_invalid");
  const unknown = citedIds(form).filter((id) => !o.citable.has(id));
  if (unknown.length) add("cited", "form.cited_unknown", { ids: unknown.slice(0, 5).join(", ") });
  if (form.published_on && !PARTIAL_DATE.test(form.published_on))
    add("published_on", "form.date_invalid");
  return errors;
}

/** What the translation form holds, as typed. */
export interface TranslationForm {
  title: string;
  summary: string;
  body_markdown: string;
  translation_status: string;
  version: number;
}

/** Reads the translation form; the original language is always "original". */
export function readTranslationForm(body: unknown, isOriginal: boolean): TranslationForm {
  return {
    title: formField(body, "title").trim(),
    summary: formField(body, "summary").trim(),
    body_markdown: formField(body, "body_markdown"),
    translation_status: isOriginal ? "original" : formField(body, "translation_status"),
    version: Number.parseInt(formField(body, "version"), 10) || 0,
  };
}

/** Every problem with a translation form, in the reader's language. */
export function translationFormErrors(lang: Lang, form: TranslationForm): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, key: PublishingKey) => errors.push({ field, message: pt(lang, key) });
  if (!form.title) add("title", "form.title_missing");
  else if (form.title.length > 400) add("title", "form.too_long");
  if (form.summary.length > 2000) add("summary", "form.too_long");
  if (form.body_markdown.length > 500_000) add("body_markdown", "form.too_long");
  if (!["original", "draft", "reviewed"].includes(form.translation_status))
    add("translation_status", "form.status_missing");
  return errors;
}
