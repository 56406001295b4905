import type { PublicIncident } from "../../../publishing/public-incident.types.ts";

/** The columns of the downloads, in order: exactly what an incident page shows, nothing more. */
export const DOWNLOAD_COLUMNS = [
  "public_id",
  "origin_state",
  "host_state",
  "date_from",
  "date_to",
  "date_precision",
  "year",
  "city",
  "place_precision",
  "tactics",
  "primary_tactic",
  "primary_tactic_group",
  "target_profiles",
  "named_victims",
  "verification_status",
  "counted",
  "countable",
  "attributions",
  "complaints",
  "furthest_stage",
  "first_response_days",
  "days_without_response",
  "sources",
  "summary",
] as const;
export type DownloadColumn = (typeof DOWNLOAD_COLUMNS)[number];

type Value = string | number | boolean | null | string[] | Record<string, unknown>[];

/** One incident as a download row (JSON keeps lists and objects; CSV flattens them). */
export function downloadRecord(p: PublicIncident): Record<DownloadColumn, Value> {
  return {
    public_id: p.publicId,
    origin_state: p.originState,
    host_state: p.hostState,
    date_from: p.date.from,
    date_to: p.date.to,
    date_precision: p.date.precision,
    year: p.year,
    city: p.place.precision === "city" ? p.place.city : null,
    place_precision: p.place.precision,
    tactics: p.tactics.map((t) => t.tactic),
    primary_tactic: p.primaryTactic,
    primary_tactic_group: p.primaryTacticGroup,
    target_profiles: p.targetProfiles,
    named_victims: p.victims.flatMap((v) => (v.name ? [v.name] : [])),
    verification_status: p.verificationStatus,
    counted: p.counted,
    countable: p.countable,
    attributions: p.attributions.map((a) => ({
      state: a.state,
      role: a.role,
      confidence: a.confidence,
    })),
    complaints: p.response.complaints,
    furthest_stage: p.response.furthestStage,
    first_response_days: p.response.firstResponseDays,
    days_without_response: p.response.daysWithoutResponse,
    sources: p.citations.map((c) => ({
      label: c.label,
      url: c.url,
      published_on: c.publishedOn,
      grade: c.grade,
    })),
    summary: p.summary,
  };
}

/** A value as CSV text: lists joined by "; ", attributions "AZ:role:confidence", sources "B2 label <url>". */
function flatten(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "true" : "false";
  if (typeof v === "number") return String(v);
  if (typeof v === "string") return v;
  return v
    .map((x) => {
      if (typeof x === "string") return x;
      if ("grade" in x) return `${x.grade} ${x.label}${x.url ? ` <${x.url}>` : ""}`;
      return `${x.state}:${x.role}:${x.confidence}`;
    })
    .join("; ");
}

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; a cell a spreadsheet
 * would run as a formula (starting with = + - @, tab or CR) gets a leading apostrophe first.
 */
export function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record with its CRLF line end. */
export function csvLine(values: readonly string[]): string {
  return values.map(csvField).join(",") + "\r\n";
}

/** An incident as a CSV record, in DOWNLOAD_COLUMNS order. */
export function csvRecord(p: PublicIncident): string {
  const r = downloadRecord(p);
  return csvLine(DOWNLOAD_COLUMNS.map((c) => flatten(r[c])));
}
