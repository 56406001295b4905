import type { Lang } from "../../../i18n/languages.ts";
import type { ChartMessages } from "../../render/chart-messages.ts";
import type { RenderedFigure } from "../../render/chart-svg.ts";
import {
  FUNNEL_STAGES,
  renderFunnelChart,
  renderMedianResponseChart,
  renderTacticTrendChart,
} from "../../render/charts.ts";
import { renderChoroplethMap } from "../../render/choropleth-map.ts";
import { TACTIC_GROUPS } from "../../../vocabularies/vocabulary.codes.ts";
import { am } from "./accountability.messages.ts";
import { stateName, termLabel } from "./incidents.labels.ts";
import { stageLabel } from "./incidents.messages.ts";
import type { PublicCellRow } from "./incidents.repository.ts";

/** The published cells the dashboard draws from, by table (never recomputed from incidents). */
export interface DashboardCells {
  byHostYear: PublicCellRow[];
  byGroupYear: PublicCellRow[];
  funnel: PublicCellRow[];
  medians: PublicCellRow[];
}

/**
 * One wording for every withheld cell, small or withheld to protect another: telling the two
 * apart ("<5" here, "withheld" there) would narrow both down (docs/decisions.md, suppression).
 */
export function withheldMessages(lang: Lang): Partial<ChartMessages> {
  const word = am.t(lang, "withheld");
  return {
    suppressedShort: () => word,
    suppressedLong: () => word,
    medianSuppressed: () => word,
    suppressedWord: word,
  };
}

const stageLabels = (l: Lang) =>
  Object.fromEntries(FUNNEL_STAGES.map((s, i) => [s, stageLabel(l, i + 1)])) as Record<
    (typeof FUNNEL_STAGES)[number],
    string
  >;

/** The funnel of one scope (a host state, or all when null), over all years. */
export function funnelFigure(
  l: Lang,
  cells: DashboardCells,
  host: string | null,
  threshold: number,
): Promise<RenderedFigure> {
  const scope = host ? stateName(l, host) : am.t(l, "all_hosts");
  const rows = cells.funnel
    .filter((c) => c.host === host && c.year === null && c.stage !== null && c.stage >= 1)
    .sort((a, b) => a.stage! - b.stage!)
    .map((c) => ({ stage: FUNNEL_STAGES[c.stage! - 1]!, count: c.value }));
  return renderFunnelChart(
    rows,
    {
      title: am.t(l, "funnel_title", { scope }),
      axisTitle: am.t(l, "funnel_axis"),
      stageLabels: stageLabels(l),
      stageColumn: am.t(l, "col_stage"),
      countColumn: am.t(l, "col_count"),
      shareColumn: am.t(l, "col_share"),
    },
    { lang: l, threshold, id: "funnel", messages: withheldMessages(l) },
  );
}

/** Median days to the first response per host state (withheld where too few lie behind it). */
export function medianFigure(
  l: Lang,
  cells: DashboardCells,
  threshold: number,
): Promise<RenderedFigure> {
  const rows = cells.medians
    .filter((c) => c.host !== null && c.year === null)
    .map((c) => ({ state: c.host!, stateLabel: stateName(l, c.host!), medianDays: c.value }));
  return renderMedianResponseChart(
    rows,
    {
      title: am.t(l, "median_title"),
      axisTitle: am.t(l, "median_axis"),
      stateColumn: am.t(l, "col_state"),
      medianColumn: am.t(l, "col_median"),
    },
    { lang: l, threshold, id: "median", messages: withheldMessages(l) },
  );
}

/** Incidents per top-level tactic group and year (all host states: the table has no host). */
export function trendFigure(
  l: Lang,
  cells: DashboardCells,
  threshold: number,
): Promise<RenderedFigure> {
  const roots = Object.entries(TACTIC_GROUPS)
    .filter(([, parent]) => parent === null)
    .map(([g]) => g);
  const present = new Set(cells.byGroupYear.map((c) => c.group));
  const groupLabels = Object.fromEntries(
    roots.filter((g) => present.has(g)).map((g) => [g, termLabel(l, "tactic_group", g)]),
  );
  const rows = cells.byGroupYear
    .filter((c) => c.group !== null && c.year !== null)
    .map((c) => ({ group: c.group!, year: c.year!, count: c.value }));
  return renderTacticTrendChart(
    rows,
    {
      title: am.t(l, "trend_title"),
      xAxisTitle: am.t(l, "trend_axis"),
      groupLabels,
      groupColumn: am.t(l, "col_group"),
    },
    { lang: l, threshold, id: "trend", messages: withheldMessages(l) },
  );
}

/** The choropleth of host states over all years. */
export function mapFigure(l: Lang, cells: DashboardCells, threshold: number): RenderedFigure {
  const rows = cells.byHostYear
    .filter((c) => c.host !== null && c.year === null)
    .map((c) => ({ state: c.host!, stateLabel: stateName(l, c.host!), value: c.value }));
  return renderChoroplethMap(
    rows,
    {
      title: am.t(l, "map_title"),
      stateColumn: am.t(l, "col_state"),
      valueColumn: am.t(l, "map_value"),
      noDataLabel: am.t(l, "map_nodata"),
    },
    { lang: l, threshold, id: "map", messages: withheldMessages(l) },
  );
}

/** Stage counts by year for one scope as a plain table: rows are years, columns stages. */
export function funnelByYear(
  l: Lang,
  cells: DashboardCells,
  host: string | null,
): { years: number[]; value: (year: number, stage: number) => string } {
  const mine = cells.funnel.filter((c) => c.host === host && c.year !== null);
  const years = [...new Set(mine.map((c) => c.year!))].sort((a, b) => a - b);
  const key = (y: number, s: number) => `${y}|${s}`;
  const map = new Map(mine.map((c) => [key(c.year!, c.stage!), c.value]));
  const fmt = new Intl.NumberFormat(l === "az" ? "az-Latn" : l);
  return {
    years,
    value: (y, s) => {
      const v = map.get(key(y, s));
      return v === undefined ? "—" : v === null ? am.t(l, "withheld") : fmt.format(v);
    },
  };
}
