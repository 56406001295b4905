import { formatNumber, formatPartialDate } from "../i18n/i18n.ts";
import type { Lang } from "../i18n/languages.ts";
import { SummaryList } from "../server/views/components.tsx";
import type { PublicDate, PublicIncident, PublicPlace } from "./public-incident.types.ts";
import { vocabLabel } from "./publishing-view.helpers.tsx";
import { pt } from "./publishing.messages.ts";

function dateText(lang: Lang, d: PublicDate): string {
  if (!d.from) return pt(lang, "preview.unknown");
  const from = formatPartialDate(lang, d.from);
  return d.to && d.to !== d.from ? `${from} – ${formatPartialDate(lang, d.to)}` : from;
}

function placeText(lang: Lang, p: PublicPlace): string {
  if (p.precision === "online") return pt(lang, "preview.online");
  return [p.city, p.country].filter(Boolean).join(", ") || pt(lang, "preview.unknown");
}

/**
 * The public incident exactly as the projection holds it, laid out as the public page lays it
 * out. Everything shown comes from the PublicIncident value: nothing else is in scope here, so
 * nothing protected can slip onto the preview.
 */
export function PublicIncidentPreview(props: { lang: Lang; value: PublicIncident }) {
  const { lang: l, value: v } = props;
  const r = v.response;
  return (
    <article class="panel" aria-labelledby="public-preview-title">
      <h2 id="public-preview-title">{pt(l, "preview.incident_heading", { id: v.publicId })}</h2>
      {v.summary && <p class="lead">{v.summary}</p>}
      <SummaryList
        rows={[
          [pt(l, "preview.origin"), v.originState],
          [pt(l, "preview.host"), v.hostState],
          [pt(l, "preview.when"), dateText(l, v.date)],
          [pt(l, "preview.where"), placeText(l, v.place)],
          [
            pt(l, "preview.tactics"),
            v.tactics.length
              ? v.tactics
                  .map(
                    (t) =>
                      `${vocabLabel(l, "tactic", t.tactic)} (${vocabLabel(l, "tactic_group", t.topGroup)})`,
                  )
                  .join("; ")
              : "—",
          ],
          [
            pt(l, "preview.targets"),
            v.targetProfiles.map((p) => vocabLabel(l, "target_profile", p)).join(", ") || "—",
          ],
          [
            pt(l, "preview.victims"),
            v.victims.length
              ? v.victims.map((x) => x.name ?? pt(l, "preview.anonymous")).join(", ")
              : "—",
          ],
          [
            pt(l, "preview.verification"),
            vocabLabel(l, "verification_status", v.verificationStatus),
          ],
          [pt(l, "preview.counted"), pt(l, v.counted ? "preview.yes" : "preview.no")],
        ]}
      />
      <h3>{pt(l, "preview.attributions")}</h3>
      {v.attributions.length ? (
        <ul>
          {v.attributions.map((a, i) => (
            <li key={i}>
              {a.state}: {vocabLabel(l, "involvement_role", a.role)} —{" "}
              {vocabLabel(l, "attribution_confidence", a.confidence)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{pt(l, "preview.none")}</p>
      )}
      <h3>{pt(l, "preview.response")}</h3>
      <p>
        {pt(l, "preview.furthest", { stage: r.furthestStage.replace(/_/g, " ") })}{" "}
        {r.firstResponseDays !== null &&
          pt(l, "preview.first_response", { days: formatNumber(l, r.firstResponseDays) })}
      </p>
      {r.timeline.length > 0 && (
        <table class="table">
          <caption>{pt(l, "preview.timeline")}</caption>
          <thead>
            <tr>
              <th scope="col">{pt(l, "preview.stage")}</th>
              <th scope="col">{pt(l, "preview.days")}</th>
            </tr>
          </thead>
          <tbody>
            {r.timeline.map((s, i) => (
              <tr key={i}>
                <th scope="row">{s.stage.replace(/_/g, " ")}</th>
                <td>{s.daysFromFiling === null ? "—" : formatNumber(l, s.daysFromFiling)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{pt(l, "preview.sources")}</h3>
      {v.citations.length ? (
        <ol>
          {v.citations.map((c, i) => (
            <li key={i}>
              {c.url ? (
                <a href={c.url} rel="noopener noreferrer">
                  {c.label}
                </a>
              ) : (
                c.label
              )}
              {c.publishedOn && ` (${formatPartialDate(l, c.publishedOn)})`} — {c.grade}
            </li>
          ))}
        </ol>
      ) : (
        <p>{pt(l, "preview.none")}</p>
      )}
    </article>
  );
}
