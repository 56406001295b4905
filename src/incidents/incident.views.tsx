import type { ComponentChildren } from "preact";
import { formatNumber, t, tn } from "../i18n/i18n.ts";
import { FUNNEL_STAGES } from "../interventions/intervention-stage.ts";
import { Pagination, PostForm, SummaryList } from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import type { IncidentSearchResult } from "./incident-search.repository.ts";

/** The staff incident list: search box, count, table, pagination. */
export function incidentListPage(
  ctx: PageContext,
  data: { text: string; page: number; pageSize: number; result: IncidentSearchResult },
): string {
  const l = ctx.lang;
  const pages = Math.max(1, Math.ceil(data.result.total / data.pageSize));
  const href = (p: number) => `/staff/incidents?q=${encodeURIComponent(data.text)}&page=${p}`;
  return renderPage(
    <Layout title={t(l, "incidents.title")} ctx={ctx}>
      <h1>{t(l, "incidents.title")}</h1>
      <form method="get" action="/staff/incidents" class="search" role="search">
        <label for="q">{t(l, "incidents.search")}</label>
        <input id="q" name="q" type="search" class="input" value={data.text} />
        <button type="submit" class="button">
          {t(l, "incidents.search_button")}
        </button>
      </form>
      <p role="status">{tn(l, "incidents.count", data.result.total)}</p>
      {data.result.items.length === 0 ? (
        <p>{t(l, "incidents.none")}</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">{t(l, "incidents.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(l, "incidents.col.title")}</th>
              <th scope="col">{t(l, "incidents.col.origin")}</th>
              <th scope="col">{t(l, "incidents.col.host")}</th>
              <th scope="col">{t(l, "incidents.col.year")}</th>
              <th scope="col">{t(l, "incidents.col.stage")}</th>
            </tr>
          </thead>
          <tbody>
            {data.result.items.map((i) => (
              <tr key={i.id}>
                <th scope="row">
                  <a href={`/staff/incidents/${i.id}`}>{i.title}</a>
                </th>
                <td>{i.origin_state}</td>
                <td>{i.host_state}</td>
                <td>{i.start_year ?? "—"}</td>
                <td>{(FUNNEL_STAGES[i.furthest_stage] ?? "—").replace(/_/g, " ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination lang={l} page={data.page} pages={pages} href={href} />
    </Layout>,
  );
}

/** A field value for display; protected values stay hidden unless revealed. */
function show(value: unknown): ComponentChildren {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.map((v) => show(v)).join("; ") : "—";
  if (typeof value === "object") return JSON.stringify(value);
  if (typeof value === "boolean") return value ? "✓" : "✗";
  return String(value);
}

/** What the incident page shows, already filtered by what the actor may see. */
export interface IncidentView {
  incident: Record<string, unknown> & { id: string; title: string };
  protectedFields: readonly string[];
  victims: { personId: string; pseudonym: string; identity: Record<string, unknown> | null }[];
  revealed: boolean;
  canReveal: boolean;
  isAdmin: boolean;
  /** The actor may request or approve publication (shows the link to the publication page). */
  canPublish: boolean;
  grants: { id: string; grantee: string; level: string }[];
  /** Set when the actor may share the case: the organisations it can be shared with. */
  share: { targets: { id: string; name: string }[] } | null;
}

/** One incident for staff: details with identity fields hidden until revealed (audited). */
export function incidentPage(ctx: PageContext, v: IncidentView): string {
  const l = ctx.lang;
  const hidden = <em class="redacted">{t(l, "incident.protected_hidden")}</em>;
  const rows: [string, ComponentChildren][] = Object.entries(v.incident)
    .filter(([k]) => !["id", "dek", "title", "search"].includes(k))
    .map(([k, value]) => [
      k.replace(/_/g, " "),
      v.protectedFields.includes(k) && !v.revealed ? hidden : show(value),
    ]);
  return renderPage(
    <Layout title={v.incident.title} ctx={ctx} identity={v.revealed}>
      <p>
        <a href="/staff/incidents" class="back-link">
          {t(l, "nav.incidents")}
        </a>
      </p>
      <h1>{v.incident.title}</h1>
      {v.canReveal && !v.revealed && (
        <PostForm action={`/staff/incidents/${v.incident.id}/reveal`} csrf={ctx.csrf}>
          <p class="hint">{t(l, "incident.reveal_hint")}</p>
          <button type="submit" class="button button--warning">
            {t(l, "incident.reveal")}
          </button>
        </PostForm>
      )}
      <h2>{t(l, "incident.details")}</h2>
      <SummaryList rows={rows} />
      {v.victims.length > 0 && (
        <>
          <h2>{formatNumber(l, v.victims.length)} × person</h2>
          <ul class="list">
            {v.victims.map((p) => (
              <li key={p.personId}>
                <strong>{p.pseudonym}</strong>
                {p.identity ? (
                  <SummaryList
                    rows={Object.entries(p.identity).map(([k, value]) => [
                      k.replace(/_/g, " "),
                      show(value),
                    ])}
                  />
                ) : (
                  <> — {hidden}</>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2 id="sharing">{t(l, "incident.grants")}</h2>
      {v.grants.length === 0 ? (
        <p>{t(l, "incident.grants.none")}</p>
      ) : (
        <ul class="list">
          {v.grants.map((g) => (
            <li key={g.id}>
              {`${g.grantee} — ${t(l, `grant.level.${g.level}` as Parameters<typeof t>[1])}`}
              {v.share && (
                <PostForm
                  action={`/staff/incidents/${v.incident.id}/grants/${g.id}/revoke`}
                  csrf={ctx.csrf}
                  class="inline"
                >
                  {" "}
                  <button type="submit" class="button button--secondary">
                    {t(l, "grant.revoke")}
                  </button>
                </PostForm>
              )}
            </li>
          ))}
        </ul>
      )}
      {v.share && (
        <PostForm action={`/staff/incidents/${v.incident.id}/grants`} csrf={ctx.csrf} class="form">
          <h3>{t(l, "grant.add")}</h3>
          <p class="hint">{t(l, "grant.hint")}</p>
          <div class="field">
            <label for="org">{t(l, "grant.org")}</label>
            <select id="org" name="org" class="input">
              <option value="">—</option>
              {v.share.targets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="email">{t(l, "grant.email")}</label>
            <input id="email" name="email" type="email" class="input" autocomplete="off" />
          </div>
          <div class="field">
            <label for="level">{t(l, "grant.level")}</label>
            <select id="level" name="level" class="input input--short">
              {(["read", "write", "read_identities"] as const).map((lv) => (
                <option key={lv} value={lv}>
                  {t(l, `grant.level.${lv}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button">
            {t(l, "grant.submit")}
          </button>
        </PostForm>
      )}
      {v.canPublish && (
        <p>
          <a href={`/staff/incidents/${v.incident.id}/publication`}>
            {t(l, "incident.publication")}
          </a>
        </p>
      )}
      {v.isAdmin && (
        <p>
          <a href={`/staff/audit?record_type=incident&record_id=${v.incident.id}`}>
            {t(l, "incident.history")}
          </a>
        </p>
      )}
    </Layout>,
  );
}
