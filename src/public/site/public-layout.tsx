import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES } from "../../i18n/languages.ts";
import { href, pathInLanguage, type PublicContext } from "./public-context.ts";
import { pt } from "./public-i18n.ts";

/** One step of the breadcrumb ("Ethnic minorities / Analytical documents"). */
export interface Crumb {
  label: string;
  path?: string;
}

/**
 * The frame of every public page: skip link first, demo and hotline banners, header with the
 * language switch (same page in each language), main navigation, breadcrumb, content, footer with
 * keyboard instructions. No script, no cookie, nothing from another host.
 */
export function PublicLayout(props: {
  ctx: PublicContext;
  title: string;
  description?: string;
  breadcrumb?: Crumb[];
  /** Feeds to advertise in <head> (path and title). */
  feeds?: { path: string; title: string }[];
  children: ComponentChildren;
}) {
  const { ctx } = props;
  const l = ctx.lang;
  const link = (p: string) => href(ctx, p);
  const nav: [string, Parameters<typeof pt>[1]][] = [
    [`/${l}/`, "nav.home"],
    [`/${l}/documents/`, "nav.documents"],
    [`/${l}/incidents/`, "nav.incidents"],
    [`/${l}/accountability/`, "nav.accountability"],
    [`/${l}/about/`, "nav.about"],
  ];
  const site = ctx.config.name[l];
  return (
    <html lang={LANGUAGE_TAGS[l]}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{props.title === site ? site : `${props.title} — ${site}`}</title>
        {props.description && <meta name="description" content={props.description} />}
        <link rel="stylesheet" href={link("/assets/public.css")} />
        <link rel="stylesheet" href={link("/assets/print.css")} media="print" />
        {LANGUAGES.map((code) => (
          <link
            key={code}
            rel="alternate"
            hreflang={LANGUAGE_TAGS[code]}
            href={link(pathInLanguage(ctx.path, code))}
          />
        ))}
        {(props.feeds ?? [{ path: `/${l}/feed.xml`, title: site }]).map((f) => (
          <link
            key={f.path}
            rel="alternate"
            type="application/atom+xml"
            title={f.title}
            href={link(f.path)}
          />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {pt(l, "skip")}
        </a>
        {ctx.config.demo && (
          <div class="banner banner--demo" role="note">
            {pt(l, "demo.banner")}
          </div>
        )}
        {ctx.config.hotline && (
          <div class="banner banner--hotline" role="note">
            <p>
              {pt(l, "hotline.text")}{" "}
              <a href={`tel:${ctx.config.hotline.tel}`} class="hotline">
                <span dir="ltr">{ctx.config.hotline.display}</span>
              </a>
            </p>
            <p class="banner__small">{pt(l, "hotline.hours")}</p>
          </div>
        )}
        <header class="site-header">
          <a class="site-header__name" href={link(`/${l}/`)}>
            {site}
          </a>
          <nav class="lang-switch" aria-label={pt(l, "language")}>
            <ul>
              {LANGUAGES.map((code) => (
                <li key={code}>
                  {code === l ? (
                    <span aria-current="true" lang={LANGUAGE_TAGS[code]}>
                      {LANGUAGE_NAMES[code]}
                    </span>
                  ) : (
                    <a
                      href={link(pathInLanguage(ctx.path, code))}
                      hreflang={LANGUAGE_TAGS[code]}
                      lang={LANGUAGE_TAGS[code]}
                    >
                      {LANGUAGE_NAMES[code]}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </nav>
          <a class="button button--subscribe" href={link(`/${l}/subscribe/`)}>
            {pt(l, "nav.subscribe")}
          </a>
        </header>
        <nav class="site-nav" aria-label={pt(l, "nav.label")}>
          <ul>
            {nav.map(([p, key]) => (
              <li key={p}>
                <a href={link(p)} aria-current={ctx.path === p ? "page" : undefined}>
                  {pt(l, key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {props.breadcrumb && props.breadcrumb.length > 0 && (
          <nav class="breadcrumb" aria-label={pt(l, "breadcrumb.label")}>
            <ol>
              {props.breadcrumb.map((c, i) => (
                <li key={i}>{c.path ? <a href={link(c.path)}>{c.label}</a> : c.label}</li>
              ))}
            </ol>
          </nav>
        )}
        <main id="main" class="main" tabIndex={-1}>
          {props.children}
        </main>
        <footer class="site-footer">
          <section aria-labelledby="keyboard-help">
            <h2 id="keyboard-help">{pt(l, "footer.keyboard.title")}</h2>
            <p>{pt(l, "footer.keyboard.text")}</p>
          </section>
          <ul class="site-footer__links">
            <li>
              <a href={link(`/${l}/accessibility/`)}>{pt(l, "footer.accessibility")}</a>
            </li>
            <li>
              <a href={link(`/${l}/methodology/`)}>{pt(l, "footer.methodology")}</a>
            </li>
            <li>
              <a href={link(`/${l}/feeds/`)}>{pt(l, "footer.feeds")}</a>
            </li>
            <li>
              <a href={link(`/${l}/data/`)}>{pt(l, "footer.data")}</a>
            </li>
          </ul>
          <p>{pt(l, "footer.licence")}</p>
        </footer>
      </body>
    </html>
  );
}

/**
 * A box that scrolls sideways when its table or chart is wider than the screen (a phone): a
 * named group with a tab stop, so keyboard users can scroll it and screen readers announce what
 * it holds (its caption or heading, by id). A group, not a region: a page of tables would
 * otherwise fill the landmark list with names its sections already carry.
 */
export function ScrollBox(props: {
  labelledBy: string;
  class?: string;
  children?: preact.ComponentChildren;
}) {
  return (
    <div
      class={props.class ?? "table-wrap"}
      role="group"
      tabIndex={0}
      aria-labelledby={props.labelledBy}
    >
      {props.children}
    </div>
  );
}

/** A complete HTML document from a page tree (Preact escapes every text and attribute). */
export function renderPublicPage(node: preact.VNode): string {
  return "<!doctype html>" + renderToString(node);
}
