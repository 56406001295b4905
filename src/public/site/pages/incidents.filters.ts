import type { Kysely } from "kysely";
import { FLAT_SCHEMES, TACTIC_GROUPS, TACTICS } from "../../../vocabularies/vocabulary.codes.ts";
import {
  cachedByPublication,
  distinctValues,
  type IncidentFilters,
} from "./incidents.repository.ts";

/** The filter fields of the incident form, in the order the form shows them. */
export const FILTER_FIELDS = [
  "origin",
  "host",
  "group",
  "tactic",
  "year",
  "profile",
  "stage",
  "verification",
] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** The values each select offers (codes; labels come from the vocabularies). */
export type FilterOptions = Record<FilterField, string[]>;

/** What the query string asked for, once checked against the options. */
export interface ParsedFilters {
  filters: IncidentFilters;
  /** The raw (valid) values, to keep the form filled in and to build page links. */
  values: Partial<Record<FilterField, string>>;
  /** Fields whose value is not one of the options. */
  invalid: FilterField[];
  /** The requested page (1 when absent); null when it is not a page number at all. */
  page: number | null;
}

// Retracted incidents are never published, so the public cannot filter for them.
const VERIFICATION = FLAT_SCHEMES.verification_status.filter((v) => v !== "retracted");
const MAX_LENGTH = 64;

/** The options of every select: states and years that occur, the vocabularies, the stages. */
export function filterOptions(db: Kysely<any>): Promise<FilterOptions> {
  return cachedByPublication(db, "filter-options", async () => ({
    origin: await distinctValues(db, "origin_state"),
    host: await distinctValues(db, "host_state"),
    group: Object.keys(TACTIC_GROUPS),
    tactic: Object.keys(TACTICS),
    year: (await distinctValues(db, "year")).reverse(),
    profile: [...FLAT_SCHEMES.target_profile],
    stage: ["0", "1", "2", "3", "4", "5", "6"],
    verification: VERIFICATION,
  }));
}

/** A page number from text: "1"…"999999"; anything else (0, -1, "x", huge) is null. */
export function parsePage(raw: string | undefined): number | null {
  if (raw === undefined || raw === "") return 1;
  if (!/^\d{1,6}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 ? n : null;
}

/**
 * Checks each filter against the options offered: an unknown value is reported back (and the
 * form shows an error) instead of reaching the database, so bad input never becomes a 500.
 */
export function parseFilters(
  query: Readonly<Record<string, string>> | undefined,
  options: FilterOptions,
): ParsedFilters {
  const q = query ?? {};
  const values: ParsedFilters["values"] = {};
  const invalid: FilterField[] = [];
  const filters: IncidentFilters = {};
  for (const field of FILTER_FIELDS) {
    const raw = q[field];
    if (raw === undefined || raw === "") continue;
    if (raw.length > MAX_LENGTH || !options[field].includes(raw)) {
      invalid.push(field);
      continue;
    }
    values[field] = raw;
    if (field === "year" || field === "stage") filters[field] = Number(raw);
    else filters[field] = raw;
  }
  return { filters, values, invalid, page: parsePage(q.page) };
}

/** A query string for these filter values (and page), empty values left out. */
export function filterQuery(values: ParsedFilters["values"], page = 1): string {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const v = values[field];
    if (v) params.set(field, v);
  }
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}
