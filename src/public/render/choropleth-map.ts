import { geoBounds, geoConicEqualArea, geoPath } from "d3-geo";
import type { MultiPoint } from "geojson";
import { chartMessages, type ChartMessages } from "./chart-messages.ts";
import {
  accessibleSvg,
  escapeXml,
  INK,
  numberFormatter,
  stableId,
  type RenderedFigure,
  type RenderLang,
} from "./chart-svg.ts";
import { countryShapes, shapeOf, type CountryShape, type MapResolution } from "./map-geometry.ts";

/** One host state's value; null means suppressed (below the threshold). */
export interface MapRow {
  /** ISO 3166-1 alpha-2 code, e.g. "GE". */
  state: string;
  stateLabel: string;
  value: number | null;
}

/** Translated strings for the map. */
export interface MapText {
  title: string;
  stateColumn: string;
  valueColumn: string;
  noDataLabel: string;
  legendTitle?: string;
  tableCaption?: string;
}

/** Rendering options for the map. */
export interface MapOptions {
  lang: RenderLang;
  threshold?: number;
  /** Design width in px (default 480); the height follows the region's shape. */
  width?: number;
  /** Number of value classes, 2–5 (default 4). */
  classes?: number;
  resolution?: MapResolution;
  id?: string;
  messages?: Partial<ChartMessages>;
}

// The region a dashboard is about; a host far outside it (e.g. the US) is listed, not drawn.
const WINDOW = { lon: [-25, 90], lat: [25, 72] } as const;
const MIN_SPAN = { lon: 24, lat: 14 };
const LAND = "#f3f2f1";
// Light to dark; each class also gets its own hatching so the map reads in greyscale.
const RAMP = ["#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b"];

/**
 * Lower bounds of up to `k` classes over [lo, hi]: geometric steps (incident counts are skewed,
 * a few host states hold most cases) snapped to 1-2-2.5-5 numbers so the legend reads easily.
 */
export function classBreaks(lo: number, hi: number, k: number): number[] {
  const snap = (x: number) => {
    const p = 10 ** Math.floor(Math.log10(x));
    const candidates = [1, 2, 2.5, 5, 10].map((m) => m * p);
    return candidates.reduce((best, c) =>
      Math.abs(Math.log(c / x)) < Math.abs(Math.log(best / x)) ? c : best,
    );
  };
  const base = Math.max(lo, 1);
  const bounds = [lo];
  for (let i = 1; i < k; i++) {
    const b = Math.round(snap(base * (Math.max(hi, base) / base) ** (i / k)));
    if (b > bounds[bounds.length - 1]! && b <= hi) bounds.push(b);
  }
  return bounds;
}

/** Drops points that round onto the previous one: at 0.1 px they draw nothing. */
function dedupePath(d: string): string {
  return d.replace(/L(-?[\d.]+,-?[\d.]+)/g, (seg, pt: string, offset: number, all: string) => {
    const prev = /(?:[ML])(-?[\d.]+,-?[\d.]+)$/.exec(all.slice(Math.max(0, offset - 24), offset));
    return prev?.[1] === pt ? "" : seg;
  });
}

function hatchPattern(id: string, cls: number, of: number): string {
  const fill = RAMP[Math.round((cls * (RAMP.length - 1)) / Math.max(of - 1, 1))]!;
  const dark = cls >= of / 2;
  const ink = dark ? "#ffffff" : INK;
  const gap = [9, 6, 5, 4, 3][cls] ?? 3;
  const cross = cls >= 2 ? `<path d="M0,0V${gap}" stroke="${ink}" stroke-width="0.7"/>` : "";
  return (
    `<pattern id="${id}-c${cls}" width="${gap}" height="${gap}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect width="${gap}" height="${gap}" fill="${fill}"/><path d="M0,0H${gap}" stroke="${ink}" stroke-width="0.7"/>${cross}</pattern>`
  );
}

function dotPattern(id: string): string {
  return (
    `<pattern id="${id}-sup" width="5" height="5" patternUnits="userSpaceOnUse">` +
    `<rect width="5" height="5" fill="${LAND}"/><circle cx="2.5" cy="2.5" r="0.9" fill="${INK}"/></pattern>`
  );
}

/** Bounding box of the drawn states, clamped to the region, widened to a minimum and padded. */
function regionOf(shapes: CountryShape[]): MultiPoint {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const s of shapes) {
    const [[a, b], [c, d]] = geoBounds(s);
    const east = c < a ? 180 : c; // crosses the antimeridian (Russia): keep the western part
    x0 = Math.min(x0, Math.max(a, WINDOW.lon[0]));
    x1 = Math.max(x1, Math.min(east, WINDOW.lon[1]));
    y0 = Math.min(y0, Math.max(b, WINDOW.lat[0]));
    y1 = Math.max(y1, Math.min(d, WINDOW.lat[1]));
  }
  const widen = (lo: number, hi: number, min: number) => {
    const grow = Math.max(0, min - (hi - lo)) / 2;
    const pad = (hi - lo + 2 * grow) * 0.08;
    return [lo - grow - pad, hi + grow + pad] as const;
  };
  [x0, x1] = widen(x0, x1, MIN_SPAN.lon);
  [y0, y1] = widen(y0, y1, MIN_SPAN.lat);
  // Densified edges: on a conic projection parallels are curves, corners alone would cut them.
  const points: [number, number][] = [];
  for (let i = 0; i <= 20; i++) {
    const x = x0 + ((x1 - x0) * i) / 20;
    const y = y0 + ((y1 - y0) * i) / 20;
    points.push([x, y0], [x, y1], [x0, y], [x1, y]);
  }
  return { type: "MultiPoint", coordinates: points };
}

function inWindow(shape: CountryShape): boolean {
  const [[a, b], [c, d]] = geoBounds(shape);
  const east = c < a ? 180 : c;
  return east > WINDOW.lon[0] && a < WINDOW.lon[1] && d > WINDOW.lat[0] && b < WINDOW.lat[1];
}

/** Choropleth of host states, cropped to the states with data, readable without colour. */
export function renderChoroplethMap(
  rows: readonly MapRow[],
  text: MapText,
  opts: MapOptions,
): RenderedFigure {
  const m = chartMessages(opts.lang, opts.messages);
  const t = opts.threshold ?? 5;
  const num = numberFormatter(opts.lang);
  const width = opts.width ?? 480;
  // Placement and extent come from the light 110m outlines; the drawing resolution follows the span.
  const coarse = countryShapes("110m");
  const sorted = [...rows].sort(
    (a, b) =>
      (b.value ?? -1) - (a.value ?? -1) || (a.state < b.state ? -1 : a.state > b.state ? 1 : 0),
  );
  const placed = sorted.map((r) => ({ row: r, shape: shapeOf(coarse, r.state) }));
  const drawn = placed.filter(
    (p): p is { row: MapRow; shape: CountryShape } => !!p.shape && inWindow(p.shape),
  );
  const outside = placed
    .filter((p) => !drawn.includes(p as (typeof drawn)[number]))
    .map((p) => p.row.stateLabel);

  const known = drawn.map((d) => d.row.value).filter((v): v is number => v !== null);
  const breaks = known.length
    ? classBreaks(
        Math.min(...known),
        Math.max(...known),
        Math.min(Math.max(opts.classes ?? 4, 2), 5),
      )
    : [];
  const classOf = (v: number) => breaks.reduce((c, b, i) => (v >= b ? i : c), 0);

  const region = regionOf(drawn.length ? drawn.map((d) => d.shape) : [shapeOf(coarse, "GE")!]);
  const projection = geoConicEqualArea();
  const [[rx0, ry0], [rx1, ry1]] = geoBounds(region);
  // About one Natural Earth vertex per pixel either way: 50m pays off only when zoomed in.
  const resolution = opts.resolution ?? (rx1 - rx0 <= 40 ? "50m" : "110m");
  const all = countryShapes(resolution);
  for (const d of drawn) d.shape = shapeOf(all, d.row.state) ?? d.shape;
  projection
    .rotate([-(rx0 + rx1) / 2, 0])
    .parallels([ry0 + (ry1 - ry0) / 6, ry1 - (ry1 - ry0) / 6]);
  projection.fitWidth(width, region);
  const [, [, maxY]] = geoPath(projection).bounds(region);
  const height = Math.ceil(maxY);
  projection
    .fitExtent(
      [
        [0, 0],
        [width, height],
      ],
      region,
    )
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  // No adaptive resampling: Natural Earth vertices are already denser than a pixel at this scale.
  const path = geoPath(projection.precision(0)).digits(1);

  const id = opts.id ?? stableId("map", opts.lang, JSON.stringify(rows), String(width));
  const dataIds = new Set(drawn.map((d) => d.shape.id));
  const background = all
    .filter((s) => !dataIds.has(s.id))
    .map((s) => path(s))
    .filter((d): d is string => !!d)
    .map(dedupePath);
  const fillOf = (v: number | null) =>
    v === null ? `url(#${id}-sup)` : `url(#${id}-c${classOf(v)})`;
  const labelOf = (v: number | null) => (v === null ? m.suppressedShort(t) : num(v));
  const states = drawn.map(({ row, shape }) => {
    const d = dedupePath(path(shape) ?? "");
    const tip = `${row.stateLabel}: ${row.value === null ? m.suppressedLong(t) : num(row.value)}`;
    return `<path d="${d}" fill="${fillOf(row.value)}"><title>${escapeXml(tip)}</title></path>`;
  });
  const labels = drawn.flatMap(({ row, shape }) => {
    const [x, y] = path.centroid(shape);
    if (!Number.isFinite(x) || !Number.isFinite(y)) return [];
    return [
      `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" dy="0.35em">${escapeXml(labelOf(row.value))}</text>`,
    ];
  });

  // Legend under the map (not beside it) so it keeps its size on a narrow phone.
  const legendRows = [
    ...breaks.map((b, i) => {
      const top = i + 1 < breaks.length ? breaks[i + 1]! - 1 : Math.max(...known);
      return { fill: `url(#${id}-c${i})`, label: top > b ? `${num(b)}–${num(top)}` : num(b) };
    }),
    { fill: `url(#${id}-sup)`, label: `${m.suppressedShort(t)} — ${m.suppressedWord}` },
    { fill: LAND, label: text.noDataLabel },
  ];
  const legend =
    `<g transform="translate(8,${height + 22})" font-size="13" fill="${INK}">` +
    `<text font-weight="bold">${escapeXml(text.legendTitle ?? m.legendTitle)}</text>` +
    legendRows
      .map(
        (r, i) =>
          `<rect x="0" y="${10 + i * 22}" width="22" height="15" fill="${r.fill}" stroke="${INK}" stroke-width="0.7"/>` +
          `<text x="30" y="${22 + i * 22}">${escapeXml(r.label)}</text>`,
      )
      .join("") +
    `</g>`;
  const totalHeight = height + 22 + 14 + legendRows.length * 22;
  const defs = `<defs>${breaks.map((_, i) => hatchPattern(id, i, breaks.length)).join("")}${dotPattern(id)}</defs>`;
  const body =
    // class="map": the public stylesheet lets a map shrink to any width (charts stop at a minimum).
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" width="${width}" height="${totalHeight}" viewBox="0 0 ${width} ${totalHeight}">` +
    defs +
    `<rect width="${width}" height="${totalHeight}" fill="#ffffff"/>` +
    `<path d="${background.join("")}" fill="${LAND}" stroke="#b1b4b6" stroke-width="0.5"/>` +
    `<g stroke="${INK}" stroke-width="0.8">${states.join("")}</g>` +
    `<g font-size="12" font-weight="bold" text-anchor="middle" fill="${INK}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${labels.join("")}</g>` +
    `<rect width="${width}" height="${height}" fill="none" stroke="#b1b4b6"/>` +
    legend +
    `</svg>`;

  const spoken = (r: MapRow) =>
    `${r.stateLabel}: ${r.value === null ? m.suppressedLong(t) : num(r.value)}`;
  const description = rows.length
    ? [
        drawn.length
          ? `${text.title}. ${drawn.map((d) => spoken(d.row)).join("; ")}.`
          : `${text.title}.`,
        outside.length ? `${m.outsideMap} ${outside.join(", ")}.` : "",
      ]
        .filter(Boolean)
        .join(" ")
    : m.noData;
  const table = {
    caption: text.tableCaption ?? text.title,
    columns: [text.stateColumn, text.valueColumn],
    rows: sorted.map((r) => ({
      label: r.stateLabel,
      cells: [r.value === null ? m.suppressedLong(t) : num(r.value)],
    })),
  };
  const svg = accessibleSvg(body, { id, title: text.title, description });
  return { svg, title: text.title, description, table };
}
