import type { DomainRecord } from "../records/record.types.ts";
import { ErrorSummary, Notice, PostForm, SummaryList } from "../server/views/components.tsx";
import type { FieldError } from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import type { DocumentChecklist } from "./document-checklist.ts";
import { DocumentPreview, PublicationChecklist } from "./document-preview.views.tsx";
import { PublicIncidentPreview } from "./public-incident.preview.tsx";
import type { Preview } from "./publication.commands.ts";
import { publicationStatus } from "./publication.commands.ts";
import {
  PendingTable,
  PublicationActions,
  PublicationHistory,
  publicationHref,
  type PendingRow,
} from "./publication.views.tsx";
import {
  localiseIssue,
  personName,
  statusLabel,
  StatusTag,
  when,
  type PeopleIndex,
} from "./publishing-view.helpers.tsx";
import { pt } from "./publishing.messages.ts";

/** What a page about publishing may show beyond its data: the outcome and any form errors. */
export interface Outcome {
  notice?: string;
  errors?: FieldError[];
  reason?: string;
}

function Issues(props: { ctx: PageContext; issues: string[] }) {
  const l = props.ctx.lang;
  if (props.issues.length === 0) return <p>{pt(l, "issues.none")}</p>;
  return (
    <div class="panel" role="note" aria-labelledby="issues-title">
      <h2 id="issues-title">{pt(l, "issues.title")}</h2>
      <ul>
        {props.issues.map((m, i) => (
          <li key={i}>{localiseIssue(l, m)}</li>
        ))}
      </ul>
    </div>
  );
}

/** The preview of either kind of record, as the public will see it. */
function PreviewOf(props: { ctx: PageContext; preview: Preview; liveIncidents: Set<string> }) {
  const p = props.preview;
  return p.type === "incident" ? (
    <PublicIncidentPreview lang={props.ctx.lang} value={p.value} />
  ) : (
    <DocumentPreview lang={props.ctx.lang} doc={p.value} liveIncidents={props.liveIncidents} />
  );
}

/** /staff/publications: requests waiting for a second editor, and approvals waiting to go out. */
export function pendingPublicationsPage(
  ctx: PageContext,
  data: { requested: PendingRow[]; approved: PendingRow[]; people: PeopleIndex },
): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={pt(l, "pending.title")} ctx={ctx}>
      <h1>{pt(l, "pending.title")}</h1>
      <p class="lead">{pt(l, "pending.lead")}</p>
      <PendingTable
        lang={l}
        caption={pt(l, "pending.requested")}
        rows={data.requested}
        people={data.people}
      />
      <PendingTable
        lang={l}
        caption={pt(l, "pending.approved")}
        rows={data.approved}
        people={data.people}
      />
      <p>
        <a href="/staff/documents">{pt(l, "documents.title")}</a>
      </p>
    </Layout>,
  );
}

/** What the review page of one publication shows. */
export interface ReviewData extends Outcome {
  publication: DomainRecord;
  title: string;
  recordHref: string;
  preview: Preview;
  /** True when the record changed after the request: approving would be refused. */
  stale: boolean;
  checklist: DocumentChecklist | null;
  liveIncidents: Set<string>;
  people: PeopleIndex;
}

/** /staff/publications/:id — what the second editor approves: the exact public preview. */
export function publicationReviewPage(ctx: PageContext, d: ReviewData): string {
  const l = ctx.lang;
  const p = d.publication;
  const status = publicationStatus(p);
  return renderPage(
    <Layout title={pt(l, "review.title", { title: d.title })} ctx={ctx}>
      <ErrorSummary lang={l} errors={d.errors ?? []} />
      {d.notice && <Notice>{d.notice}</Notice>}
      <a href={d.recordHref} class="back-link">
        {pt(l, "review.back")}
      </a>
      <h1>{pt(l, "review.title", { title: d.title })}</h1>
      <SummaryList
        rows={[
          [pt(l, "history.status"), <StatusTag>{statusLabel(l, status)}</StatusTag>],
          [pt(l, "history.version"), String(p.record_version)],
          [
            pt(l, "history.requested"),
            `${personName(l, d.people, p.requested_by)}, ${when(l, p.created_at)}`,
          ],
          [
            pt(l, "history.approved"),
            p.approved_by
              ? `${personName(l, d.people, p.approved_by)}, ${when(l, p.approved_at)}`
              : "—",
          ],
        ]}
      />
      {d.stale && status !== "published" && status !== "withdrawn" && (
        <div class="panel" role="note">
          <p>{pt(l, "review.stale")}</p>
        </div>
      )}
      {d.checklist ? (
        <PublicationChecklist lang={l} checklist={d.checklist} people={d.people} />
      ) : (
        <Issues ctx={ctx} issues={d.preview.issues} />
      )}
      <PublicationActions
        lang={l}
        csrf={ctx.csrf}
        publication={p}
        people={d.people}
        errors={d.errors}
        reason={d.reason}
      />
      <h2>{pt(l, "preview.title")}</h2>
      <p class="hint">{pt(l, "preview.explain")}</p>
      <PreviewOf ctx={ctx} preview={d.preview} liveIncidents={d.liveIncidents} />
    </Layout>,
  );
}

/** What the publication page of an incident shows. */
export interface IncidentPublicationData extends Outcome {
  incidentId: string;
  title: string;
  preview: Preview;
  publications: DomainRecord[];
  people: PeopleIndex;
}

/** /staff/incidents/:id/publication — the public preview, what blocks it, history, next step. */
export function incidentPublicationPage(ctx: PageContext, d: IncidentPublicationData): string {
  const l = ctx.lang;
  const open = [...d.publications].reverse().find((p) => !p.withdrawn_at);
  const waiting = open && publicationStatus(open) !== "published";
  return renderPage(
    <Layout title={pt(l, "incident.title", { title: d.title })} ctx={ctx}>
      <ErrorSummary lang={l} errors={d.errors ?? []} />
      {d.notice && <Notice>{d.notice}</Notice>}
      <a href={`/staff/incidents/${d.incidentId}`} class="back-link">
        {pt(l, "incident.back")}
      </a>
      <h1>{pt(l, "incident.title", { title: d.title })}</h1>
      <Issues ctx={ctx} issues={d.preview.issues} />
      <section aria-labelledby="actions-title">
        <h2 id="actions-title">{pt(l, "documents.publication")}</h2>
        {open && (
          <p>
            {pt(l, "incident.current", { status: statusLabel(l, publicationStatus(open)) })}{" "}
            <a href={publicationHref(open)}>{pt(l, "incident.open_publication")}</a>
          </p>
        )}
        {open && !waiting && d.preview.type === "incident" && (
          <p>
            <a href={`/${l}/incidents/${d.preview.value.publicId}/`}>{pt(l, "public.view")}</a>
          </p>
        )}
        {!waiting && d.preview.issues.length === 0 && (
          <PostForm action={`/staff/incidents/${d.incidentId}/publication`} csrf={ctx.csrf}>
            <p class="hint">{pt(l, "incident.request_hint")}</p>
            <button type="submit" class="button">
              {pt(l, open ? "incident.request_again" : "incident.request")}
            </button>
          </PostForm>
        )}
      </section>
      <h2>{pt(l, "preview.title")}</h2>
      <p class="hint">{pt(l, "preview.explain")}</p>
      <PreviewOf ctx={ctx} preview={d.preview} liveIncidents={new Set()} />
      <h2>{pt(l, "history.title")}</h2>
      <PublicationHistory lang={l} publications={d.publications} people={d.people} />
    </Layout>,
  );
}
