import type { TopLevelSpec } from "vega-lite";
import { chartMessages, type ChartMessages } from "./chart-messages.ts";
import {
  BAR,
  baseConfig,
  INTL_TAGS,
  numberFormatter,
  renderChartSvg,
  type RenderedFigure,
  type RenderLang,
} from "./chart-svg.ts";

/** The stages of the accountability funnel, furthest last. */
export const FUNNEL_STAGES = [
  "reported",
  "registered",
  "investigation_opened",
  "perpetrator_identified",
  "charged",
  "convicted",
] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

/** Options every chart takes besides its data and strings. */
export interface ChartOptions {
  lang: RenderLang;
  /** Counts below this come in as null; shown as "<threshold". Default 5. */
  threshold?: number;
  /** Design width in px; the SVG scales down from it. Default 400. */
  width?: number;
  /** Id prefix for <title>/<desc> when several charts share a page; default derived from content. */
  id?: string;
  messages?: Partial<ChartMessages>;
}

/** Funnel data: one count per stage; null means suppressed. */
export interface FunnelRow {
  stage: FunnelStage;
  count: number | null;
}

/** Translated strings for the funnel chart. */
export interface FunnelText {
  title: string;
  axisTitle: string;
  stageLabels: Record<FunnelStage, string>;
  tableCaption?: string;
  stageColumn: string;
  countColumn: string;
  shareColumn: string;
}

/** One bar with its row label, the value it stands for (0 when suppressed) and its direct label. */
interface LabelledBar {
  label: string;
  value: number | null;
  text: string;
}

const FONT_PX = 13;

/**
 * Horizontal bars with each category written above its bar and the value at the bar's end:
 * readable in any colour scheme, and long Georgian labels get the full width instead of being
 * squeezed into an axis gutter.
 */
function labelledBarsSpec(
  bars: LabelledBar[],
  axisTitle: string,
  opts: ChartOptions,
): TopLevelSpec {
  const width = opts.width ?? 400;
  const max = Math.max(1, ...bars.map((b) => b.value ?? 0));
  // Leave room at the right for the longest value label (Vega estimates ~0.6 em per character).
  const reserve = Math.max(...bars.map((b) => b.text.length), 1) * FONT_PX * 0.6 + 8;
  const domainMax = (max * width) / Math.max(width - reserve, width / 2);
  const values = bars.map((b, i) => ({ ...b, key: i, x: b.value ?? 0 }));
  const y = { field: "key", type: "ordinal" as const, axis: null, sort: "ascending" as const };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width,
    height: { step: 44 },
    config: baseConfig(opts.lang),
    data: { values },
    encoding: { y: { ...y, scale: { paddingInner: 0.5, paddingOuter: 0.5 } } },
    layer: [
      {
        transform: [{ filter: "datum.value != null" }],
        mark: { type: "bar", color: BAR },
        encoding: {
          x: {
            field: "x",
            type: "quantitative",
            title: axisTitle,
            scale: { domain: [0, domainMax], nice: false },
            axis: { tickMinStep: 1, format: ",d", grid: true, tickCount: 5 },
          },
        },
      },
      {
        mark: { type: "text", align: "left", baseline: "bottom", dy: -4 },
        encoding: { x: { datum: 0 }, y: { ...y, bandPosition: 0 }, text: { field: "label" } },
      },
      {
        mark: { type: "text", align: "left", baseline: "middle", dx: 5, fontWeight: "bold" },
        encoding: { x: { field: "x", type: "quantitative" }, text: { field: "text" } },
      },
    ],
  };
}

/** Accountability funnel (reported → … → convicted) as labelled horizontal bars. */
export async function renderFunnelChart(
  rows: readonly FunnelRow[],
  text: FunnelText,
  opts: ChartOptions,
): Promise<RenderedFigure> {
  const m = chartMessages(opts.lang, opts.messages);
  const t = opts.threshold ?? 5;
  const num = numberFormatter(opts.lang);
  const pct = new Intl.NumberFormat(INTL_TAGS[opts.lang], {
    style: "percent",
    maximumFractionDigits: 0,
  });
  const byStage = new Map(rows.map((r) => [r.stage, r.count]));
  const reported = byStage.get("reported") ?? null;
  const stages = FUNNEL_STAGES.filter((s) => byStage.has(s));
  const share = (n: number | null) => (n !== null && reported ? pct.format(n / reported) : null);
  const bars = stages.map((stage) => {
    const n = byStage.get(stage) ?? null;
    const s = stage === "reported" ? null : share(n);
    const valueText = n === null ? m.suppressedShort(t) : num(n);
    return {
      label: text.stageLabels[stage],
      value: n,
      text: s ? `${valueText} (${s})` : valueText,
    };
  });

  const spoken = (stage: FunnelStage) => {
    const n = byStage.get(stage) ?? null;
    if (n === null) return `${text.stageLabels[stage]}: ${m.suppressedLong(t)}`;
    const s = stage === "reported" ? null : share(n);
    return `${text.stageLabels[stage]}: ${num(n)}${s ? ` (${s})` : ""}`;
  };
  const [first, ...rest] = stages;
  const description =
    first === undefined
      ? m.noData
      : [
          `${spoken(first)}.`,
          rest.length ? `${m.ofThese} ${rest.map(spoken).join("; ")}.` : "",
          reported && rest.length ? m.shareNote : "",
        ]
          .filter(Boolean)
          .join(" ");

  const table = {
    caption: text.tableCaption ?? text.title,
    columns: [text.stageColumn, text.countColumn, text.shareColumn],
    rows: stages.map((stage) => {
      const n = byStage.get(stage) ?? null;
      return {
        label: text.stageLabels[stage],
        cells: [
          n === null ? m.suppressedLong(t) : num(n),
          (stage !== "reported" && share(n)) || "—",
        ],
      };
    }),
  };
  const spec = labelledBarsSpec(bars, text.axisTitle, opts);
  const svg = await renderChartSvg(spec, { id: opts.id, title: text.title, description });
  return { svg, title: text.title, description, table };
}

/** Median days from an incident to the first response, per host state; null means suppressed. */
export interface MedianRow {
  state: string;
  stateLabel: string;
  medianDays: number | null;
}

/** Translated strings for the median chart. */
export interface MedianText {
  title: string;
  axisTitle: string;
  tableCaption?: string;
  stateColumn: string;
  medianColumn: string;
}

/** Median days to first response by host state, longest first, with the value at each bar. */
export async function renderMedianResponseChart(
  rows: readonly MedianRow[],
  text: MedianText,
  opts: ChartOptions,
): Promise<RenderedFigure> {
  const m = chartMessages(opts.lang, opts.messages);
  const t = opts.threshold ?? 5;
  const days = new Intl.NumberFormat(INTL_TAGS[opts.lang], {
    style: "unit",
    unit: "day",
    unitDisplay: "long",
    maximumFractionDigits: 1,
  });
  // Longest wait first; suppressed last; ties by state code so the output never depends on input order.
  const sorted = [...rows].sort(
    (a, b) =>
      (b.medianDays ?? -1) - (a.medianDays ?? -1) ||
      (a.state < b.state ? -1 : a.state > b.state ? 1 : 0),
  );
  const spoken = (r: MedianRow) =>
    r.medianDays === null ? m.medianSuppressed(t) : days.format(r.medianDays);
  const bars = sorted.map((r) => ({
    label: r.stateLabel,
    value: r.medianDays,
    text: r.medianDays === null ? m.suppressedWord : days.format(r.medianDays),
  }));
  const description = sorted.length
    ? `${text.title}: ${sorted.map((r) => `${r.stateLabel} — ${spoken(r)}`).join("; ")}.`
    : m.noData;
  const table = {
    caption: text.tableCaption ?? text.title,
    columns: [text.stateColumn, text.medianColumn],
    rows: sorted.map((r) => ({ label: r.stateLabel, cells: [spoken(r)] })),
  };
  const spec = labelledBarsSpec(bars, text.axisTitle, opts);
  const svg = await renderChartSvg(spec, { id: opts.id, title: text.title, description });
  return { svg, title: text.title, description, table };
}

export {
  renderTacticTrendChart,
  type TacticTrendRow,
  type TacticTrendText,
} from "./tactic-trend-chart.ts";
