import {
  deriveStage,
  stageName,
  STATUS_RANK,
  type InterventionStatus,
} from "../interventions/intervention-stage.ts";
import type { DomainRecord } from "../records/record.types.ts";
import { TACTIC_GROUPS, TACTICS } from "../vocabularies/vocabulary.codes.ts";
import type {
  CaseBundle,
  PublicCitation,
  PublicDate,
  PublicIncident,
  PublicPlace,
  PublicResponse,
} from "./public-incident.types.ts";

/** Attribution confidences (ICD 203) high enough to name a state in public. */
export const PUBLISHABLE_CONFIDENCE: readonly string[] = [
  "almost_certain",
  "very_likely",
  "likely",
];

/** Consent levels that allow an incident to be shown as an individual (anonymised) case. */
export const CASE_CONSENT_LEVELS: readonly string[] = ["anonymised_case", "named_case"];

// Precisions at which a month is known; anything coarser (year, range, unknown) shows the year.
const MONTH_KNOWN = new Set(["exact", "approximate_day", "week", "month"]);
// Places known at least to the city; region is not city or country, so it shows the country.
const CITY_KNOWN = new Set(["address", "neighbourhood", "city"]);
const TACTIC_ORDER = Object.keys(TACTICS);

const str = (v: unknown): string | null => (typeof v === "string" && v !== "" ? v : null);

/** A date generalised to month or year; never a day. */
export function generaliseDate(date: unknown, precision: unknown): string | null {
  const d = str(date);
  if (!d) return null;
  if (MONTH_KNOWN.has(String(precision)) && d.length >= 7) return d.slice(0, 7);
  return d.slice(0, 4);
}

function publicDate(i: DomainRecord): PublicDate {
  const from = generaliseDate(i.start_date, i.start_precision);
  let to = generaliseDate(i.end_date, i.end_precision ?? i.start_precision);
  if (to === from) to = null;
  const precision = !from ? "unknown" : from.length === 7 ? "month" : "year";
  return { from, to: from ? to : null, precision };
}

/** A place generalised to the city or the country; never an address or neighbourhood. */
export function generalisePlace(i: DomainRecord): PublicPlace {
  const country = String(i.host_state);
  const precision = String(i.place_precision);
  const city = str(i.place_city);
  if (precision === "online") return { city: null, country, precision: "online" };
  if (CITY_KNOWN.has(precision) && city) return { city, country, precision: "city" };
  return { city: null, country, precision: precision === "unknown" ? "unknown" : "country" };
}

/** The top-level PACE group of a tactic (digital threats → threats from a distance). */
export function topGroupOf(tactic: string): string {
  const group: string = TACTICS[tactic as keyof typeof TACTICS] ?? "unknown";
  return TACTIC_GROUPS[group as keyof typeof TACTIC_GROUPS] ?? group;
}

function tacticsOf(acts: DomainRecord[]) {
  const codes = [...new Set(acts.map((a) => String(a.tactic)))].sort(
    (a, b) => TACTIC_ORDER.indexOf(a) - TACTIC_ORDER.indexOf(b),
  );
  return codes.map((t) => ({
    tactic: t,
    group: String(TACTICS[t as keyof typeof TACTICS] ?? "unknown"),
    topGroup: topGroupOf(t),
  }));
}

/** The newest record by a partial-date field (ties: the later-created). */
function newest(records: DomainRecord[], field: string): DomainRecord | null {
  const sorted = [...records].sort(
    (a, b) =>
      String(a[field]).localeCompare(String(b[field])) ||
      String(a.created_at).localeCompare(String(b.created_at)),
  );
  return sorted.at(-1) ?? null;
}

/** The level of a person's current consent, or null when none is given or it was withdrawn. */
export function consentLevel(consents: DomainRecord[]): string | null {
  const latest = newest(consents, "given_on");
  if (!latest || latest.withdrawn_on) return null;
  return String(latest.level);
}

/** Whether a victim's name may be published: a named case with a live named-case consent. */
export function mayName(incident: DomainRecord, consents: DomainRecord[]): boolean {
  return incident.named_case === true && consentLevel(consents) === "named_case";
}

function publicAttributions(bundle: CaseBundle): PublicIncident["attributions"] {
  const superseded = new Set(bundle.attributions.map((a) => str(a.supersedes_id)).filter(Boolean));
  const best = new Map<string, { state: string; role: string; confidence: string }>();
  for (const a of bundle.attributions) {
    const state = str(a.attributed_state);
    const confidence = String(a.confidence);
    if (!state || superseded.has(a.id) || a.approved_for_publication !== true) continue;
    if (!PUBLISHABLE_CONFIDENCE.includes(confidence)) continue;
    const key = `${state}|${a.role}`;
    const prev = best.get(key);
    const rank = (c: string) => PUBLISHABLE_CONFIDENCE.indexOf(c);
    if (!prev || rank(confidence) < rank(prev.confidence))
      best.set(key, { state, role: String(a.role), confidence });
  }
  return [...best.values()].sort((x, y) =>
    `${x.state}${x.role}`.localeCompare(`${y.state}${y.role}`),
  );
}

function days(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** Furthest stage, the day each stage was first reached counted from the first filing, and waiting time. */
export function publicResponse(bundle: CaseBundle, today: string): PublicResponse {
  const derived = bundle.interventions.map(({ intervention, events }) => {
    const evs = events.map((e) => ({
      status: String(e.status),
      occurred_on: String(e.occurred_on),
    }));
    const filed =
      str(intervention.filed_on) ?? evs.find((e) => e.status === "filed")?.occurred_on ?? null;
    return { filed, events: evs, stage: deriveStage(str(intervention.filed_on), evs) };
  });
  const furthest = Math.max(0, ...derived.map((d) => d.stage.furthest_stage));
  const filings = derived
    .map((d) => d.filed)
    .filter((f): f is string => !!f)
    .sort();
  const firstFiling = filings[0] ?? null;
  const timeline: PublicResponse["timeline"] = [];
  for (let rank = 1; rank <= furthest; rank++) {
    const reached = derived
      .flatMap((d) => d.events)
      .filter((e) => (STATUS_RANK[e.status as InterventionStatus] ?? 0) >= rank)
      .map((e) => e.occurred_on)
      .sort();
    const on = rank === 1 ? (firstFiling ?? reached[0]) : reached[0];
    timeline.push({
      stage: stageName(rank),
      daysFromFiling: on && firstFiling ? days(firstFiling, on) : null,
    });
  }
  const responses = derived
    .map((d) => d.stage.first_response_days)
    .filter((n): n is number => n !== null);
  const firstResponseDays = responses.length ? Math.min(...responses) : null;
  return {
    furthestStage: stageName(furthest),
    furthestStageRank: furthest,
    timeline,
    firstResponseDays,
    daysWithoutResponse:
      firstResponseDays === null && firstFiling ? Math.max(0, days(firstFiling, today)) : null,
    complaints: bundle.interventions.length,
  };
}

function citations(bundle: CaseBundle): PublicCitation[] {
  const seen = new Set<string>();
  const out: PublicCitation[] = [];
  for (const { information, source } of bundle.information) {
    // Protected sources never leave the vault; a person as a source is never cited either.
    if (source.is_protected !== false || source.kind === "person" || seen.has(source.id)) continue;
    seen.add(source.id);
    out.push({
      label: String(source.label),
      url: str(source.public_url),
      publishedOn: str(source.published_on),
      grade: `${source.reliability}${information.credibility}`,
    });
  }
  return out;
}

/**
 * The redaction projection: turns a case bundle into exactly what DATA-MODEL.md lets the public
 * know. Pure; every field is copied by name from an allow-list, never by spreading a record.
 */
export function projectIncident(
  bundle: CaseBundle,
  opts: { publicId: string; today: string },
): PublicIncident {
  const i = bundle.incident;
  const date = publicDate(i);
  const tactics = tacticsOf(bundle.acts);
  const victims = bundle.victims.map((v) => {
    const profile = newest(v.profiles, "valid_from");
    return {
      name: mayName(i, v.consents) ? v.publicName : null,
      targetProfile: str(profile?.target_profile),
    };
  });
  const targetProfiles = [
    ...new Set(victims.map((v) => v.targetProfile).filter((p): p is string => !!p)),
  ].sort();
  const verificationStatus = String(i.verification_status);
  return {
    publicId: opts.publicId,
    originState: String(i.origin_state),
    hostState: String(i.host_state),
    date,
    year: date.from ? Number(date.from.slice(0, 4)) : null,
    place: generalisePlace(i),
    tactics,
    primaryTactic: tactics[0]?.tactic ?? null,
    primaryTacticGroup: tactics[0]?.topGroup ?? null,
    targetProfiles,
    victims,
    verificationStatus,
    countable: i.countable === true,
    counted: verificationStatus === "verified",
    attributions: publicAttributions(bundle),
    response: publicResponse(bundle, opts.today),
    citations: citations(bundle),
    summary: str(i.public_summary),
  };
}

/** Why a case may not be published as an individual incident (empty when it may). */
export function publicationIssues(bundle: CaseBundle): string[] {
  const issues: string[] = [];
  if (bundle.incident.verification_status === "retracted")
    issues.push("A retracted incident is never published.");
  for (const v of bundle.victims) {
    const level = consentLevel(v.consents);
    if (!level || !CASE_CONSENT_LEVELS.includes(level))
      issues.push(
        `Victim ${String(v.person.pseudonym)} has no live consent to an anonymised or named case.`,
      );
  }
  return issues;
}
