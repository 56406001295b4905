import type { ComponentChildren } from "preact";
import { t } from "../../i18n/i18n.ts";
import type { Lang } from "../../i18n/languages.ts";

/** One field error, keyed by the field's id so the summary can link to it. */
export interface FieldError {
  field: string;
  message: string;
}

/** GOV.UK-style error summary: first on the page, focused, each message linked to its field. */
export function ErrorSummary(props: { lang: Lang; errors: FieldError[] }) {
  if (props.errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t(props.lang, "error.title")}</h2>
      <ul>
        {props.errors.map((e) => (
          <li key={e.field}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The ids an input's aria-describedby names: its hint and its error, when shown. */
function describedBy(id: string, hint?: string, error?: string): string | undefined {
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
}

/** Label, hint and error around one control (GOV.UK form group). */
function FieldFrame(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${props.error ? " field--error" : ""}`}>
      <label for={props.id}>{props.label}</label>
      {props.hint && (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="field__error" id={`${props.id}-error`}>
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

/** A labelled input with optional hint and error, wired with aria-describedby. */
export function Field(props: {
  id: string;
  label: string;
  type?: string;
  hint?: string;
  error?: string;
  value?: string;
  autocomplete?: string;
  inputmode?: "numeric" | "text" | "email";
  required?: boolean;
  width?: "short" | "full";
}) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? "text"}
        value={props.value}
        autocomplete={props.autocomplete}
        inputMode={props.inputmode}
        required={props.required}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? "true" : undefined}
        class={`input${props.width === "short" ? " input--short" : ""}`}
        spellcheck={false}
      />
    </FieldFrame>
  );
}

/** A multi-line text field with label, hint and error. */
export function TextArea(props: {
  id: string;
  label: string;
  value?: string;
  hint?: string;
  error?: string;
  rows?: number;
  lang?: string;
}) {
  return (
    <FieldFrame id={props.id} label={props.label} hint={props.hint} error={props.error}>
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 4}
        class="input"
        lang={props.lang}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? "true" : undefined}
      >
        {props.value ?? ""}
      </textarea>
    </FieldFrame>
  );
}

/** The message of one field among a form's errors. */
export function errorOf(errors: FieldError[] | undefined, field: string): string | undefined {
  return errors?.find((e) => e.field === field)?.message;
}

/** The hidden anti-forgery field every staff form carries. */
export function CsrfInput(props: { token: string | undefined }) {
  return <input type="hidden" name="_csrf" value={props.token} />;
}

/** A POST form with its anti-forgery token. */
export function PostForm(props: {
  action: string;
  csrf: string | undefined;
  class?: string;
  id?: string;
  /** Only for file uploads (the route must parse multipart bodies). */
  enctype?: "multipart/form-data";
  children: ComponentChildren;
}) {
  return (
    <form
      method="post"
      action={props.action}
      class={props.class}
      id={props.id}
      enctype={props.enctype}
      novalidate
    >
      <CsrfInput token={props.csrf} />
      {props.children}
    </form>
  );
}

/** A notification banner for the outcome of the last action ("The session has been signed out"). */
export function Notice(props: { children: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      {props.children}
    </div>
  );
}

/** A summary list (label / value rows), as for record details. */
export function SummaryList(props: { rows: [label: string, value: ComponentChildren][] }) {
  return (
    <dl class="summary">
      {props.rows.map(([label, value], i) => (
        <div key={i}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Numbered pagination links (real links: no script needed). */
export function Pagination(props: {
  lang: Lang;
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  const { lang, page, pages } = props;
  if (pages <= 1) return null;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])]
    .filter((p) => p >= 1 && p <= pages)
    .sort((a, b) => a - b);
  return (
    <nav class="pagination" aria-label={t(lang, "pagination.label")}>
      <ul>
        {page > 1 && (
          <li>
            <a href={props.href(page - 1)} rel="prev">
              {t(lang, "pagination.previous")}
            </a>
          </li>
        )}
        {shown.map((p) => (
          <li key={p}>
            {p === page ? <span aria-current="page">{p}</span> : <a href={props.href(p)}>{p}</a>}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={props.href(page + 1)} rel="next">
              {t(lang, "pagination.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
