import { ValidationError } from "../errors.ts";
import { LANGUAGES, type Lang } from "../i18n/languages.ts";
import type { VaultKeys } from "../keyring/installation.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { FIGURE_PATTERN, parseFigure } from "./live-figures.ts";
import type { DocumentBundle } from "./public-document.loader.ts";
import { publicIncidentId } from "./public-id.ts";
import { publishedIncidentIds, type PublicDb } from "./public-store.repository.ts";
import { publicationStatus } from "./publication.commands.ts";

/** GOV.UK task-list states. */
export type TaskStatus = "completed" | "in_progress" | "not_started" | "needs_attention";

/** One line of the publication checklist. */
export interface ChecklistItem {
  task: "translation" | "citations" | "figures" | "approval";
  lang?: Lang;
  status: TaskStatus;
  /** Translation status code, figure errors, unresolved citation ids, approver reference. */
  details: string[];
  /** A request for publication is refused while a blocking item is not completed. */
  blocking: boolean;
}

/** The checklist and whether the document may be submitted for review now. */
export interface DocumentChecklist {
  items: ChecklistItem[];
  ready: boolean;
  /** Public ids of incidents that are published now (for links in the preview). */
  liveIncidents: Set<string>;
}

const INCIDENT_REF = /\[\[incident:([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:\|[^\]\n|]{1,200})?\]\]/g;
// The translations that reach the public store (drafts wait for a second reader).
const PUBLISHABLE = new Set(["original", "reviewed"]);

/** The public incident ids a text cites with `[[incident:ID]]`. */
export function incidentRefs(markdown: string): string[] {
  return [...markdown.matchAll(INCIDENT_REF)].map((m) => m[1]!);
}

/** Every `{{figure …}}` of a text that cannot be read, with the reason (empty when all can). */
export function figureProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const m of markdown.matchAll(FIGURE_PATTERN)) {
    try {
      parseFigure(m[1] ?? "");
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      problems.push(...err.issues.map((i) => i.message));
    }
  }
  return problems;
}

function translationItem(lang: Lang, original: string, t: DomainRecord | undefined): ChecklistItem {
  const status = t ? String(t.translation_status) : null;
  const hasText = Boolean(t && String(t.body_markdown).trim());
  const isOriginal = lang === original;
  return {
    task: "translation",
    lang,
    status: !t
      ? "not_started"
      : hasText && PUBLISHABLE.has(status!)
        ? "completed"
        : hasText
          ? "in_progress"
          : "not_started",
    details: status ? [status] : [],
    // Without its original text there is nothing to publish; other languages may follow later.
    blocking: isOriginal,
  };
}

/**
 * Checks a document before it goes to a second editor: the original and each translation, that
 * every cited incident is public (a citation of an unpublished incident would be dropped or a
 * dead link), that every live figure can be computed, and whether a second editor approved.
 */
export async function documentChecklist(
  bundle: DocumentBundle,
  keys: VaultKeys,
  publicDb: PublicDb,
  publications: DomainRecord[],
): Promise<DocumentChecklist> {
  const d = bundle.document;
  const original = String(d.original_language);
  const byLang = new Map(bundle.translations.map((t) => [String(t.language), t]));
  const items: ChecklistItem[] = LANGUAGES.map((l) => translationItem(l, original, byLang.get(l)));

  const publishable = bundle.translations.filter((t) =>
    PUBLISHABLE.has(String(t.translation_status)),
  );
  const cited = (d.cited_incident_ids as string[]).map((id) => publicIncidentId(keys, id));
  const referenced = publishable.flatMap((t) => incidentRefs(String(t.body_markdown)));
  const liveIncidents = await publishedIncidentIds(publicDb, [
    ...new Set([...cited, ...referenced]),
  ]);
  const unresolved = [...new Set([...cited, ...referenced].filter((id) => !liveIncidents.has(id)))];
  items.push({
    task: "citations",
    status: unresolved.length ? "needs_attention" : "completed",
    details: unresolved,
    blocking: true,
  });

  const problems = publishable.flatMap((t) => figureProblems(String(t.body_markdown)));
  items.push({
    task: "figures",
    status: problems.length ? "needs_attention" : "completed",
    details: [...new Set(problems)],
    blocking: true,
  });

  const open = [...publications].reverse().find((p) => !p.withdrawn_at);
  const state = open ? publicationStatus(open) : null;
  items.push({
    task: "approval",
    status:
      state === "approved" || state === "published"
        ? "completed"
        : state === "requested"
          ? "in_progress"
          : "not_started",
    details: open?.approved_by ? [String(open.approved_by)] : [],
    blocking: false,
  });
  const ready = items.every((i) => !i.blocking || i.status === "completed");
  return { items, ready, liveIncidents };
}
