import { LANGUAGE_NAMES, LANGUAGE_TAGS, type Lang } from "../../i18n/languages.ts";
import { href, type PublicContext } from "../site/public-context.ts";
import { pt } from "../site/public-i18n.ts";
import { renderPublicPage } from "../site/public-layout.tsx";

/**
 * The mirror's root page: the site name and a link per language, each in its own language (the
 * live server redirects "/" by Accept-Language instead; a static host cannot).
 */
export function languageChooserPage(ctx: PublicContext, languages: readonly Lang[]): string {
  return renderPublicPage(
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>
          {languages
            .map((l) => ctx.config.name[l])
            .filter((v, i, a) => a.indexOf(v) === i)
            .join(" · ")}
        </title>
        <link rel="stylesheet" href={href(ctx, "/assets/public.css")} />
      </head>
      <body>
        <main id="main" class="main">
          <h1>{ctx.config.name.en}</h1>
          <ul class="document-list">
            {languages.map((l) => (
              <li key={l} lang={LANGUAGE_TAGS[l]}>
                <a href={href(ctx, `/${l}/`)} hreflang={LANGUAGE_TAGS[l]}>
                  {`${LANGUAGE_NAMES[l]} — ${ctx.config.name[l]}`}
                </a>
              </li>
            ))}
          </ul>
        </main>
      </body>
    </html>,
  );
}

/** The mirror's 404 page (web servers can be told to serve it), in all four languages. */
export function mirrorNotFoundPage(ctx: PublicContext): string {
  const langs: Lang[] = ["ka", "en", "az", "ru"];
  return renderPublicPage(
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{pt("en", "notfound.title")}</title>
      </head>
      <body>
        <main id="main" class="main">
          {langs.map((l) => (
            <section key={l} lang={LANGUAGE_TAGS[l]}>
              <h1>{pt(l, "notfound.title")}</h1>
              <p>{pt(l, "notfound.body")}</p>
              <p>
                <a href={`/${l}/`}>{ctx.config.name[l]}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>,
  );
}
