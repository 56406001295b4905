import { ValidationError } from "../errors.ts";
import { FUNNEL_STAGES } from "../interventions/intervention-stage.ts";
import { TACTIC_GROUPS } from "../vocabularies/vocabulary.codes.ts";
import { countedIncidentFacts, type PublicDb } from "./public-store.repository.ts";
import {
  DEFAULT_THRESHOLD,
  suppressAggregates,
  type CountQuery,
  type SuppressedAggregates,
} from "./suppression.ts";

/**
 * Live figures: `{{figure MEASURE key=value …}}` in a document's markdown becomes a number
 * computed from the public store when the document is published.
 *
 *   measures  incidents            counted incidents (verified, dated, with a tactic)
 *             countable            those meeting Freedom House's physical-incident rule
 *             reached stage=S      those whose complaints reached funnel stage S or further
 *                                  (reported, registered, investigation_opened,
 *                                  perpetrator_identified, charged, convicted)
 *   filters   host=GE  group=direct_attack  year=2017  since=2016  until=2020
 *
 * e.g. `{{figure incidents host=GE since=2016}}`, `{{figure reached stage=charged host=GE}}`.
 */
export const FIGURE_PATTERN = /\{\{\s*figure\b([^}]*)\}\}/g;

/** How figures are written out. */
export interface FigureOptions {
  /** BCP 47 language for number formatting. */
  locale?: string;
  threshold?: number;
  /**
   * Text for a figure the published tables do not determine. One text for every such figure,
   * whatever its size: "fewer than 5" for some and "withheld" for others would tell a reader
   * which withheld table cells are the small ones, and that narrows them down.
   */
  withheldText?: string;
}

/** The withheld text in each interface language (the same wording as the dashboard's). */
const WITHHELD_BY_LANGUAGE: Record<string, string> = {
  en: "[withheld]",
  ka: "[დაფარულია]",
  az: "[gizlədilib]",
  ru: "[скрыто]",
};

const TOP_GROUPS = Object.entries(TACTIC_GROUPS)
  .filter(([, parent]) => parent === null)
  .map(([g]) => g);

/** Parses the inside of one shortcode into a count query; throws a ValidationError naming it. */
export function parseFigure(spec: string): CountQuery {
  const [measure, ...args] = spec.trim().split(/\s+/);
  const bad = (message: string) =>
    new ValidationError([{ path: "/body_markdown", message: `{{figure${spec}}}: ${message}` }]);
  const q: CountQuery = {};
  const params = new Map<string, string>();
  for (const a of args) {
    const m = /^([a-z]+)=([A-Za-z0-9_]+)$/.exec(a);
    if (!m) throw bad(`cannot read "${a}"`);
    params.set(m[1]!, m[2]!);
  }
  for (const [key, value] of params) {
    if (key === "host") {
      if (!/^[A-Z]{2}$/.test(value)) throw bad("host is a two-letter state code");
      q.host = value;
    } else if (key === "group") {
      if (!TOP_GROUPS.includes(value)) throw bad(`group is one of ${TOP_GROUPS.join(", ")}`);
      q.group = value;
    } else if (key === "year" || key === "since" || key === "until") {
      if (!/^\d{4}$/.test(value)) throw bad(`${key} is a year`);
      if (key !== "until") q.yearFrom = Number(value);
      if (key !== "since") q.yearTo = Number(value);
    } else if (key !== "stage") throw bad(`unknown filter "${key}"`);
  }
  if (measure === "countable") q.countable = true;
  else if (measure === "reached") {
    const rank = FUNNEL_STAGES.indexOf(params.get("stage") as never);
    if (rank < 1) throw bad(`stage is one of ${FUNNEL_STAGES.slice(1).join(", ")}`);
    q.stageMin = rank;
  } else if (measure !== "incidents") throw bad("the measure is incidents, countable or reached");
  if (measure !== "reached" && params.has("stage")) throw bad("stage goes with reached");
  return q;
}

/** Replaces every live figure with its number, or the withheld text; suppression decides. */
export function renderFigures(
  markdown: string,
  aggregates: SuppressedAggregates,
  opts: FigureOptions = {},
): string {
  const format = new Intl.NumberFormat(opts.locale ?? "en");
  return markdown.replace(FIGURE_PATTERN, (_, spec: string) => {
    const { value, derivable } = aggregates.derive(parseFigure(spec));
    const withheld =
      opts.withheldText ??
      WITHHELD_BY_LANGUAGE[(opts.locale ?? "en").split("-")[0]!] ??
      "[withheld]";
    return derivable ? format.format(value) : withheld;
  });
}

/** Resolves the live figures of a markdown text against the public store as it is now. */
export async function resolveLiveFigures(
  markdown: string,
  publicDb: PublicDb,
  opts: FigureOptions = {},
): Promise<string> {
  if (!markdown.match(FIGURE_PATTERN)) return markdown;
  const facts = await countedIncidentFacts(publicDb);
  return renderFigures(
    markdown,
    suppressAggregates(facts, opts.threshold ?? DEFAULT_THRESHOLD),
    opts,
  );
}
