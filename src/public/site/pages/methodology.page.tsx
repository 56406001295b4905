import { TACTIC_GROUPS, TACTICS } from "../../../vocabularies/vocabulary.codes.ts";
import type { Lang } from "../../../i18n/languages.ts";
import { FUNNEL_STAGES } from "../../render/charts.ts";
import type { PublicPageType } from "../public-page.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";
import { termLabel } from "./documents.parts.tsx";
import { mt, type MethodologyKey } from "./methodology.messages.ts";

const GROUPS = Object.keys(TACTIC_GROUPS) as (keyof typeof TACTIC_GROUPS)[];
const TACTIC_CODES = Object.keys(TACTICS) as (keyof typeof TACTICS)[];

function TacticList(props: { l: Lang; group: string }) {
  const tactics = TACTIC_CODES.filter((t) => TACTICS[t] === props.group);
  return (
    <ul>
      {tactics.map((t) => (
        <li key={t}>{termLabel("tactic", t, props.l)}</li>
      ))}
    </ul>
  );
}

/** The tactic groups of the vocabulary, in PACE order, each with its tactics (and subgroups). */
function TacticTree(props: { l: Lang }) {
  const { l } = props;
  return (
    <>
      {GROUPS.filter((g) => TACTIC_GROUPS[g] === null).map((g) => {
        const subgroups = GROUPS.filter((s) => TACTIC_GROUPS[s] === g);
        return (
          <section key={g} aria-labelledby={`group-${g}`}>
            <h3 id={`group-${g}`}>{termLabel("tactic_group", g, l)}</h3>
            {subgroups.length === 0 ? (
              <TacticList l={l} group={g} />
            ) : (
              subgroups.map((s) => (
                <section key={s} aria-labelledby={`group-${s}`}>
                  <h4 id={`group-${s}`}>{termLabel("tactic_group", s, l)}</h4>
                  <TacticList l={l} group={s} />
                </section>
              ))
            )}
          </section>
        );
      })}
    </>
  );
}

function renderMethodology(ctx: PublicContext) {
  const l = ctx.lang;
  const m = (key: MethodologyKey) => mt(l, key);
  return renderPublicPage(
    <PublicLayout
      ctx={ctx}
      title={m("title")}
      description={m("lead")}
      breadcrumb={[
        { label: pt(l, "nav.home"), path: `/${l}/` },
        { label: pt(l, "nav.about"), path: `/${l}/about/` },
      ]}
    >
      <h1>{m("title")}</h1>
      <p class="lead">{m("lead")}</p>
      <nav class="toc" aria-labelledby="method-contents">
        <h2 id="method-contents">{m("contents")}</h2>
        <ul>
          {(
            [
              ["count", "count.title"],
              ["freedom-house", "fh.title"],
              ["tactics", "tactics.title"],
              ["stages", "stages.title"],
              ["suppression", "suppression.title"],
            ] as const
          ).map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{m(key)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <h2 id="count">{m("count.title")}</h2>
      <p>{m("count.p1")}</p>
      <p>{m("count.p2")}</p>
      <p>{m("count.p3")}</p>
      <h2 id="freedom-house">{m("fh.title")}</h2>
      <p>{m("fh.p1")}</p>
      <p>{m("fh.p2")}</p>
      <h2 id="tactics">{m("tactics.title")}</h2>
      <p>{m("tactics.p")}</p>
      <TacticTree l={l} />
      <h2 id="stages">{m("stages.title")}</h2>
      <p>{m("stages.p1")}</p>
      <ol class="timeline">
        {FUNNEL_STAGES.map((s) => (
          <li key={s}>{m(`stage.${s}`)}</li>
        ))}
      </ol>
      <p>{m("stages.p2")}</p>
      <h2 id="attribution">{m("attribution.title")}</h2>
      <p>{m("attribution.p")}</p>
      <h2 id="never">{m("never.title")}</h2>
      <ul>
        <li>{m("never.names")}</li>
        <li>{m("never.contacts")}</li>
        <li>{m("never.dates")}</li>
        <li>{m("never.sources")}</li>
      </ul>
      <h2 id="suppression">{m("suppression.title")}</h2>
      <p>{mt(l, "suppression.p1", { n: ctx.config.suppressionThreshold })}</p>
      <p>{m("suppression.p2")}</p>
      <p>{m("suppression.p3")}</p>
      <h2 id="review">{m("review.title")}</h2>
      <p>{m("review.p")}</p>
      <p>
        <a href={href(ctx, `/${l}/accountability/`)}>{pt(l, "nav.accountability")}</a>
      </p>
    </PublicLayout>,
  );
}

/** `/{lang}/methodology/`: how incidents are counted, the vocabularies, the suppression rule. */
export const methodologyPage: PublicPageType<Record<string, never>> = {
  id: "methodology",
  route: "/methodology/",
  paths: () => [{}],
  render: async (ctx) => ({ body: renderMethodology(ctx) }),
};
