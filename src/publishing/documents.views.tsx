import { DocumentAttachmentsSection } from "./document-attachments.views.tsx";
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from "../i18n/languages.ts";
import type { DomainRecord } from "../records/record.types.ts";
import {
  ErrorSummary,
  Notice,
  Pagination,
  PostForm,
  SummaryList,
} from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import type { DocumentChecklist } from "./document-checklist.ts";
import { PublicationChecklist } from "./document-preview.views.tsx";
import type { Outcome } from "./publication-pages.views.tsx";
import { publicationStatus } from "./publication.commands.ts";
import { PublicationHistory, publicationHref } from "./publication.views.tsx";
import {
  currentPublication,
  StatusTag,
  statusLabel,
  vocabLabel,
  type PeopleIndex,
} from "./publishing-view.helpers.tsx";
import { pt } from "./publishing.messages.ts";

/** Where a document stands, from its publication records (they, not a status field, decide). */
export function documentState(publications: DomainRecord[]): string {
  const open = currentPublication(publications);
  if (open) {
    const s = publicationStatus(open);
    return s === "requested" ? "in_review" : s;
  }
  return publications.length ? "withdrawn" : "draft";
}

/** One row of the documents list. */
export interface DocumentRow {
  document: DomainRecord;
  title: string;
  state: string;
  translations: Map<string, string>;
}

function TranslationCell(props: { lang: Lang; status: string | undefined }) {
  return <td>{props.status ? vocabLabel(props.lang, "translation_status", props.status) : "—"}</td>;
}

/** /staff/documents — the organisation's documents with their status and each translation's. */
export function documentListPage(
  ctx: PageContext,
  d: { rows: DocumentRow[]; page: number; more: boolean; canEdit: boolean; notice?: string },
): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={pt(l, "documents.title")} ctx={ctx}>
      {d.notice && <Notice>{d.notice}</Notice>}
      <h1>{pt(l, "documents.title")}</h1>
      <p>
        {d.canEdit && (
          <a href="/staff/documents/new" class="button">
            {pt(l, "documents.new")}
          </a>
        )}{" "}
        <a href="/staff/publications">{pt(l, "pending.title")}</a>
      </p>
      {d.rows.length === 0 ? (
        <p>{pt(l, "documents.none")}</p>
      ) : (
        <table class="table">
          <caption>{pt(l, "documents.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt(l, "documents.col.title")}</th>
              <th scope="col">{pt(l, "documents.col.status")}</th>
              {LANGUAGES.map((code) => (
                <th scope="col" key={code}>
                  {LANGUAGE_NAMES[code]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {d.rows.map((r) => (
              <tr key={r.document.id}>
                <th scope="row">
                  <a href={`/staff/documents/${r.document.id}`}>{r.title}</a>
                  <br />
                  <span class="hint">{String(r.document.slug)}</span>
                </th>
                <td>
                  <StatusTag>{vocabLabel(l, "document_status", r.state)}</StatusTag>
                </td>
                {LANGUAGES.map((code) => (
                  <TranslationCell key={code} lang={l} status={r.translations.get(code)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination
        lang={l}
        page={d.page}
        pages={d.page + (d.more ? 1 : 0)}
        href={(p) => `/staff/documents?page=${p}`}
      />
    </Layout>,
  );
}

/** What the page of one document shows. */
export interface DocumentOverview extends Outcome {
  document: DomainRecord;
  title: string;
  translations: DomainRecord[];
  coAuthors: string[];
  checklist: DocumentChecklist;
  publications: DomainRecord[];
  people: PeopleIndex;
  canPublish: boolean;
  /** Files that are published with the document. */
  attachments?: DomainRecord[];
  /** The size cap of one file: with it, the page offers the upload form and remove buttons. */
  maxAttachmentBytes?: number;
}

/** /staff/documents/:id — details, translations, checklist, the next publishing step, history. */
export function documentPage(ctx: PageContext, d: DocumentOverview): string {
  const l = ctx.lang;
  const doc = d.document;
  const base = `/staff/documents/${doc.id}`;
  const byLang = new Map(d.translations.map((t) => [String(t.language), t]));
  const open = currentPublication(d.publications);
  const waiting = open && publicationStatus(open) !== "published";
  return renderPage(
    <Layout title={d.title} ctx={ctx}>
      <ErrorSummary lang={l} errors={d.errors ?? []} />
      {d.notice && <Notice>{d.notice}</Notice>}
      <a href="/staff/documents" class="back-link">
        {pt(l, "documents.back")}
      </a>
      <h1>{d.title}</h1>
      <SummaryList
        rows={[
          [pt(l, "form.slug"), String(doc.slug)],
          [pt(l, "form.type"), vocabLabel(l, "document_type", doc.document_type)],
          [
            pt(l, "form.categories"),
            (doc.categories as string[])
              .map((c) => vocabLabel(l, "document_category", c))
              .join(", ") || "—",
          ],
          [pt(l, "form.co_authors"), d.coAuthors.join(", ") || "—"],
          [pt(l, "form.original_language"), LANGUAGE_NAMES[doc.original_language as Lang]],
          [
            pt(l, "form.published_on"),
            typeof doc.published_on === "string" ? doc.published_on : "—",
          ],
          [
            pt(l, "documents.col.status"),
            vocabLabel(l, "document_status", documentState(d.publications)),
          ],
        ]}
      />
      <p>
        <a href={`${base}/edit`}>{pt(l, "documents.edit")}</a>
      </p>
      <table class="table">
        <caption>{pt(l, "translations.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{pt(l, "translations.language")}</th>
            <th scope="col">{pt(l, "documents.col.title")}</th>
            <th scope="col">{pt(l, "documents.col.status")}</th>
            <th scope="col">{pt(l, "translations.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {LANGUAGES.map((code) => {
            const t = byLang.get(code);
            return (
              <tr key={code}>
                <th scope="row">{LANGUAGE_NAMES[code]}</th>
                <td>{t ? String(t.title) : "—"}</td>
                <td>
                  {t
                    ? vocabLabel(l, "translation_status", t.translation_status)
                    : pt(l, "task.not_started")}
                </td>
                <td>
                  <a href={`${base}/translations/${code}`}>
                    {pt(l, t ? "translations.edit" : "translations.add", {
                      language: LANGUAGE_NAMES[code],
                    })}
                  </a>
                  {t && (
                    <>
                      {" · "}
                      <a href={`${base}/preview/${code}`}>
                        {pt(l, "translations.preview", { language: LANGUAGE_NAMES[code] })}
                      </a>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <DocumentAttachmentsSection
        lang={l}
        slug={String(doc.slug)}
        attachments={d.attachments ?? []}
        upload={
          d.maxAttachmentBytes === undefined
            ? undefined
            : {
                base,
                csrf: ctx.csrf,
                maxBytes: d.maxAttachmentBytes,
                error: d.errors?.find((e) => e.field === "file")?.message,
              }
        }
      />
      <PublicationChecklist lang={l} checklist={d.checklist} people={d.people} />
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{pt(l, "documents.publication")}</h2>
        {open && (
          <p>
            {pt(l, "incident.current", { status: statusLabel(l, publicationStatus(open)) })}{" "}
            <a href={publicationHref(open)}>{pt(l, "incident.open_publication")}</a>
          </p>
        )}
        {d.canPublish && !waiting && d.checklist.ready && (
          <PostForm action={`${base}/submit`} csrf={ctx.csrf}>
            <p class="hint">{pt(l, "documents.submit_hint")}</p>
            <button type="submit" class="button">
              {pt(l, open ? "incident.request_again" : "documents.submit")}
            </button>
          </PostForm>
        )}
        {open && publicationStatus(open) === "published" && (
          <p>
            <a href={`/${String(doc.original_language)}/documents/${String(doc.slug)}/`}>
              {pt(l, "public.view")}
            </a>
          </p>
        )}
        {!d.canPublish && <p>{pt(l, "documents.editor_publishes")}</p>}
      </section>
      <h2>{pt(l, "history.title")}</h2>
      <PublicationHistory lang={l} publications={d.publications} people={d.people} />
    </Layout>,
  );
}
