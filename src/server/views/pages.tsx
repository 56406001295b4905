import { formatNumber, t } from "../../i18n/i18n.ts";
import { Layout, renderPage, type PageContext } from "./layout.tsx";

/** The answer of every vault route while the vault is sealed (HTTP 503). */
export function sealedPage(ctx: PageContext): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={t(l, "error.sealed.title")} ctx={ctx}>
      <h1>{t(l, "error.sealed.title")}</h1>
      <p class="lead">{t(l, "error.sealed.body")}</p>
      <p>{t(l, "error.sealed.admin")}</p>
    </Layout>,
  );
}

/** Rows of the staff overview: record counts per type. */
export interface OverviewData {
  counts: { type: string; n: number }[];
}

/** The staff overview: what the organisation holds in the vault. */
export function staffOverviewPage(ctx: PageContext, data: OverviewData): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={t(l, "overview.title")} ctx={ctx}>
      <h1>{t(l, "overview.title")}</h1>
      <p>
        <a href="/staff/incidents">{t(l, "nav.incidents")}</a>
      </p>
      <table class="table">
        <caption>{t(l, "overview.records")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(l, "overview.type")}</th>
            <th scope="col" class="num">
              {t(l, "overview.count")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.counts.map((c) => (
            <tr key={c.type}>
              <th scope="row">{c.type.replace(/_/g, " ")}</th>
              <td class="num">{formatNumber(l, c.n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>,
  );
}

/** An error page in the user's language; server errors carry an id the administrator can find. */
export function errorPage(ctx: PageContext, title: string, body?: string): string {
  return renderPage(
    <Layout title={title} ctx={ctx}>
      <h1>{title}</h1>
      {body && <p>{body}</p>}
      <p>
        <a href={ctx.actor ? "/staff" : "/"}>
          {t(ctx.lang, ctx.actor ? "nav.overview" : "site.name")}
        </a>
      </p>
    </Layout>,
  );
}
