import type { Lang } from "../i18n/languages.ts";
import { LANGUAGE_NAMES, LANGUAGE_TAGS } from "../i18n/languages.ts";
import { renderDocumentMarkdown } from "../public/render/markdown.ts";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import type { ChecklistItem, DocumentChecklist } from "./document-checklist.ts";
import type { PublicDocumentRow } from "./public-store.repository.ts";
import { personName, StatusTag, vocabLabel, type PeopleIndex } from "./publishing-view.helpers.tsx";
import { pt, type PublishingKey } from "./publishing.messages.ts";

/** Where the public site shows a published incident (the document page links there). */
export function publicIncidentHref(lang: string, publicId: string): string {
  return `/${lang}/incidents/${encodeURIComponent(publicId)}/`;
}

function taskName(l: Lang, item: ChecklistItem): string {
  if (item.task === "translation")
    return pt(l, "checklist.translation", { language: LANGUAGE_NAMES[item.lang!] });
  return pt(l, `checklist.${item.task}` as PublishingKey);
}

function taskDetail(l: Lang, item: ChecklistItem, people: PeopleIndex) {
  if (item.task === "translation")
    return item.details[0] ? vocabLabel(l, "translation_status", item.details[0]) : null;
  if (item.task === "citations" && item.details.length)
    return pt(l, "checklist.citations_missing", { ids: item.details.join(", ") });
  if (item.task === "figures" && item.details.length) return item.details.join(" ");
  if (item.task === "approval" && item.details.length)
    return pt(l, "checklist.approved_by", { name: personName(l, people, item.details[0]) });
  return null;
}

/** The publication checklist as a GOV.UK task list: each task with its status in words. */
export function PublicationChecklist(props: {
  lang: Lang;
  checklist: DocumentChecklist;
  people: PeopleIndex;
}) {
  const l = props.lang;
  return (
    <section aria-labelledby="checklist-title">
      <h2 id="checklist-title">{pt(l, "checklist.title")}</h2>
      <ul class="task-list">
        {props.checklist.items.map((item, i) => {
          const detail = taskDetail(l, item, props.people);
          return (
            <li key={i} class="task-list__item">
              <span class="task-list__name" id={`task-${i}`}>
                {taskName(l, item)}
                {item.blocking ? "" : ` ${pt(l, "checklist.optional")}`}
              </span>
              {detail && <span class="task-list__hint">{detail}</span>}{" "}
              <StatusTag kind={item.status}>
                {pt(l, `task.${item.status}` as PublishingKey)}
              </StatusTag>
            </li>
          );
        })}
      </ul>
      {!props.checklist.ready && <p>{pt(l, "checklist.not_ready")}</p>}
    </section>
  );
}

/** One language of a document exactly as the public page renders it (live figures resolved). */
export function DocumentTranslationPreview(props: {
  lang: Lang;
  doc: PublicDocumentRow;
  translation: PublicDocumentRow["translations"][number];
  liveIncidents: Set<string>;
  /** Footnote id prefix, only when several texts share the page (the public page has none). */
  docId?: string;
}) {
  const { translation: t } = props;
  const docLang = t.language as Lang;
  const { html } = renderDocumentMarkdown(t.body, {
    lang: docLang,
    ...(props.docId ? { docId: props.docId } : {}),
    incidentHref: (id) => (props.liveIncidents.has(id) ? publicIncidentHref(docLang, id) : null),
  });
  return (
    <article class="panel" lang={LANGUAGE_TAGS[docLang]} aria-labelledby={`doc-${t.language}`}>
      <p class="hint" lang={LANGUAGE_TAGS[props.lang]}>
        {props.doc.categories.map((c) => vocabLabel(docLang, "document_category", c)).join(", ")} /{" "}
        {vocabLabel(docLang, "document_type", props.doc.documentType)}
      </p>
      <h2 id={`doc-${t.language}`}>{t.title}</h2>
      {t.summary && <p class="lead">{t.summary}</p>}
      {props.doc.coAuthors.length > 0 && <p>{props.doc.coAuthors.join(" · ")}</p>}
      {/* Rendered by the public renderer: markdown-it with raw HTML escaped. */}
      <div class="document-body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}

/** Every public language of a document, one after the other (for the second editor's review). */
export function DocumentPreview(props: {
  lang: Lang;
  doc: PublicDocumentRow;
  liveIncidents: Set<string>;
}) {
  if (props.doc.translations.length === 0) return <p>{pt(props.lang, "preview.nothing")}</p>;
  return (
    <>
      {props.doc.translations.map((t) => (
        <DocumentTranslationPreview
          key={t.language}
          lang={props.lang}
          doc={props.doc}
          translation={t}
          liveIncidents={props.liveIncidents}
          docId={`preview-${t.language}`}
        />
      ))}
    </>
  );
}

/** One language of a document as the public page will render it, with what is not yet public. */
export function documentPreviewPage(
  ctx: PageContext,
  d: {
    documentId: string;
    doc: PublicDocumentRow;
    translation: PublicDocumentRow["translations"][number];
    published: boolean;
    liveIncidents: Set<string>;
    problems: string[];
  },
): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={pt(l, "preview.title")} ctx={ctx}>
      <a href={`/staff/documents/${d.documentId}`} class="back-link">
        {pt(l, "documents.back")}
      </a>
      <h1>{pt(l, "preview.title")}</h1>
      <p class="hint">{pt(l, "preview.explain_document")}</p>
      {!d.published && (
        <div class="panel" role="note">
          <p>{pt(l, "preview.draft_not_public")}</p>
        </div>
      )}
      {d.problems.length > 0 ? (
        <div class="panel" role="alert">
          <h2>{pt(l, "checklist.figures")}</h2>
          <ul>
            {d.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : (
        <DocumentTranslationPreview
          lang={l}
          doc={d.doc}
          translation={d.translation}
          liveIncidents={d.liveIncidents}
        />
      )}
    </Layout>,
  );
}
