import type { Lang } from "../../../i18n/languages.ts";
import { href } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage, ScrollBox } from "../public-layout.tsx";
import type { PublicPageType } from "../public-page.ts";
import { DICTIONARY } from "./data.dictionary.ts";
import { dm } from "./data.messages.ts";
import { DOWNLOAD_COLUMNS } from "./data.record.ts";
import type { Phrase } from "./incidents.messages.ts";
import { schemeCodes, termLabel } from "./incidents.labels.ts";

const INDEX: Record<Lang, number> = { en: 0, ka: 1, az: 2, ru: 3 };
const say = (l: Lang, p: Phrase) => p[INDEX[l]]!;

/** `/{lang}/data/`: the downloads and the data dictionary (every column, its values and rule). */
export const dataPage: PublicPageType = {
  id: "data",
  route: "/data/",
  paths: () => [{}],
  async render(ctx) {
    const l = ctx.lang;
    const withScheme = DOWNLOAD_COLUMNS.filter((c) => DICTIONARY[c].scheme);
    return {
      body: renderPublicPage(
        <PublicLayout
          ctx={ctx}
          title={dm.t(l, "title")}
          description={dm.t(l, "lead")}
          breadcrumb={[{ label: pt(l, "nav.home"), path: `/${l}/` }]}
        >
          <h1>{dm.t(l, "title")}</h1>
          <p class="lead">{dm.t(l, "lead")}</p>
          <h2>{dm.t(l, "downloads")}</h2>
          <ul>
            <li>
              <a href={href(ctx, "/data/incidents.csv")} type="text/csv" download="incidents.csv">
                {dm.t(l, "csv")}
              </a>
              <p class="hint">{dm.t(l, "csv_note")}</p>
            </li>
            <li>
              <a
                href={href(ctx, "/data/incidents.json")}
                type="application/json"
                download="incidents.json"
              >
                {dm.t(l, "json")}
              </a>
              <p class="hint">{dm.t(l, "json_note")}</p>
            </li>
          </ul>
          <h2>{dm.t(l, "counts_title")}</h2>
          <p>{dm.t(l, "counts_note", { threshold: ctx.config.suppressionThreshold })}</p>
          <p>
            <a href={href(ctx, `/${l}/accountability/`)}>{dm.t(l, "accountability_link")}</a>
          </p>
          <h2 id="dictionary">{dm.t(l, "dictionary")}</h2>
          <ScrollBox labelledBy="dictionary-caption">
            <table class="dictionary">
              <caption id="dictionary-caption">{dm.t(l, "dictionary_caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{dm.t(l, "col_name")}</th>
                  <th scope="col">{dm.t(l, "col_meaning")}</th>
                  <th scope="col">{dm.t(l, "col_values")}</th>
                  <th scope="col">{dm.t(l, "col_rule")}</th>
                </tr>
              </thead>
              <tbody>
                {DOWNLOAD_COLUMNS.map((c) => (
                  <tr key={c} id={`column-${c}`}>
                    <th scope="row">
                      <code>{c}</code>
                    </th>
                    <td>{say(l, DICTIONARY[c].meaning)}</td>
                    <td>{say(l, DICTIONARY[c].values)}</td>
                    <td>{say(l, DICTIONARY[c].rule)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          {withScheme.map((c) => {
            const scheme = DICTIONARY[c].scheme!;
            return (
              <details key={c}>
                <summary>{dm.t(l, "vocabulary", { column: c })}</summary>
                <ScrollBox labelledBy={`codes-${c}-caption`}>
                  <table>
                    <caption id={`codes-${c}-caption`}>
                      {dm.t(l, "vocabulary", { column: c })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">{dm.t(l, "code")}</th>
                        <th scope="col">{dm.t(l, "label")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {schemeCodes(scheme).map((code) => (
                        <tr key={code}>
                          <th scope="row">
                            <code>{code}</code>
                          </th>
                          <td>{termLabel(l, scheme, code)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </ScrollBox>
              </details>
            );
          })}
        </PublicLayout>,
      ),
    };
  },
};
