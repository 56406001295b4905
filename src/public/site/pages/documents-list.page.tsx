import type { Lang } from "../../../i18n/languages.ts";
import {
  pageRuns,
  type PageRequest,
  type PublicPageType,
  type RenderedPage,
} from "../public-page.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage, type Crumb } from "../public-layout.tsx";
import { dt, dtn } from "./documents.messages.ts";
import {
  CATEGORIES,
  DocumentEntry,
  languageName,
  listingPath,
  PAGE_SIZE,
  Pagination,
  termLabel,
  TYPES,
} from "./documents.parts.tsx";
import {
  countDocuments,
  documentTitles,
  listDocuments,
  type DocumentFilter,
  type DocumentListItem,
} from "./documents.repository.ts";

type ListParams = { category?: string; type?: string; page?: string };

/** Longest search accepted: longer input is cut, never refused (no 500, no giant LIKE). */
const MAX_QUERY = 200;

/** The title of a listing: all publications, a topic, a type, or "topic: type". */
function listingTitle(l: Lang, f: DocumentFilter): string {
  const c = f.category ? termLabel("document_category", f.category, l) : null;
  const t = f.type ? termLabel("document_type", f.type, l) : null;
  if (c && t) return `${c}: ${t}`;
  return c ?? t ?? dt(l, "list.title");
}

/** Home / Publications / Topic / Type, the last step unlinked (the seed page's breadcrumb). */
function listingCrumbs(l: Lang, f: DocumentFilter): Crumb[] {
  const crumbs: Crumb[] = [{ label: pt(l, "nav.home"), path: `/${l}/` }];
  if (!f.category && !f.type) return crumbs;
  crumbs.push({ label: dt(l, "list.title"), path: `/${l}/documents/` });
  if (f.category && f.type)
    crumbs.push({
      label: termLabel("document_category", f.category, l),
      path: listingPath(l, { category: f.category }),
    });
  return crumbs;
}

/** The feed matching a listing, advertised in <head>. */
function listingFeed(ctx: PublicContext, f: DocumentFilter, title: string) {
  const l = ctx.lang;
  const path = f.category
    ? `/${l}/feeds/category/${f.category}.xml`
    : f.type
      ? `/${l}/feeds/type/${f.type}.xml`
      : `/${l}/feed.xml`;
  return [{ path, title: `${ctx.config.name[l]}: ${title}` }];
}

/** The search form: live on the server; on the mirror it points to the live site, or is left out. */
function SearchForm(props: { ctx: PublicContext; f: DocumentFilter; q: string }) {
  const { ctx, f } = props;
  const l = ctx.lang;
  const path = listingPath(l, f);
  const live = ctx.config.liveUrl;
  if (ctx.mode === "static" && !live) return null;
  const action = ctx.mode === "static" ? `${live}${path}` : href(ctx, path);
  return (
    <form class="search" method="get" action={action} role="search">
      <div class="field">
        <label for="q">{dt(l, "search.label")}</label>
        <p class="hint" id="q-hint">
          {ctx.mode === "static"
            ? dt(l, "search.hint_live", { url: live! })
            : dt(l, "search.hint", { language: languageName(l, l) })}
        </p>
        <input
          class="input"
          type="search"
          id="q"
          name="q"
          value={props.q}
          maxLength={MAX_QUERY}
          aria-describedby="q-hint"
        />
      </div>
      <button class="button" type="submit">
        {dt(l, "search.button")}
      </button>
    </form>
  );
}

/** Links to every topic and type (within the current topic, when one is chosen). */
function BrowseLinks(props: { ctx: PublicContext; f: DocumentFilter }) {
  const { ctx, f } = props;
  const l = ctx.lang;
  const item = (path: string, label: string, current: boolean) => (
    <li key={path}>
      <a href={href(ctx, path)} aria-current={current ? "page" : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <nav class="browse" aria-labelledby="browse-heading">
      <h2 id="browse-heading">{dt(l, "list.browse")}</h2>
      <h3>{dt(l, "list.by_category")}</h3>
      <ul>
        {item(listingPath(l, {}), dt(l, "list.all"), !f.category && !f.type)}
        {CATEGORIES.map((c) =>
          item(
            listingPath(l, { category: c }),
            termLabel("document_category", c, l),
            f.category === c && !f.type,
          ),
        )}
      </ul>
      <h3>{dt(l, "list.by_type")}</h3>
      <ul>
        {TYPES.map((t) =>
          item(
            listingPath(l, { category: f.category, type: t }),
            termLabel("document_type", t, l),
            f.type === t,
          ),
        )}
      </ul>
    </nav>
  );
}

/** Parses a page number from a path ("2" and up; "1" lives at the listing's own address). */
function pageNumber(raw: string | undefined): number | null {
  if (raw === undefined) return 1;
  if (!/^[1-9]\d{0,5}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 2 ? n : null;
}

/** A listing request once checked: its filter, the search words (live only) and the page. */
interface ListingRequest {
  ctx: PublicContext;
  f: DocumentFilter;
  q: string;
  page: number;
}

/** Checks a listing's path parameters and query; null for a listing that cannot exist. */
function checkListing(ctx: PublicContext, params: ListParams): ListingRequest | null {
  if (params.category !== undefined && !CATEGORIES.includes(params.category)) return null;
  if (params.type !== undefined && !TYPES.includes(params.type)) return null;
  const page = pageNumber(params.page);
  if (page === null) return null;
  // `query` is being added to PublicContext alongside this page; read it without depending on it.
  const query = (ctx as { query?: Readonly<Record<string, string>> }).query;
  const q = ctx.mode === "server" ? (query?.q ?? "").trim().slice(0, MAX_QUERY) : "";
  const f: DocumentFilter = { category: params.category, type: params.type, q: q || undefined };
  return { ctx, f, q, page };
}

/** What one listing page shows, read from the store. */
interface ListingData {
  items: DocumentListItem[];
  total: number;
  titles: Map<string, Map<string, string>>;
}

/**
 * Listing pages, read per listing (language, filter, search) and run of consecutive pages: one
 * query for the documents of a whole run, one count and one query for untranslated titles.
 */
async function renderListings(
  requests: readonly PageRequest<ListParams>[],
): Promise<(RenderedPage | null)[]> {
  const checked = requests.map((r) => checkListing(r.ctx, r.params));
  const groups = new Map<string, ListingRequest[]>();
  for (const c of checked) {
    if (!c) continue;
    const key = JSON.stringify([c.ctx.lang, c.f.category, c.f.type, c.f.q]);
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const data = new Map<ListingRequest, ListingData>();
  for (const group of groups.values()) {
    const { ctx, f } = group[0]!;
    const items = new Map<number, DocumentListItem[]>();
    let total: number | null = null;
    for (const [first, last] of pageRuns(group.map((g) => g.page))) {
      const limit = (last - first + 1) * PAGE_SIZE;
      const rows = await listDocuments(ctx.db, ctx.lang, f, {
        limit,
        offset: (first - 1) * PAGE_SIZE,
      });
      // A short read from the start is the whole list: no need to count.
      if (first === 1 && rows.length < limit) total = rows.length;
      for (let p = first; p <= last; p++)
        items.set(p, rows.slice((p - first) * PAGE_SIZE, (p - first + 1) * PAGE_SIZE));
    }
    total ??= await countDocuments(ctx.db, ctx.lang, f);
    const untranslated = [...items.values()].flat().filter((i) => i.title === null);
    const titles = await documentTitles(
      ctx.db,
      untranslated.map((i) => i.slug),
    );
    for (const g of group) data.set(g, { items: items.get(g.page)!, total, titles });
  }
  return checked.map((c) => (c ? drawListing(c, data.get(c)!) : null));
}

/** One listing page; null when the page number is past the end. */
function drawListing(request: ListingRequest, data: ListingData): RenderedPage | null {
  const { ctx, f, q, page } = request;
  const { items, total, titles } = data;
  const l = ctx.lang;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (page > pages || (page > 1 && items.length === 0)) return null;
  const title = listingTitle(l, f);
  const language = languageName(l, l);
  const suffix = q ? `?q=${encodeURIComponent(q)}` : "";
  return {
    body: renderPublicPage(
      <PublicLayout
        ctx={ctx}
        title={page > 1 ? `${title} (${dt(l, "pagination.status", { page, pages })})` : title}
        description={dt(l, "list.lead")}
        breadcrumb={listingCrumbs(l, f)}
        feeds={listingFeed(ctx, f, title)}
      >
        <h1>{title}</h1>
        <p class="lead">{dt(l, "list.lead")}</p>
        <SearchForm ctx={ctx} f={f} q={q} />
        <h2 class="results-heading">
          {q
            ? total
              ? dtn(l, "search.results", total, { q, language })
              : dt(l, "search.none", { q, language })
            : dtn(l, "list.count", total)}
        </h2>
        {q && (
          <p>
            <a href={href(ctx, listingPath(l, f))}>{dt(l, "search.clear")}</a>
          </p>
        )}
        {total === 0 && !q && <p>{dt(l, "list.empty")}</p>}
        {items.length > 0 && (
          <ul class="document-list">
            {items.map((item) => (
              <DocumentEntry
                key={item.slug}
                ctx={ctx}
                item={item}
                titles={titles.get(item.slug) ?? new Map()}
              />
            ))}
          </ul>
        )}
        <Pagination
          ctx={ctx}
          page={page}
          pages={pages}
          pathOf={(p) => listingPath(l, f, p) + suffix}
        />
        <BrowseLinks ctx={ctx} f={f} />
      </PublicLayout>,
    ),
  };
}

/** Every listing of one kind in one language, with its extra pages (for the static mirror). */
async function* listingPaths(
  ctx: Omit<PublicContext, "lang" | "path">,
  lang: Lang,
  withCategory: boolean,
  withType: boolean,
  paged: boolean,
): AsyncIterable<ListParams> {
  for (const category of withCategory ? CATEGORIES : [undefined])
    for (const type of withType ? TYPES : [undefined]) {
      const base: ListParams = {
        ...(category ? { category } : {}),
        ...(type ? { type } : {}),
      };
      if (!paged) {
        yield base;
        continue;
      }
      const total = await countDocuments(ctx.db, lang, { category, type });
      for (let p = 2; p <= Math.ceil(total / PAGE_SIZE); p++) yield { ...base, page: String(p) };
    }
}

function listingPage(
  id: string,
  route: string,
  withCategory: boolean,
  withType: boolean,
  paged: boolean,
): PublicPageType<ListParams> {
  return {
    id,
    route,
    paths: (ctx, lang) => listingPaths(ctx, lang, withCategory, withType, paged),
    render: async (ctx, params) => (await renderListings([{ ctx, params }]))[0]!,
    renderMany: renderListings,
  };
}

/**
 * The document listings: all, by topic, by type and by both, each with page paths
 * (`…/page/2/`) so the static mirror holds every page without a query string.
 */
export const documentListPages: PublicPageType<ListParams>[] = [
  listingPage("documents", "/documents/", false, false, false),
  listingPage("documents-page", "/documents/page/:page/", false, false, true),
  listingPage("documents-category", "/documents/category/:category/", true, false, false),
  listingPage(
    "documents-category-page",
    "/documents/category/:category/page/:page/",
    true,
    false,
    true,
  ),
  listingPage("documents-type", "/documents/type/:type/", false, true, false),
  listingPage("documents-type-page", "/documents/type/:type/page/:page/", false, true, true),
  listingPage(
    "documents-category-type",
    "/documents/category/:category/type/:type/",
    true,
    true,
    false,
  ),
  listingPage(
    "documents-category-type-page",
    "/documents/category/:category/type/:type/page/:page/",
    true,
    true,
    true,
  ),
];
