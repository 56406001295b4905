import { formatDateTime } from "../../../i18n/i18n.ts";
import type { RenderedFigure } from "../../render/chart-svg.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage, ScrollBox, type Crumb } from "../public-layout.tsx";
import type { PublicPageType, RenderedPage } from "../public-page.ts";
import {
  funnelByYear,
  funnelFigure,
  mapFigure,
  medianFigure,
  trendFigure,
  type DashboardCells,
} from "./accountability.figures.ts";
import { am } from "./accountability.messages.ts";
import { stateName } from "./incidents.labels.ts";
import { stageLabel } from "./incidents.messages.ts";
import { aggregateCells, publicMeta } from "./incidents.repository.ts";

/** A chart or map with its heading, text description and the data table beside it. */
function Figure(props: { id: string; fig: RenderedFigure }) {
  const { fig, id } = props;
  return (
    <section class="dashboard-figure" aria-labelledby={`${id}-heading`}>
      {/* "-title" and "-desc" belong to the SVG's own <title> and <desc>. */}
      <h2 id={`${id}-heading`}>{fig.title}</h2>
      <div
        class="figure"
        role="group"
        tabIndex={0}
        aria-labelledby={`${id}-heading`}
        dangerouslySetInnerHTML={{ __html: fig.svg }}
      />
      <p>{fig.description}</p>
      <ScrollBox labelledBy={`${id}-caption`}>
        <table>
          <caption id={`${id}-caption`}>{fig.table.caption}</caption>
          <thead>
            <tr>
              {fig.table.columns.map((c, i) => (
                <th scope="col" key={i}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {fig.table.rows.map((r, i) => (
              <tr key={i}>
                <th scope="row">{r.label}</th>
                {r.cells.map((c, j) => (
                  <td key={j} class="num">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}

async function loadCells(ctx: PublicContext): Promise<DashboardCells> {
  return {
    byHostYear: await aggregateCells(ctx.db, "incidents_by_host_year"),
    byGroupYear: await aggregateCells(ctx.db, "incidents_by_tactic_group_year"),
    funnel: await aggregateCells(ctx.db, "funnel_by_host_year"),
    medians: await aggregateCells(ctx.db, "median_first_response_days"),
  };
}

const hostsOf = (cells: DashboardCells) =>
  [...new Set(cells.byHostYear.flatMap((c) => (c.host ? [c.host] : [])))].sort();

/** The dashboard, overall (host null) or for one host state; null for a host without data. */
async function renderDashboard(
  ctx: PublicContext,
  host: string | null,
): Promise<RenderedPage | null> {
  const l = ctx.lang;
  const cells = await loadCells(ctx);
  const hosts = hostsOf(cells);
  if (host !== null && !hosts.includes(host)) return null;
  const threshold = ctx.config.suppressionThreshold;
  const empty = hosts.length === 0;
  const figures = empty
    ? []
    : [
        { id: "funnel", fig: await funnelFigure(l, cells, host, threshold) },
        ...(host ? [] : [{ id: "median", fig: await medianFigure(l, cells, threshold) }]),
        ...(host ? [] : [{ id: "trend", fig: await trendFigure(l, cells, threshold) }]),
        ...(host ? [] : [{ id: "map", fig: mapFigure(l, cells, threshold) }]),
      ];
  const byYear = funnelByYear(l, cells, host);
  const scope = host ? stateName(l, host) : am.t(l, "all_hosts");
  const title = host ? am.t(l, "host_title", { host: scope }) : am.t(l, "title");
  const built = await publicMeta(ctx.db, "aggregates_built_at");
  const crumbs: Crumb[] = [{ label: pt(l, "nav.home"), path: `/${l}/` }];
  if (host) crumbs.push({ label: am.t(l, "title"), path: `/${l}/accountability/` });
  return {
    body: renderPublicPage(
      <PublicLayout ctx={ctx} title={title} description={am.t(l, "lead")} breadcrumb={crumbs}>
        <h1>{title}</h1>
        <p class="lead">{am.t(l, "lead")}</p>
        <p>
          {am.t(l, "method", { threshold })}{" "}
          <a href={href(ctx, `/${l}/methodology/`)}>{am.t(l, "method_link")}</a>.{" "}
          {am.t(l, "withheld_note")}
        </p>
        {built && <p class="meta">{am.t(l, "updated", { date: formatDateTime(l, built) })}</p>}
        <nav aria-labelledby="choose-host">
          <h2 id="choose-host">{am.t(l, "choose")}</h2>
          <ul class="host-choice">
            {[null, ...hosts].map((h) => {
              const path = h ? `/${l}/accountability/${h}/` : `/${l}/accountability/`;
              const label = h ? stateName(l, h) : am.t(l, "all_hosts");
              return (
                <li key={h ?? "all"}>
                  {h === host ? (
                    <span aria-current="page">{label}</span>
                  ) : (
                    <a href={href(ctx, path)}>{label}</a>
                  )}
                </li>
              );
            })}
          </ul>
        </nav>
        {empty && <p>{am.t(l, "no_data")}</p>}
        {figures.map((f) => (
          <Figure key={f.id} id={f.id} fig={f.fig} />
        ))}
        {byYear.years.length > 0 && (
          <section aria-labelledby="by-year-title">
            <h2 id="by-year-title">{am.t(l, "by_year_title", { scope })}</h2>
            <ScrollBox labelledBy="by-year-caption">
              <table>
                <caption id="by-year-caption">{am.t(l, "by_year_title", { scope })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{am.t(l, "col_year")}</th>
                    {[1, 2, 3, 4, 5, 6].map((s) => (
                      <th scope="col" key={s}>
                        {stageLabel(l, s)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {byYear.years.map((y) => (
                    <tr key={y}>
                      <th scope="row">{y}</th>
                      {[1, 2, 3, 4, 5, 6].map((s) => (
                        <td key={s} class="num">
                          {byYear.value(y, s)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollBox>
          </section>
        )}
      </PublicLayout>,
    ),
  };
}

/** `/{lang}/accountability/`: the dashboard over all host states. */
export const accountabilityPage: PublicPageType = {
  id: "accountability",
  route: "/accountability/",
  paths: () => [{}],
  render: (ctx) => renderDashboard(ctx, null),
};

/** `/{lang}/accountability/GE/`: the funnel of one host state, overall and by year. */
export const accountabilityHostPage: PublicPageType<{ host: string }> = {
  id: "accountability-host",
  route: "/accountability/:host/",
  async *paths(ctx) {
    const cells = await aggregateCells(ctx.db, "incidents_by_host_year");
    for (const host of new Set(cells.flatMap((c) => (c.host ? [c.host] : [])))) yield { host };
  },
  render: (ctx, p) => renderDashboard(ctx, /^[A-Z]{2}$/.test(p.host) ? p.host : "?"),
};
