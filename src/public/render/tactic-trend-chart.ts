import type { TopLevelSpec } from "vega-lite";
import { chartMessages } from "./chart-messages.ts";
import {
  BAR,
  baseConfig,
  numberFormatter,
  renderChartSvg,
  type RenderedFigure,
} from "./chart-svg.ts";
import type { ChartOptions } from "./charts.ts";

/** Incidents of one tactic group in one year; null means suppressed, a missing cell means 0. */
export interface TacticTrendRow {
  group: string;
  year: number;
  count: number | null;
}

/** Translated strings for the tactic-group trend chart. */
export interface TacticTrendText {
  title: string;
  xAxisTitle: string;
  /** Labels of the groups to show, in display order (e.g. vocabulary order). */
  groupLabels: Record<string, string>;
  tableCaption?: string;
  groupColumn: string;
}

/**
 * Incidents by tactic group over the years as small multiples: one panel per group, headed by
 * its name, each bar carrying its count. Series are told apart by position and direct labels,
 * never by colour, and a phone shows the panels one under another.
 */
export async function renderTacticTrendChart(
  rows: readonly TacticTrendRow[],
  text: TacticTrendText,
  opts: ChartOptions,
): Promise<RenderedFigure> {
  const m = chartMessages(opts.lang, opts.messages);
  const t = opts.threshold ?? 5;
  const num = numberFormatter(opts.lang);
  const groups = Object.keys(text.groupLabels);
  const present = rows.filter((r) => r.group in text.groupLabels);
  const years = present.map((r) => r.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const allYears = years.length
    ? Array.from({ length: last - first + 1 }, (_, i) => first + i)
    : [];
  const cell = new Map(present.map((r) => [`${r.group}|${r.year}`, r.count]));
  const countOf = (g: string, y: number) => {
    const key = `${g}|${y}`;
    return cell.has(key) ? (cell.get(key) ?? null) : 0;
  };
  const label = (n: number | null) => (n === null ? m.suppressedShort(t) : num(n));

  const values = groups.flatMap((g) =>
    allYears.map((y) => {
      const n = countOf(g, y);
      return { group: text.groupLabels[g], year: String(y), value: n, y: n ?? 0, text: label(n) };
    }),
  );
  const max = Math.max(1, ...values.map((v) => v.y));
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: baseConfig(opts.lang),
    data: { values },
    facet: {
      row: {
        field: "group",
        type: "nominal",
        sort: groups.map((g) => text.groupLabels[g]!),
        title: null,
        header: {
          labelOrient: "top",
          labelAngle: 0,
          labelAlign: "left",
          labelAnchor: "start",
          labelFontWeight: "bold",
        },
      },
    },
    spacing: 14,
    spec: {
      width: opts.width ?? 400,
      height: 56,
      encoding: {
        x: {
          field: "year",
          type: "ordinal",
          title: text.xAxisTitle,
          sort: "ascending",
          scale: { paddingInner: 0.2 },
          axis: {
            labelAngle: allYears.length > 12 ? -90 : 0,
            labelAlign: allYears.length > 12 ? "right" : "center",
          },
        },
      },
      layer: [
        {
          transform: [{ filter: "datum.value != null" }],
          mark: { type: "bar", color: BAR },
          // Headroom above the tallest bar for its label; no y axis, the labels carry the values.
          encoding: {
            y: {
              field: "y",
              type: "quantitative",
              axis: null,
              scale: { domain: [0, max * 1.3], nice: false },
            },
          },
        },
        {
          mark: { type: "text", baseline: "bottom", dy: -2, fontSize: 11 },
          encoding: { y: { field: "y", type: "quantitative" }, text: { field: "text" } },
        },
      ],
    },
  };

  const sentences = groups.map((g) => groupSentence(g));
  function groupSentence(g: string): string {
    const counts = allYears.map((y) => countOf(g, y));
    const known = counts.filter((n): n is number => n !== null);
    const name = text.groupLabels[g]!;
    const peak = Math.max(0, ...known);
    // Nothing known but suppressed cells: a total of "at least 0" would say nothing, list the years.
    if (peak === 0 && known.length < counts.length) {
      return `${name} — ${allYears.map((y, i) => `${y}: ${label(counts[i]!)}`).join(", ")}`;
    }
    const sum = num(known.reduce((a, b) => a + b, 0));
    const total = known.length < counts.length ? m.atLeast(sum) : sum;
    const range = `${m.total} ${total} (${first}–${last})`;
    if (peak === 0) return `${name} — ${range}`;
    return `${name} — ${range}; ${m.peak} ${allYears[counts.indexOf(peak)]!}: ${num(peak)}`;
  }
  const description = allYears.length ? `${text.title}. ${sentences.join(". ")}.` : m.noData;
  const table = {
    caption: text.tableCaption ?? text.title,
    columns: [text.groupColumn, ...allYears.map(String)],
    rows: groups.map((g) => ({
      label: text.groupLabels[g]!,
      cells: allYears.map((y) => {
        const n = countOf(g, y);
        return n === null ? m.suppressedShort(t) : num(n);
      }),
    })),
  };
  const svg = await renderChartSvg(spec, { id: opts.id, title: text.title, description });
  return { svg, title: text.title, description, table };
}
