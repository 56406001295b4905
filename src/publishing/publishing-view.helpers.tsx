import type { ComponentChildren } from "preact";
import { actorRef } from "../audit/audit.repository.ts";
import type { StaffActor } from "../auth/auth.types.ts";
import { formatDateTime } from "../i18n/i18n.ts";
import type { Lang } from "../i18n/languages.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { LABELS } from "../vocabularies/vocabulary.labels.ts";
import type { PublicationStatus } from "./publication.commands.ts";
import { pt, type PublishingKey } from "./publishing.messages.ts";

const LABEL_COLUMN: Record<Lang, number> = { en: 0, ka: 1, az: 2, ru: 3 };

/** A vocabulary term in the reader's language (the code, humanised, when the term is unknown). */
export function vocabLabel(lang: Lang, scheme: string, code: unknown): string {
  if (typeof code !== "string" || !code) return "—";
  const row = (LABELS as Record<string, Record<string, readonly string[]>>)[scheme]?.[code];
  return row?.[LABEL_COLUMN[lang]] ?? code.replace(/_/g, " ");
}

/** Who did something, as a staff member reads it: "you", an e-mail address, or "another editor". */
export interface PeopleIndex {
  me: string;
  emails: Map<string, string>;
}

/** Builds the index of the organisation's accounts for naming requesters and approvers. */
export function peopleIndex(actor: StaffActor, users: { id: string; email: string }[]) {
  return {
    me: actorRef(actor),
    emails: new Map(users.map((u) => [`user:${u.id}`, u.email])),
  } satisfies PeopleIndex;
}

/** The name of the person behind an actor reference. */
export function personName(lang: Lang, people: PeopleIndex, ref: unknown): string {
  if (typeof ref !== "string" || !ref) return "—";
  if (ref === people.me) return pt(lang, "people.you");
  return people.emails.get(ref) ?? pt(lang, "people.other");
}

/** A status word in a tag (GOV.UK tag pattern: the word carries the meaning, not the colour). */
export function StatusTag(props: { children: ComponentChildren; kind?: string }) {
  return <strong class={`tag${props.kind ? ` tag--${props.kind}` : ""}`}>{props.children}</strong>;
}

/** A publication status in the reader's language. */
export function statusLabel(lang: Lang, status: PublicationStatus): string {
  return pt(lang, `status.${status}` as PublishingKey);
}

/** A date-time or a dash. */
export function when(lang: Lang, iso: unknown): string {
  return typeof iso === "string" && iso ? formatDateTime(lang, iso) : "—";
}

// Messages the domain layer raises in English, matched so the editor reads them in their language.
const DOMAIN_MESSAGES: [RegExp, PublishingKey][] = [
  [/^A retracted incident is never published\.$/, "issue.retracted"],
  [/^Victim (.+) has no live consent/, "issue.no_consent"],
  [/^No original or reviewed translation/, "issue.no_translation"],
  [/already waiting for approval/, "issue.already_requested"],
  [/^This publication is (\w+)\.$/, "issue.wrong_state"],
  [/^A second editor must approve/, "issue.same_editor"],
];

/** A domain message in the reader's language (passed through when it is not a known one). */
export function localiseIssue(lang: Lang, message: string): string {
  for (const [pattern, key] of DOMAIN_MESSAGES) {
    const m = pattern.exec(message);
    if (!m) continue;
    const status = m[1] as PublicationStatus | undefined;
    const state = key === "issue.wrong_state" && status ? statusLabel(lang, status) : (m[1] ?? "");
    return pt(lang, key, { name: m[1] ?? "", status: state });
  }
  return message;
}

/** The newest publication of a record that is still open or public, if any. */
export function currentPublication(publications: DomainRecord[]): DomainRecord | undefined {
  return [...publications].reverse().find((p) => !p.withdrawn_at);
}
