import type { PublicPageType } from "../public-page.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";
import { at, type AboutKey } from "./about.messages.ts";

function renderAbout(ctx: PublicContext) {
  const l = ctx.lang;
  const m = (key: AboutKey) => at(l, key);
  const lead = at(l, "lead", { site: ctx.config.name[l] });
  const sections: [string, AboutKey][] = [
    [`/${l}/documents/`, "find.documents"],
    [`/${l}/incidents/`, "find.incidents"],
    [`/${l}/accountability/`, "find.accountability"],
    [`/${l}/methodology/`, "find.methodology"],
    [`/${l}/data/`, "find.data"],
    [`/${l}/feeds/`, "find.feeds"],
  ];
  const hotline = ctx.config.hotline;
  return renderPublicPage(
    <PublicLayout
      ctx={ctx}
      title={m("title")}
      description={lead}
      breadcrumb={[{ label: pt(l, "nav.home"), path: `/${l}/` }]}
    >
      <h1>{m("title")}</h1>
      <p class="lead">{lead}</p>
      <h2>{m("work.title")}</h2>
      <p>{m("work.p1")}</p>
      <p>{m("work.p2")}</p>
      <p>{m("work.p3")}</p>
      <h2>{m("find.title")}</h2>
      <ul>
        {sections.map(([path, key]) => (
          <li key={path}>
            <a href={href(ctx, path)}>{m(key)}</a>
          </li>
        ))}
      </ul>
      <h2>{m("help.title")}</h2>
      {hotline ? (
        <p>
          {m("help.hotline")}{" "}
          <a href={`tel:${hotline.tel}`}>
            <span dir="ltr">{hotline.display}</span>
          </a>
        </p>
      ) : (
        <p>{m("help.none")}</p>
      )}
      <h2>{m("privacy.title")}</h2>
      <p>{m("privacy.p1")}</p>
      <p>{m("privacy.p2")}</p>
    </PublicLayout>,
  );
}

/** `/{lang}/about/`: what the organisation does, what the site holds, help and privacy. */
export const aboutPage: PublicPageType<Record<string, never>> = {
  id: "about",
  route: "/about/",
  paths: () => [{}],
  render: async (ctx) => ({ body: renderAbout(ctx) }),
};
