import { pt } from "../public-i18n.ts";
import { href, type PublicContext } from "../public-context.ts";
import { PublicLayout, renderPublicPage, type Crumb } from "../public-layout.tsx";
import {
  pageRuns,
  type PageRequest,
  type PublicPageType,
  type RenderedPage,
} from "../public-page.ts";
import {
  FILTER_FIELDS,
  filterOptions,
  filterQuery,
  parseFilters,
  parsePage,
  type FilterOptions,
  type ParsedFilters,
} from "./incidents.filters.ts";
import { stateName } from "./incidents.labels.ts";
import { im } from "./incidents.messages.ts";
import {
  cachedByPublication,
  countByHost,
  countIncidents,
  listIncidents,
  type IncidentListRow,
} from "./incidents.repository.ts";
import {
  ErrorSummary,
  fieldLabel,
  FilterForm,
  IncidentTable,
  Pagination,
} from "./incidents.view.tsx";

/** Incidents per page of the database (list and mirror pages alike). */
export const PAGE_SIZE = 50;

const pagesOf = (n: number) => Math.max(1, Math.ceil(n / PAGE_SIZE));

/** A list page's path parameters (the live server adds filters in the query string). */
type ListPath = { host?: string; page?: string };

/** A list request once its filters and page are checked against the filter options. */
interface ListRequest {
  ctx: PublicContext;
  path: ListPath;
  parsed: ParsedFilters;
  /** Requested page; null when the query's page is not a number. */
  page: number | null;
}

/** Checks path and query; null for a mirror path that cannot exist (unknown host, bad page). */
function checkList(ctx: PublicContext, path: ListPath, options: FilterOptions): ListRequest | null {
  const parsed = parseFilters(ctx.mode === "server" ? ctx.query : undefined, options);
  if (path.host !== undefined) {
    if (!options.host.includes(path.host)) return null;
    parsed.filters.host = path.host;
    parsed.values.host = path.host;
  }
  let page = parsed.page;
  if (path.page !== undefined) {
    page = parsePage(path.page);
    if (page === null) return null;
  }
  return { ctx, path, parsed, page };
}

/**
 * Pages of the incident database. Path parameters (host, page) serve the static mirror; on the
 * live server the GET form adds filters in the query string. Unknown filter values and page
 * numbers out of range render the form with an error summary (400), never a 500. Requests with
 * the same filters share one count, and each run of consecutive pages one read of its rows.
 */
async function renderLists(
  requests: readonly PageRequest<ListPath>[],
): Promise<(RenderedPage | null)[]> {
  if (requests.length === 0) return [];
  const db = requests[0]!.ctx.db;
  const options = await filterOptions(db);
  const checked = requests.map((r) => checkList(r.ctx, r.params, options));
  const groups = new Map<string, ListRequest[]>();
  for (const c of checked) {
    if (!c) continue;
    const key = JSON.stringify(c.parsed.filters);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const drawn = new Map<ListRequest, RenderedPage | null>();
  const hosts = await cachedByPublication(db, "count-by-host", () => countByHost(db));
  for (const group of groups.values()) {
    const filters = group[0]!.parsed.filters;
    const total = await countIncidents(db, filters);
    const pages = pagesOf(total);
    const wanted: { request: ListRequest; errors: ListError[]; current: number }[] = [];
    for (const request of group) {
      const { ctx, path, parsed, page } = request;
      const badPage = page === null || page > pages;
      if (badPage && path.page !== undefined) {
        drawn.set(request, null);
        continue;
      }
      const errors = parsed.invalid.map((f) => ({
        id: `filter-${f}`,
        text: im.t(ctx.lang, "filters.error_value", { field: fieldLabel(ctx.lang, f) }),
      }));
      if (badPage) errors.push({ id: "results", text: im.t(ctx.lang, "filters.error_page") });
      wanted.push({ request, errors, current: badPage ? 1 : page! });
    }
    const rows = new Map<number, IncidentListRow[]>();
    const listed = wanted.filter((w) => w.errors.length === 0).map((w) => w.current);
    for (const [first, last] of pageRuns(listed)) {
      const run = await listIncidents(
        db,
        filters,
        (last - first + 1) * PAGE_SIZE,
        (first - 1) * PAGE_SIZE,
      );
      for (let n = first; n <= last; n++)
        rows.set(n, run.slice((n - first) * PAGE_SIZE, (n - first + 1) * PAGE_SIZE));
    }
    for (const w of wanted)
      drawn.set(
        w.request,
        drawList({
          ...w,
          total,
          pages,
          options,
          hosts,
          rows: w.errors.length === 0 ? rows.get(w.current)! : [],
        }),
      );
  }
  return checked.map((c) => (c ? drawn.get(c)! : null));
}

type ListError = { id: string; text: string };

/** One page of the incident database, its rows and counts read. */
function drawList(props: {
  request: ListRequest;
  errors: ListError[];
  current: number;
  total: number;
  pages: number;
  options: FilterOptions;
  hosts: Map<string, number>;
  rows: IncidentListRow[];
}): RenderedPage {
  const { request, errors, current, total, pages, options, hosts, rows } = props;
  const { ctx, path, parsed } = request;
  const l = ctx.lang;
  const live = ctx.mode === "server";
  const filtered = [...FILTER_FIELDS, "page"].some((f) => ctx.query?.[f]);
  const base = path.host ? `/${l}/incidents/host/${path.host}/` : `/${l}/incidents/`;
  const link = (n: number) =>
    filtered
      ? `/${l}/incidents/${filterQuery(parsed.values, n)}`
      : n > 1
        ? `${base}page/${n}/`
        : base;
  const heading = path.host
    ? im.t(l, "list.host_title", { host: stateName(l, path.host) })
    : im.t(l, "list.title");
  const title =
    pages > 1 ? `${heading} (${im.t(l, "page.of", { page: current, pages })})` : heading;
  const crumbs: Crumb[] = [{ label: pt(l, "nav.home"), path: `/${l}/` }];
  if (path.host) crumbs.push({ label: pt(l, "nav.incidents"), path: `/${l}/incidents/` });
  const action = live
    ? `/${l}/incidents/`
    : ctx.config.liveUrl
      ? `${ctx.config.liveUrl}/${l}/incidents/`
      : null;
  return {
    status: errors.length ? 400 : 200,
    body: renderPublicPage(
      <PublicLayout ctx={ctx} title={title} description={im.t(l, "list.lead")} breadcrumb={crumbs}>
        <ErrorSummary lang={l} items={errors} />
        <h1>{heading}</h1>
        <p class="lead">{im.t(l, "list.lead")}</p>
        {action ? (
          <FilterForm
            ctx={ctx}
            action={action}
            options={options}
            values={parsed.values}
            invalid={parsed.invalid}
          />
        ) : (
          <p class="notice">{im.t(l, "filters.live")}</p>
        )}
        <h2 id="results">{im.tn(l, "list.count", errors.length ? 0 : total)}</h2>
        {rows.length > 0 ? (
          <IncidentTable ctx={ctx} rows={rows} />
        ) : (
          errors.length === 0 && <p>{im.t(l, "list.none")}</p>
        )}
        {errors.length === 0 && <Pagination ctx={ctx} page={current} pages={pages} link={link} />}
        <h2>{im.t(l, "list.by_host")}</h2>
        <ul>
          {path.host && (
            <li>
              <a href={href(ctx, `/${l}/incidents/`)}>{im.t(l, "list.all")}</a>
            </li>
          )}
          {[...hosts].map(([code, n]) => (
            <li key={code}>
              <a href={href(ctx, `/${l}/incidents/host/${code}/`)}>{stateName(l, code)}</a> (
              {im.tn(l, "list.count", n)})
            </li>
          ))}
        </ul>
        <h2>{im.t(l, "list.downloads")}</h2>
        <p>
          {im.t(l, "list.downloads_text")}{" "}
          <a href={href(ctx, `/${l}/data/`)}>{pt(l, "footer.data")}</a>
        </p>
      </PublicLayout>,
    ),
  };
}

/** `/{lang}/incidents/`: the whole database (live: filtered by the query string). */
export const incidentsPage: PublicPageType = {
  id: "incidents",
  route: "/incidents/",
  paths: () => [{}],
  render: async (ctx) => (await renderLists([{ ctx, params: {} }]))[0]!,
  renderMany: renderLists,
};

/** `/{lang}/incidents/page/N/`: further pages of the unfiltered list (for the mirror). */
export const incidentsPagedPage: PublicPageType<{ page: string }> = {
  id: "incidents-page",
  route: "/incidents/page/:page/",
  async *paths(ctx) {
    const pages = pagesOf(await countIncidents(ctx.db, {}));
    for (let n = 2; n <= pages; n++) yield { page: String(n) };
  },
  render: async (ctx, params) => (await renderLists([{ ctx, params }]))[0]!,
  renderMany: renderLists,
};

/** `/{lang}/incidents/host/GE/`: the incidents in one host state. */
export const incidentsHostPage: PublicPageType<{ host: string }> = {
  id: "incidents-host",
  route: "/incidents/host/:host/",
  async *paths(ctx) {
    for (const host of (await countByHost(ctx.db)).keys()) yield { host };
  },
  render: async (ctx, params) => (await renderLists([{ ctx, params }]))[0]!,
  renderMany: renderLists,
};

/** `/{lang}/incidents/host/GE/page/N/`: further pages of one host state's incidents. */
export const incidentsHostPagedPage: PublicPageType<{ host: string; page: string }> = {
  id: "incidents-host-page",
  route: "/incidents/host/:host/page/:page/",
  async *paths(ctx) {
    for (const [host, n] of await countByHost(ctx.db))
      for (let page = 2; page <= pagesOf(n); page++) yield { host, page: String(page) };
  },
  render: async (ctx, params) => (await renderLists([{ ctx, params }]))[0]!,
  renderMany: renderLists,
};
