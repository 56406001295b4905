import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, type Lang } from "../i18n/languages.ts";
import type { DomainRecord } from "../records/record.types.ts";
import {
  ErrorSummary,
  errorOf,
  Field,
  PostForm,
  TextArea,
  type FieldError,
} from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import { FLAT_SCHEMES } from "../vocabularies/vocabulary.codes.ts";
import type { DocumentForm, TranslationForm } from "./document-form.ts";
import { vocabLabel } from "./publishing-view.helpers.tsx";
import { pt } from "./publishing.messages.ts";

/** A GOV.UK checkbox group inside a fieldset, with its error. */
function Checkboxes(props: {
  name: string;
  legend: string;
  options: [value: string, label: string][];
  checked: string[];
  error?: string;
}) {
  return (
    <fieldset class={`field${props.error ? " field--error" : ""}`} id={props.name}>
      <legend>{props.legend}</legend>
      {props.error && <p class="field__error">{props.error}</p>}
      {props.options.map(([value, label]) => (
        <div key={value} class="checkbox">
          <input
            type="checkbox"
            id={`${props.name}-${value}`}
            name={props.name}
            value={value}
            checked={props.checked.includes(value)}
          />
          <label for={`${props.name}-${value}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** A labelled select with its error. */
function Select(props: {
  id: string;
  label: string;
  options: [value: string, label: string][];
  value: string;
  error?: string;
}) {
  return (
    <div class={`field${props.error ? " field--error" : ""}`}>
      <label for={props.id}>{props.label}</label>
      {props.error && (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      <select
        id={props.id}
        name={props.id}
        class="input"
        aria-describedby={props.error ? `${props.id}-error` : undefined}
      >
        <option value="">—</option>
        {props.options.map(([v, label]) => (
          <option key={v} value={v} selected={v === props.value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** What the document form page needs beyond the form itself. */
export interface DocumentFormPage {
  form: DocumentForm;
  errors: FieldError[];
  /** Set when editing: the document's id; new documents have none. */
  documentId?: string;
  organisations: [id: string, name: string][];
  /** After a version conflict: what is saved now, shown beside the editor's unsaved input. */
  conflict?: DomainRecord;
}

/** New document and document details forms (slug and original language are fixed once created). */
export function documentFormPage(ctx: PageContext, d: DocumentFormPage): string {
  const l = ctx.lang;
  const f = d.form;
  const isNew = !d.documentId;
  const title = pt(l, isNew ? "documents.new" : "documents.edit");
  const vocab = (scheme: "document_type" | "document_category") =>
    FLAT_SCHEMES[scheme].map((c): [string, string] => [c, vocabLabel(l, scheme, c)]);
  return renderPage(
    <Layout title={title} ctx={ctx}>
      <ErrorSummary lang={l} errors={d.errors} />
      <a href={isNew ? "/staff/documents" : `/staff/documents/${d.documentId}`} class="back-link">
        {pt(l, "documents.back")}
      </a>
      <h1>{title}</h1>
      {d.conflict && (
        <div class="panel" role="note" id="conflict">
          <p>{pt(l, "conflict.explain", { version: String(d.conflict.version) })}</p>
          <p>
            {pt(l, "form.type")}: {vocabLabel(l, "document_type", d.conflict.document_type)};{" "}
            {pt(l, "form.categories")}:{" "}
            {(d.conflict.categories as string[])
              .map((c) => vocabLabel(l, "document_category", c))
              .join(", ") || "—"}
          </p>
        </div>
      )}
      <PostForm
        action={isNew ? "/staff/documents" : `/staff/documents/${d.documentId}/edit`}
        csrf={ctx.csrf}
      >
        <input type="hidden" name="version" value={String(f.version)} />
        {isNew && (
          <>
            <Field
              id="slug"
              label={pt(l, "form.slug")}
              hint={pt(l, "form.slug_hint")}
              value={f.slug}
              error={errorOf(d.errors, "slug")}
            />
            <Field
              id="title"
              label={pt(l, "form.title")}
              value={f.title}
              error={errorOf(d.errors, "title")}
            />
            <Select
              id="original_language"
              label={pt(l, "form.original_language")}
              options={LANGUAGES.map((c): [string, string] => [c, LANGUAGE_NAMES[c]])}
              value={f.original_language}
              error={errorOf(d.errors, "original_language")}
            />
          </>
        )}
        <Select
          id="document_type"
          label={pt(l, "form.type")}
          options={vocab("document_type")}
          value={f.document_type}
          error={errorOf(d.errors, "document_type")}
        />
        <Checkboxes
          name="categories"
          legend={pt(l, "form.categories")}
          options={vocab("document_category")}
          checked={f.categories}
          error={errorOf(d.errors, "categories")}
        />
        <Checkboxes
          name="co_author_ids"
          legend={pt(l, "form.co_authors")}
          options={d.organisations}
          checked={f.co_author_ids}
          error={errorOf(d.errors, "co_author_ids")}
        />
        <TextArea
          id="cited"
          label={pt(l, "form.cited")}
          hint={pt(l, "form.cited_hint")}
          value={f.cited}
          error={errorOf(d.errors, "cited")}
          rows={3}
        />
        <Field
          id="published_on"
          label={pt(l, "form.published_on")}
          hint={pt(l, "form.date_hint")}
          value={f.published_on}
          error={errorOf(d.errors, "published_on")}
          width="short"
        />
        <button type="submit" class="button">
          {pt(l, isNew ? "form.create" : "form.save")}
        </button>
      </PostForm>
    </Layout>,
  );
}

/** What the translation page shows: the original beside the translation being written. */
export interface TranslationPage {
  documentId: string;
  lang: Lang;
  original: DomainRecord | undefined;
  isOriginal: boolean;
  form: TranslationForm;
  errors: FieldError[];
  conflict?: DomainRecord;
}

/** Translations side by side: the original text on one side, the translation form on the other. */
export function translationPage(ctx: PageContext, d: TranslationPage): string {
  const l = ctx.lang;
  const f = d.form;
  const heading = pt(l, "translations.heading", { language: LANGUAGE_NAMES[d.lang] });
  const statusOptions = (["draft", "reviewed"] as const).map((s): [string, string] => [
    s,
    vocabLabel(l, "translation_status", s),
  ]);
  return renderPage(
    <Layout title={heading} ctx={ctx}>
      <ErrorSummary lang={l} errors={d.errors} />
      <a href={`/staff/documents/${d.documentId}`} class="back-link">
        {pt(l, "documents.back")}
      </a>
      <h1>{heading}</h1>
      {d.conflict && (
        <div class="panel" role="note" id="conflict">
          <p>{pt(l, "conflict.explain", { version: String(d.conflict.version) })}</p>
          <details>
            <summary>{pt(l, "conflict.saved_text")}</summary>
            <pre lang={LANGUAGE_TAGS[d.lang]}>{String(d.conflict.body_markdown)}</pre>
          </details>
        </div>
      )}
      <div class="side-by-side">
        {!d.isOriginal && (
          <section class="side-by-side__original" aria-labelledby="original-title">
            <h2 id="original-title">{pt(l, "translations.original")}</h2>
            {d.original ? (
              <div lang={LANGUAGE_TAGS[d.original.language as Lang]}>
                <p>
                  <strong>{String(d.original.title)}</strong>
                </p>
                {typeof d.original.summary === "string" && <p>{d.original.summary}</p>}
                <pre class="markdown-source">{String(d.original.body_markdown)}</pre>
              </div>
            ) : (
              <p>{pt(l, "translations.no_original")}</p>
            )}
          </section>
        )}
        <section class="side-by-side__translation" aria-labelledby="translation-title">
          <h2 id="translation-title">{LANGUAGE_NAMES[d.lang]}</h2>
          <PostForm
            action={`/staff/documents/${d.documentId}/translations/${d.lang}`}
            csrf={ctx.csrf}
          >
            <input type="hidden" name="version" value={String(f.version)} />
            <Field
              id="title"
              label={pt(l, "form.title")}
              value={f.title}
              error={errorOf(d.errors, "title")}
            />
            <TextArea
              id="summary"
              label={pt(l, "form.summary")}
              value={f.summary}
              error={errorOf(d.errors, "summary")}
              rows={3}
              lang={LANGUAGE_TAGS[d.lang]}
            />
            <TextArea
              id="body_markdown"
              label={pt(l, "form.body")}
              hint={pt(l, "form.body_hint")}
              value={f.body_markdown}
              error={errorOf(d.errors, "body_markdown")}
              rows={24}
              lang={LANGUAGE_TAGS[d.lang]}
            />
            {!d.isOriginal && (
              <Select
                id="translation_status"
                label={pt(l, "form.translation_status")}
                options={statusOptions}
                value={f.translation_status}
                error={errorOf(d.errors, "translation_status")}
              />
            )}
            <button type="submit" class="button">
              {pt(l, "form.save")}
            </button>
          </PostForm>
        </section>
      </div>
    </Layout>,
  );
}
