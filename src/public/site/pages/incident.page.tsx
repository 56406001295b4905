import type { Lang } from "../../../i18n/languages.ts";
import { formatPartialDate } from "../../../i18n/i18n.ts";
import type { PublicIncident } from "../../../publishing/public-incident.types.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage, ScrollBox } from "../public-layout.tsx";
import type { PublicPageType, RenderedPage } from "../public-page.ts";
import { ip } from "./incident.messages.ts";
import { generalisedDate, stateName, termLabel } from "./incidents.labels.ts";
import { im, stageLabel } from "./incidents.messages.ts";
import { allIncidentIds, findIncident, findIncidents } from "./incidents.repository.ts";

// Public ids are "i" + hex; anything else cannot exist, so it never reaches the database.
const PUBLIC_ID = /^[a-z0-9-]{1,64}$/;

/** Where, as precisely as published: "Tbilisi, Georgia", "Georgia", or online. */
function placeText(lang: Lang, p: PublicIncident): string {
  const country = stateName(lang, p.place.country);
  if (p.place.precision === "online") return ip.t(lang, "where_online", { country });
  if (p.place.precision === "city" && p.place.city)
    return ip.t(lang, "where_city", { city: p.place.city, country });
  return country;
}

/**
 * A heading people can tell apart in a list of tabs: what (the main tactic), where and when,
 * all generalised ("Approach by embassy staff or agents — Tbilisi, Georgia, November 2024").
 */
function incidentTitle(lang: Lang, p: PublicIncident): string {
  const what = p.primaryTactic ? termLabel(lang, "tactic", p.primaryTactic) : null;
  const where = placeText(lang, p);
  const when = generalisedDate(lang, p.date.from, p.date.to);
  const rest = [where, when].filter((x) => x && x !== "—").join(", ");
  return what ? `${what} — ${rest}` : ip.t(lang, "title", { id: p.publicId });
}

/** The GOV.UK summary list of the incident's generalised facts. */
function Facts(props: { lang: Lang; p: PublicIncident }) {
  const { lang: l, p } = props;
  const list = (codes: string[], scheme: "tactic" | "target_profile") =>
    codes.map((c) => termLabel(l, scheme, c)).join("; ") || "—";
  const rows: [string, string][] = [
    [ip.t(l, "when"), generalisedDate(l, p.date.from, p.date.to)],
    [ip.t(l, "where"), placeText(l, p)],
    [im.t(l, "filters.origin"), stateName(l, p.originState)],
    [im.t(l, "filters.host"), stateName(l, p.hostState)],
    [
      ip.t(l, "tactics"),
      list(
        p.tactics.map((t) => t.tactic),
        "tactic",
      ),
    ],
    [im.t(l, "filters.profile"), list(p.targetProfiles, "target_profile")],
    [im.t(l, "filters.verification"), termLabel(l, "verification_status", p.verificationStatus)],
    [ip.t(l, "statistics"), ip.t(l, p.counted ? "counted" : "not_counted")],
  ];
  return (
    <dl class="summary">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The response by stage as a GOV.UK timeline, with days elapsed and any waiting time. */
function Response(props: { lang: Lang; p: PublicIncident }) {
  const { lang: l } = props;
  const r = props.p.response;
  if (r.complaints === 0 && r.timeline.length === 0) return <p>{ip.t(l, "response_none")}</p>;
  const when = (days: number | null) =>
    days === null
      ? ip.t(l, "day_unknown")
      : days === 0
        ? ip.t(l, "day_zero")
        : ip.tn(l, "days_after", days);
  return (
    <>
      <p>
        {ip.tn(l, "complaints", r.complaints)}.{" "}
        {ip.t(l, "furthest", { stage: stageLabel(l, r.furthestStageRank) })}.
      </p>
      {r.timeline.length > 0 && (
        <ol class="timeline" aria-label={ip.t(l, "timeline_caption")}>
          {r.timeline.map((step, i) => (
            <li key={i}>
              <h3>{stageLabel(l, i + 1)}</h3>
              <p>{when(step.daysFromFiling)}</p>
            </li>
          ))}
        </ol>
      )}
      {r.firstResponseDays !== null && <p>{ip.tn(l, "first_response", r.firstResponseDays)}</p>}
      {r.daysWithoutResponse !== null && (
        <p class="notice">{ip.tn(l, "waiting", r.daysWithoutResponse)}</p>
      )}
    </>
  );
}

/** The incident page: what happened, generalised when and where, responsibility, response, sources. */
function IncidentView(props: { ctx: PublicContext; p: PublicIncident }) {
  const { ctx, p } = props;
  const l = ctx.lang;
  // The projection has no demo flag yet; honour one if publishing adds it.
  const demo = (p as unknown as { demo?: unknown }).demo === true;
  return (
    <>
      <h1>{incidentTitle(l, p)}</h1>
      <p class="meta">{ip.t(l, "title", { id: p.publicId })}</p>
      {demo && (
        <p class="tag tag--demo" role="note">
          {ip.t(l, "demo")}
        </p>
      )}
      <h2>{ip.t(l, "what")}</h2>
      <p>{p.summary ?? ip.t(l, "no_summary")}</p>
      <h2>{ip.t(l, "details")}</h2>
      <Facts lang={l} p={p} />
      <h2>{ip.t(l, "victims")}</h2>
      <ul>
        {p.victims.map((v, i) => (
          <li key={i}>
            {v.name ?? ip.t(l, "victim_unnamed")} —{" "}
            {v.targetProfile
              ? termLabel(l, "target_profile", v.targetProfile)
              : ip.t(l, "profile_unknown")}
          </li>
        ))}
      </ul>
      <h2>{ip.t(l, "attributions")}</h2>
      {p.attributions.length === 0 ? (
        <p>{ip.t(l, "attr_none")}</p>
      ) : (
        <ScrollBox labelledBy="attributions-caption">
          <table>
            <caption id="attributions-caption">{ip.t(l, "attr_caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{ip.t(l, "attr_state")}</th>
                <th scope="col">{ip.t(l, "attr_role")}</th>
                <th scope="col">{ip.t(l, "attr_confidence")}</th>
              </tr>
            </thead>
            <tbody>
              {p.attributions.map((a, i) => (
                <tr key={i}>
                  <th scope="row">{stateName(l, a.state)}</th>
                  <td>{termLabel(l, "involvement_role", a.role)}</td>
                  <td>{termLabel(l, "attribution_confidence", a.confidence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
      <h2>{ip.t(l, "response")}</h2>
      <Response lang={l} p={p} />
      <h2>{ip.t(l, "sources")}</h2>
      {p.citations.length === 0 ? (
        <p>{ip.t(l, "sources_none")}</p>
      ) : (
        <>
          <ol class="sources">
            {p.citations.map((c, i) => (
              <li key={i}>
                {safeUrl(c.url) ? (
                  <a href={safeUrl(c.url)!} rel="noopener noreferrer" referrerpolicy="no-referrer">
                    {c.label}
                  </a>
                ) : (
                  c.label
                )}
                {c.publishedOn &&
                  `, ${ip.t(l, "published_on", { date: formatPartialDate(l, c.publishedOn) })}`}{" "}
                <span class="tag">{ip.t(l, "grade", { grade: c.grade })}</span>
              </li>
            ))}
          </ol>
          <p class="hint">{ip.t(l, "grade_help")}</p>
        </>
      )}
      <p>
        <a href={href(ctx, `/${l}/incidents/`)}>{ip.t(l, "back")}</a>
      </p>
    </>
  );
}

/** Only http(s) links are made clickable: a stored "javascript:" URL stays plain text. */
function safeUrl(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** The incident page around the incident's view (live and mirror pages alike). */
function incidentPageBody(ctx: PublicContext, p: PublicIncident): RenderedPage {
  const l = ctx.lang;
  const title = incidentTitle(l, p);
  return {
    body: renderPublicPage(
      <PublicLayout
        ctx={ctx}
        title={title}
        description={p.summary ?? undefined}
        breadcrumb={[
          { label: pt(l, "nav.home"), path: `/${l}/` },
          { label: pt(l, "nav.incidents"), path: `/${l}/incidents/` },
        ]}
      >
        <IncidentView ctx={ctx} p={p} />
      </PublicLayout>,
    ),
  };
}

/** `/{lang}/incidents/{publicId}/`: one published incident; 404 when unknown or withdrawn. */
export const incidentPage: PublicPageType<{ publicId: string }> = {
  id: "incident",
  route: "/incidents/:publicId/",
  async *paths(ctx) {
    for await (const publicId of allIncidentIds(ctx.db)) yield { publicId };
  },
  async render(ctx, params) {
    if (!PUBLIC_ID.test(params.publicId)) return null;
    const p = await findIncident(ctx.db, params.publicId);
    return p ? incidentPageBody(ctx, p) : null;
  },
  async renderMany(requests) {
    if (requests.length === 0) return [];
    const ids = requests.map((r) => r.params.publicId).filter((id) => PUBLIC_ID.test(id));
    const found = await findIncidents(requests[0]!.ctx.db, ids);
    return requests.map(({ ctx, params }) => {
      const p = PUBLIC_ID.test(params.publicId) ? found.get(params.publicId) : undefined;
      return p ? incidentPageBody(ctx, p) : null;
    });
  },
};
