import type { PublicPageType } from "../public-page.ts";
import { href } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";

/** The home page of each language: what the site is, the latest publications, key figures. */
export const homePage: PublicPageType = {
  id: "home",
  route: "/",
  paths: () => [{}],
  async render(ctx) {
    const l = ctx.lang;
    const latest = await ctx.db
      .selectFrom("public_document_translations as t")
      .innerJoin("public_documents as d", "d.slug", "t.slug")
      .select(["t.slug", "t.title", "t.summary", "d.published_on", "d.document_type"])
      .where("t.language", "=", l)
      .orderBy("d.published_on", "desc")
      .orderBy("t.slug")
      .limit(5)
      .execute();
    return {
      body: renderPublicPage(
        <PublicLayout ctx={ctx} title={ctx.config.name[l]} description={pt(l, "home.lead")}>
          <h1>{pt(l, "home.title")}</h1>
          <p class="lead">{pt(l, "home.lead")}</p>
          <h2>{pt(l, "home.latest")}</h2>
          <ul class="document-list">
            {latest.map((d) => (
              <li key={d.slug}>
                <a href={href(ctx, `/${l}/documents/${d.slug}/`)}>{d.title}</a>
                {d.summary && <p>{d.summary}</p>}
              </li>
            ))}
          </ul>
          <p>
            <a href={href(ctx, `/${l}/documents/`)}>{pt(l, "home.all_documents")}</a>
          </p>
        </PublicLayout>,
      ),
    };
  },
};
