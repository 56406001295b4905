import { createHash } from "node:crypto";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";

/** The four public-site languages (structurally the same union as the i18n module's `Lang`). */
export type RenderLang = "ka" | "en" | "az" | "ru";

/** BCP 47 tags for `Intl`: Azerbaijani is written in Latin script on this site. */
export const INTL_TAGS: Record<RenderLang, string> = {
  ka: "ka",
  en: "en",
  az: "az-Latn",
  ru: "ru",
};

/** The data behind a chart or map, as rows for an HTML table with a caption and scoped headers. */
export interface DataTable {
  caption: string;
  /** Header row; the first entry heads the column of row headers (`<th scope="row">`). */
  columns: string[];
  rows: { label: string; cells: string[] }[];
}

/** What every chart and map renderer returns: inline SVG plus its text alternatives. */
export interface RenderedFigure {
  svg: string;
  title: string;
  description: string;
  table: DataTable;
}

/** System fonts first, then the self-hosted Georgian face, so Mkhedruli never falls back at random. */
export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Georgian', sans-serif";

/** Text and bar colours: both reach at least 4.5:1 on white, so no meaning depends on hue. */
export const INK = "#0b0c0c";
export const BAR = "#1d70b8";

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** Number formatting for one language, built once per call site from `Intl`. */
export function numberFormatter(lang: RenderLang): (n: number) => string {
  const format = new Intl.NumberFormat(INTL_TAGS[lang], { maximumFractionDigits: 1 });
  return (n) => format.format(n);
}

/**
 * Vega's own number locale (d3-format) derived from `Intl`, so axis ticks use the same
 * separators as the labels we format ourselves (1 234 in ka/ru, 1.234 in az).
 */
function vegaNumberLocale(lang: RenderLang): Record<string, unknown> {
  const parts = new Intl.NumberFormat(INTL_TAGS[lang]).formatToParts(1234567.5);
  const part = (type: string, fallback: string) =>
    parts.find((p) => p.type === type)?.value ?? fallback;
  return {
    decimal: part("decimal", "."),
    thousands: part("group", ","),
    grouping: [3],
    currency: ["", ""],
  };
}

// Vega must never fetch anything: every chart is built from inline values.
const refuse = () => Promise.reject(new Error("charts load no external resources"));
const NO_NETWORK_LOADER = {
  ...vega.loader(),
  load: refuse,
  sanitize: refuse,
  http: refuse,
  file: refuse,
};

/** Shared look: readable type, no frame, white ground, no ARIA noise inside a role="img" SVG. */
export function baseConfig(lang: RenderLang): Record<string, unknown> {
  return {
    font: FONT_STACK,
    background: "#ffffff",
    aria: false,
    locale: { number: vegaNumberLocale(lang) },
    view: { stroke: null },
    text: { fontSize: 13, fill: INK, limit: 0 },
    axis: {
      labelFontSize: 12,
      titleFontSize: 13,
      titleFontWeight: "normal",
      labelColor: INK,
      titleColor: INK,
      labelLimit: 0,
      titleLimit: 0,
      gridColor: "#d9d9d9",
      domainColor: "#505a5f",
      tickColor: "#505a5f",
    },
    header: { labelFontSize: 13, labelColor: INK, labelLimit: 0, titleFontSize: 13 },
  };
}

/** Compiles a vega-lite spec and renders it to SVG without a DOM, canvas or network. */
export async function renderVegaLite(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), {
    renderer: "none",
    loader: NO_NETWORK_LOADER,
  });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

const round1 = (m: string) => String(Math.round(Number(m) * 10) / 10);

/**
 * Shrinks Vega's SVG (about half the bytes): drops class/ARIA/default attributes that mean
 * nothing inside an atomic role="img", empty guide paths and groups, moves the font to the root
 * and rounds coordinates to 0.1 px. Only tag text is rewritten, never label text.
 */
export function compactVegaSvg(svg: string): string {
  let out = svg.replace(/<[^>]+>/g, (tag) =>
    tag
      .replace(
        / (?:class|role|aria-roledescription|aria-hidden|pointer-events|font-family|xmlns:xlink|version)="[^"]*"/g,
        "",
      )
      .replace(/ (?:opacity|fill-opacity|stroke-opacity)="1"/g, "")
      .replace(/ transform="translate\(0,0\)"/g, "")
      .replace(/-?\d+\.\d{2,}/g, round1),
  );
  out = out.replace(/<path d="M0,0h0v0h0Z"\/>/g, "").replace(/<path d="" display="none"\/>/g, "");
  // Emptied groups nest, so repeat until nothing changes.
  for (let prev = ""; prev !== out;) {
    prev = out;
    out = out.replace(/<g(?: [^>]*)?><\/g>/g, "");
  }
  return out;
}

/** Deterministic short id for title/desc references, so identical input gives identical SVG. */
export function stableId(prefix: string, ...parts: string[]): string {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return `${prefix}-${hash.digest("hex").slice(0, 10)}`;
}

/**
 * Makes an SVG an accessible image: role="img", <title> and <desc> as the first children,
 * referenced by aria-labelledby; keeps width/height (no layout shift) and the viewBox (so CSS
 * `max-width: 100%; height: auto` scales it down to a 320 px phone).
 */
export function accessibleSvg(
  svg: string,
  opts: { id: string; title: string; description: string },
): string {
  const open = svg.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error("not an SVG document");
  const attrs = open[0].slice(4, -1).replace(/ (?:role|aria-labelledby|font-family)="[^"]*"/g, "");
  const head =
    `<svg${attrs} role="img" aria-labelledby="${opts.id}-title ${opts.id}-desc" font-family="${FONT_STACK}">` +
    `<title id="${opts.id}-title">${escapeXml(opts.title)}</title>` +
    `<desc id="${opts.id}-desc">${escapeXml(opts.description)}</desc>`;
  return head + svg.slice(open[0].length);
}

/** Renders, compacts and labels a vega-lite chart in one step. */
export async function renderChartSvg(
  spec: TopLevelSpec,
  opts: { id?: string; title: string; description: string },
): Promise<string> {
  const body = compactVegaSvg(await renderVegaLite(spec));
  const id = opts.id ?? stableId("chart", opts.title, opts.description, body);
  return accessibleSvg(body, { id, title: opts.title, description: opts.description });
}
