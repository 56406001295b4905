import { formatNumber, t } from "../../i18n/i18n.ts";
import { Layout, renderPage, type PageContext } from "./layout.tsx";

/** The start page until the public site arrives: what this installation is and its state. */
export function startPage(ctx: PageContext, counts: { named: number } | null): string {
  return renderPage(
    <Layout title="Start" ctx={ctx}>
      <h1>TNR Monitor</h1>
      <p class="lead">
        This is an installation of TNR Monitor, a system in which human-rights organisations
        document transnational repression — governments that follow, threaten, attack or abduct
        people who fled them — and track what the authorities of the host state did about each
        complaint.
      </p>
      <dl class="summary">
        <div>
          <dt>Vault</dt>
          <dd>
            {ctx.state === "unsealed"
              ? "Unsealed: staff can work with case records."
              : ctx.state === "sealed"
                ? "Sealed: case records are encrypted and unreadable until an administrator unseals the vault with the recovery secret."
                : "Not initialised: an administrator runs `tnr init` to create the vault."}
          </dd>
        </div>
        <div>
          <dt>Public site</dt>
          <dd>
            Published documents and anonymised data will appear here once an editor publishes them.
          </dd>
        </div>
      </dl>
      {counts && (
        <p>{`The demo data holds ${counts.named} public case profiles from the 2017 report on exiled Azerbaijanis in Georgia.`}</p>
      )}
      <p>
        <a href="/staff">Staff workspace</a>
      </p>
    </Layout>,
  );
}

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
