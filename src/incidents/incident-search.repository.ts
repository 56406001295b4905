import { sql } from "kysely";
import type { Dialect } from "../db/stores.ts";
import type { Db } from "../records/record.repository.ts";

/** A staff search: free text plus filters, one page at a time. */
export interface IncidentQuery {
  text?: string;
  origin?: string;
  host?: string;
  tactic?: string;
  tacticGroup?: string;
  yearFrom?: number;
  yearTo?: number;
  page?: number;
  pageSize?: number;
  /** Only incidents of this organisation or with these ids (shared by grants); all when absent. */
  visibleTo?: { orgId: string; sharedIds: readonly string[] };
}

/** One page of matching incidents plus counts by facet over all matches. */
export interface IncidentSearchResult {
  total: number;
  items: {
    id: string;
    title: string;
    origin_state: string;
    host_state: string;
    start_year: number | null;
    furthest_stage: number;
    verification_status: string;
  }[];
  facets: {
    origin: Record<string, number>;
    host: Record<string, number>;
    year: Record<string, number>;
    stage: Record<string, number>;
  };
}

const token = (prefix: string, code: string) =>
  `${prefix}${code.toLowerCase().replace(/[^a-z0-9]/g, "")}`;

/** Words of a free-text query, stripped of anything the full-text syntax would interpret. */
export function queryWords(text: string | undefined): string[] {
  return (
    (text ?? "")
      .normalize("NFC")
      // "İ".toLowerCase() is "i" + a combining dot, which the split below would cut in two.
      .replace(/İ/g, "i")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0)
      .slice(0, 8)
  );
}

/** Filter tokens (as indexed in search_facets): every one must match; years are alternatives. */
function facetTerms(q: IncidentQuery): { all: string[]; years: string[] } {
  const all: string[] = [];
  if (q.origin) all.push(token("o", q.origin));
  if (q.host) all.push(token("h", q.host));
  if (q.tactic) all.push(token("t", q.tactic));
  if (q.tacticGroup) all.push(token("g", q.tacticGroup));
  const years: string[] = [];
  if (q.yearFrom !== undefined || q.yearTo !== undefined) {
    const from = Math.max(q.yearFrom ?? 1990, 1990);
    const to = Math.min(q.yearTo ?? new Date().getUTCFullYear(), from + 60);
    for (let y = from; y <= to; y++) years.push(`y${y}`);
    // An empty range (from after to) must match nothing, not drop the filter.
    if (years.length === 0) years.push("ynone");
  }
  return { all, years };
}

function ftsMatch(q: IncidentQuery): string | null {
  const words = queryWords(q.text).map((w) => `"${w}"*`);
  const { all, years } = facetTerms(q);
  const facetParts = [...all, ...(years.length ? [`(${years.join(" OR ")})`] : [])];
  const parts = [
    ...(words.length ? [`{title public_summary} : (${words.join(" AND ")})`] : []),
    ...(facetParts.length ? [`search_facets : (${facetParts.join(" AND ")})`] : []),
  ];
  return parts.length ? parts.join(" AND ") : null;
}

function tsQuery(q: IncidentQuery): string | null {
  const words = queryWords(q.text).map((w) => `${w.replace(/'/g, "")}:*`);
  const { all, years } = facetTerms(q);
  const parts = [...words, ...all, ...(years.length ? [`(${years.join(" | ")})`] : [])];
  return parts.length ? parts.join(" & ") : null;
}

function countBy(rows: { k: unknown; n: unknown }[]): Record<string, number> {
  return Object.fromEntries(rows.map((r) => [String(r.k), Number(r.n)]));
}

/**
 * Searches incidents: one full-text index answers text and filters together (facet tokens are
 * indexed beside the words), so the selective side of the query drives it on both dialects.
 */
export async function searchIncidents(
  db: Db,
  dialect: Dialect,
  q: IncidentQuery,
): Promise<IncidentSearchResult> {
  const pageSize = Math.min(Math.max(q.pageSize ?? 50, 1), 200);
  const offset = Math.max((q.page ?? 1) - 1, 0) * pageSize;
  const cols = sql`i.id, i.title, i.origin_state, i.host_state, i.start_year, i.furthest_stage, i.verification_status`;
  const v = q.visibleTo;
  const visible = v
    ? v.sharedIds.length
      ? sql`(i.org_id = ${v.orgId} or i.id in (${sql.join(v.sharedIds.map((id) => sql`${id}`))}))`
      : sql`i.org_id = ${v.orgId}`
    : sql`1 = 1`;
  let matches;
  if (dialect === "sqlite") {
    const m = ftsMatch(q);
    matches = m
      ? sql`select ${cols} from incident_fts f join incidents i on i.rowid = f.rowid where incident_fts match ${m} and ${visible}`
      : sql`select ${cols} from incidents i where ${visible}`;
  } else {
    const t = tsQuery(q);
    // i.search also holds the facet tokens ("vverified", "tspyware"): words must match the text
    // itself, as on SQLite where they are limited to {title public_summary}.
    const words = queryWords(q.text).map((w) => `${w.replace(/'/g, "")}:*`);
    const textOnly = words.length
      ? sql` and to_tsvector('simple', coalesce(i.title, '') || ' ' || coalesce(i.public_summary, '')) @@ to_tsquery('simple', ${words.join(" & ")})`
      : sql``;
    matches = t
      ? sql`select ${cols} from incidents i where i.search @@ to_tsquery('simple', ${t})${textOnly} and ${visible}`
      : sql`select ${cols} from incidents i where ${visible}`;
  }
  const [items, facetRows] = await Promise.all([
    sql<
      IncidentSearchResult["items"][number]
    >`select * from (${matches}) m order by m.start_year desc, m.id limit ${pageSize} offset ${offset}`.execute(
      db,
    ),
    sql<{ f: string; k: unknown; n: unknown }>`with m as materialized (${matches})
      select 'origin' as f, origin_state as k, count(*) as n from m group by origin_state
      union all select 'host', host_state, count(*) from m group by host_state
      union all select 'year', cast(coalesce(start_year, 0) as text), count(*) from m group by coalesce(start_year, 0)
      union all select 'stage', cast(furthest_stage as text), count(*) from m group by furthest_stage`.execute(
      db,
    ),
  ]);
  const of = (f: string) => countBy(facetRows.rows.filter((r) => r.f === f));
  const origin = of("origin");
  return {
    total: Object.values(origin).reduce((a, b) => a + b, 0),
    items: items.rows.map((r) => ({
      ...r,
      start_year: r.start_year === null ? null : Number(r.start_year),
      furthest_stage: Number(r.furthest_stage),
    })),
    facets: { origin, host: of("host"), year: of("year"), stage: of("stage") },
  };
}
