import { formatDateTime, t } from "../i18n/i18n.ts";
import { Notice } from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import type { AuditEvent } from "./audit.repository.ts";

/** One page of the audit trail, newest first, with a link to older events and the export. */
export function auditPage(
  ctx: PageContext,
  data: {
    heading: string;
    events: AuditEvent[];
    olderHref: string | null;
    exportHref: string;
    chain?: { broken: { seq: number } | null; count: number };
  },
): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={data.heading} ctx={ctx}>
      <h1>{data.heading}</h1>
      {data.chain && (
        <Notice>
          {data.chain.broken
            ? t(l, "audit.chain_broken", { seq: data.chain.broken.seq })
            : t(l, "audit.chain_ok", { n: data.chain.count })}
        </Notice>
      )}
      <p>
        <a href={data.exportHref} download>
          {t(l, "audit.export")}
        </a>
      </p>
      {data.events.length === 0 ? (
        <p>{t(l, "audit.none")}</p>
      ) : (
        <table class="table table--dense">
          <caption class="visually-hidden">{data.heading}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t(l, "audit.time")}</th>
              <th scope="col">{t(l, "audit.actor")}</th>
              <th scope="col">{t(l, "audit.action")}</th>
              <th scope="col">{t(l, "audit.record")}</th>
              <th scope="col">{t(l, "audit.fields")}</th>
            </tr>
          </thead>
          <tbody>
            {data.events.map((e) => (
              <tr key={e.seq}>
                <td class="num">{e.seq}</td>
                <td>{formatDateTime(l, e.at)}</td>
                <td>
                  {e.actor.startsWith("user:") ? (
                    <a href={`/staff/audit?user=${encodeURIComponent(e.actor.slice(5))}`}>
                      {e.actor}
                    </a>
                  ) : (
                    e.actor
                  )}
                </td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  {e.record_type && e.record_id ? (
                    <a
                      href={`/staff/audit?record_type=${encodeURIComponent(e.record_type)}&record_id=${encodeURIComponent(e.record_id)}`}
                    >{`${e.record_type} ${e.record_id.slice(0, 13)}…`}</a>
                  ) : (
                    "—"
                  )}
                </td>
                <td>{e.fields.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.olderHref && (
        <p>
          <a href={data.olderHref} rel="next">
            {t(l, "pagination.next")}
          </a>
        </p>
      )}
    </Layout>,
  );
}
