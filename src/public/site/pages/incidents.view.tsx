import type { Lang } from "../../../i18n/languages.ts";
import { href, type PublicContext } from "../public-context.ts";
import { FILTER_FIELDS, type FilterField, type FilterOptions } from "./incidents.filters.ts";
import { generalisedDate, stateName, termLabel } from "./incidents.labels.ts";
import { im, stageLabel } from "./incidents.messages.ts";
import type { IncidentListRow } from "./incidents.repository.ts";
import { ScrollBox } from "../public-layout.tsx";

const FIELD_LABEL = {
  origin: "filters.origin",
  host: "filters.host",
  group: "filters.group",
  tactic: "filters.tactic",
  year: "filters.year",
  profile: "filters.profile",
  stage: "filters.stage",
  verification: "filters.verification",
} as const satisfies Record<FilterField, string>;

/** The label of a filter field in the reader's language. */
export function fieldLabel(lang: Lang, field: FilterField): string {
  return im.t(lang, FIELD_LABEL[field]);
}

function optionLabel(lang: Lang, field: FilterField, code: string): string {
  switch (field) {
    case "origin":
    case "host":
      return stateName(lang, code);
    case "group":
      return termLabel(lang, "tactic_group", code);
    case "tactic":
      return termLabel(lang, "tactic", code);
    case "profile":
      return termLabel(lang, "target_profile", code);
    case "verification":
      return termLabel(lang, "verification_status", code);
    case "stage":
      return stageLabel(lang, Number(code));
    case "year":
      return code;
  }
}

/** GOV.UK error summary: what is wrong, each item linking to its field. */
export function ErrorSummary(props: { lang: Lang; items: { id: string; text: string }[] }) {
  if (props.items.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
      <h2 id="error-summary-title">{im.t(props.lang, "filters.error_title")}</h2>
      <ul>
        {props.items.map((i) => (
          <li key={i.id}>
            <a href={`#${i.id}`}>{i.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The GET filter form: one labelled select per filter, errors at the field, no script. */
export function FilterForm(props: {
  ctx: PublicContext;
  action: string;
  options: FilterOptions;
  values: Partial<Record<FilterField, string>>;
  invalid: FilterField[];
}) {
  const l = props.ctx.lang;
  return (
    <form method="get" action={props.action} class="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" class="visually-hidden">
        {im.t(l, "filters.title")}
      </h2>
      {FILTER_FIELDS.map((field) => {
        const id = `filter-${field}`;
        const bad = props.invalid.includes(field);
        return (
          <div class="field" key={field}>
            <label for={id}>{fieldLabel(l, field)}</label>
            {bad && (
              <p id={`${id}-error`} class="field__error">
                {im.t(l, "filters.error_value", { field: fieldLabel(l, field) })}
              </p>
            )}
            <select id={id} name={field} aria-describedby={bad ? `${id}-error` : undefined}>
              <option value="">{im.t(l, "filters.any")}</option>
              {props.options[field].map((code) => (
                <option key={code} value={code} selected={props.values[field] === code}>
                  {optionLabel(l, field, code)}
                </option>
              ))}
            </select>
          </div>
        );
      })}
      <div class="field">
        <button type="submit" class="button">
          {im.t(l, "filters.apply")}
        </button>{" "}
        <a href={props.action}>{im.t(l, "filters.clear")}</a>
      </div>
    </form>
  );
}

/** The result table: generalised date, states and tactic in the reader's language, stage. */
export function IncidentTable(props: { ctx: PublicContext; rows: IncidentListRow[] }) {
  const { ctx } = props;
  const l = ctx.lang;
  return (
    <ScrollBox labelledBy="incidents-caption">
      <table>
        <caption id="incidents-caption">{im.t(l, "list.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{im.t(l, "col.id")}</th>
            <th scope="col">{im.t(l, "col.when")}</th>
            <th scope="col">{im.t(l, "filters.host")}</th>
            <th scope="col">{im.t(l, "filters.origin")}</th>
            <th scope="col">{im.t(l, "filters.tactic")}</th>
            <th scope="col">{im.t(l, "filters.stage")}</th>
            <th scope="col">{im.t(l, "col.verification")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.publicId}>
              <th scope="row">
                <a href={href(ctx, `/${l}/incidents/${encodeURIComponent(r.publicId)}/`)}>
                  {r.publicId}
                </a>
              </th>
              <td>{generalisedDate(l, r.dateLabel)}</td>
              <td>{stateName(l, r.hostState)}</td>
              <td>{stateName(l, r.originState)}</td>
              <td>{termLabel(l, "tactic", r.primaryTactic)}</td>
              <td>{stageLabel(l, r.furthestStage)}</td>
              <td>{termLabel(l, "verification_status", r.verificationStatus)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/** Page numbers shown: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const out: (number | null)[] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** GOV.UK pagination: previous, numbered pages with gaps, next; the current page marked. */
export function Pagination(props: {
  ctx: PublicContext;
  page: number;
  pages: number;
  link: (page: number) => string;
}) {
  const { ctx, page, pages } = props;
  const l = ctx.lang;
  if (pages <= 1) return null;
  const to = (n: number) => href(ctx, props.link(n));
  return (
    <nav class="pagination" aria-label={im.t(l, "page.label")}>
      <ul>
        {page > 1 && (
          <li>
            <a href={to(page - 1)} rel="prev">
              {im.t(l, "page.prev")}
            </a>
          </li>
        )}
        {pageWindow(page, pages).map((n, i) => (
          <li key={i}>
            {n === null ? (
              <span>…</span>
            ) : n === page ? (
              <span aria-current="page">{n}</span>
            ) : (
              <a href={to(n)} aria-label={im.t(l, "page.number", { page: n })}>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={to(page + 1)} rel="next">
              {im.t(l, "page.next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
