import type { Lang } from "../i18n/languages.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { errorOf, PostForm, TextArea, type FieldError } from "../server/views/components.tsx";
import { publicationStatus } from "./publication.commands.ts";
import {
  personName,
  statusLabel,
  StatusTag,
  when,
  type PeopleIndex,
} from "./publishing-view.helpers.tsx";
import { pt } from "./publishing.messages.ts";

/** Where the editors handle one publication record. */
export function publicationHref(p: DomainRecord): string {
  return `/staff/publications/${p.id}`;
}

/** Every publication of a record, newest first: who asked, who approved, when, and why withdrawn. */
export function PublicationHistory(props: {
  lang: Lang;
  publications: DomainRecord[];
  people: PeopleIndex;
}) {
  const l = props.lang;
  if (props.publications.length === 0) return <p>{pt(l, "history.none")}</p>;
  return (
    <table class="table table--dense">
      <caption>{pt(l, "history.title")}</caption>
      <thead>
        <tr>
          <th scope="col">{pt(l, "history.status")}</th>
          <th scope="col">{pt(l, "history.version")}</th>
          <th scope="col">{pt(l, "history.requested")}</th>
          <th scope="col">{pt(l, "history.approved")}</th>
          <th scope="col">{pt(l, "history.published")}</th>
          <th scope="col">{pt(l, "history.withdrawn")}</th>
        </tr>
      </thead>
      <tbody>
        {[...props.publications].reverse().map((p) => (
          <tr key={p.id}>
            <th scope="row">
              <a href={publicationHref(p)}>{statusLabel(l, publicationStatus(p))}</a>
            </th>
            <td>{String(p.record_version)}</td>
            <td>
              {personName(l, props.people, p.requested_by)}, {when(l, p.created_at)}
            </td>
            <td>
              {p.approved_by
                ? `${personName(l, props.people, p.approved_by)}, ${when(l, p.approved_at)}`
                : "—"}
            </td>
            <td>{when(l, p.published_at)}</td>
            <td>
              {when(l, p.withdrawn_at)}
              {typeof p.withdrawal_reason === "string" && p.withdrawal_reason
                ? ` — ${p.withdrawal_reason}`
                : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The next steps of an open publication for this editor: approve (never one's own request: the
 * button is replaced by an explanation), publish once approved, and withdraw with a reason.
 */
export function PublicationActions(props: {
  lang: Lang;
  csrf: string | undefined;
  publication: DomainRecord;
  people: PeopleIndex;
  errors?: FieldError[];
  reason?: string;
}) {
  const { lang: l, publication: p } = props;
  const status = publicationStatus(p);
  if (status === "withdrawn") return null;
  const base = publicationHref(p);
  const ownRequest = p.requested_by === props.people.me;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">{pt(l, "actions.title")}</h2>
      {status === "requested" &&
        (ownRequest ? (
          <p>{pt(l, "actions.wait_second")}</p>
        ) : (
          <PostForm action={`${base}/approve`} csrf={props.csrf}>
            <p class="hint">{pt(l, "actions.approve_hint")}</p>
            <button type="submit" class="button">
              {pt(l, "actions.approve")}
            </button>
          </PostForm>
        ))}
      {status === "approved" && (
        <PostForm action={`${base}/publish`} csrf={props.csrf}>
          <p class="hint">{pt(l, "actions.publish_hint")}</p>
          <button type="submit" class="button">
            {pt(l, "actions.publish")}
          </button>
        </PostForm>
      )}
      <PostForm action={`${base}/withdraw`} csrf={props.csrf}>
        <TextArea
          id="reason"
          label={pt(
            l,
            status === "published" ? "actions.withdraw_reason" : "actions.cancel_reason",
          )}
          value={props.reason}
          error={errorOf(props.errors ?? [], "reason")}
          rows={3}
        />
        <button type="submit" class="button button--warning">
          {pt(l, status === "published" ? "actions.withdraw" : "actions.cancel")}
        </button>
      </PostForm>
    </section>
  );
}

/** One row of the list of publications waiting for a second editor or for publishing. */
export interface PendingRow {
  publication: DomainRecord;
  title: string;
  recordHref: string;
}

/** Pending publications of the organisation: what a second editor needs to look at. */
export function PendingTable(props: {
  lang: Lang;
  caption: string;
  rows: PendingRow[];
  people: PeopleIndex;
}) {
  const l = props.lang;
  if (props.rows.length === 0)
    return (
      <p>
        {props.caption}: {pt(l, "pending.none")}
      </p>
    );
  return (
    <table class="table">
      <caption>{props.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{pt(l, "pending.record")}</th>
          <th scope="col">{pt(l, "pending.type")}</th>
          <th scope="col">{pt(l, "history.requested")}</th>
          <th scope="col">{pt(l, "history.status")}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map(({ publication: p, title, recordHref }) => (
          <tr key={p.id}>
            <th scope="row">
              <a href={publicationHref(p)}>{title}</a>{" "}
              <a href={recordHref} class="hint">
                {pt(l, "pending.open_record")}
              </a>
            </th>
            <td>{pt(l, p.record_type === "incident" ? "pending.incident" : "pending.document")}</td>
            <td>
              {personName(l, props.people, p.requested_by)}, {when(l, p.created_at)}
            </td>
            <td>
              <StatusTag>{statusLabel(l, publicationStatus(p))}</StatusTag>
              {p.requested_by === props.people.me && ` ${pt(l, "pending.yours")}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
