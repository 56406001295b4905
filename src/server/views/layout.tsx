import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import type { Role } from "../../auth/auth.types.ts";
import { t } from "../../i18n/i18n.ts";
import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES, type Lang } from "../../i18n/languages.ts";

/** What every staff page knows about the request and the installation. */
export interface PageContext {
  lang: Lang;
  demo: boolean;
  state: "uninitialised" | "sealed" | "unsealed";
  /** The path of this page (for the language switch), without query string. */
  path: string;
  /** Signed-in staff member, if any (controls navigation and the sign-out form). */
  actor?: { role: Role; isAdmin: boolean } | null;
  /** Anti-forgery token for the forms on this page (the sign-out form included). */
  csrf?: string;
}

/** The frame of every staff page: skip link, banners, header with language switch, navigation. */
export function Layout(props: {
  title: string;
  ctx: PageContext;
  identity?: boolean;
  children: ComponentChildren;
}) {
  const { ctx } = props;
  const l = ctx.lang;
  return (
    <html lang={LANGUAGE_TAGS[l]}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <title>{`${props.title} — ${t(l, "site.name")}`}</title>
        <link rel="stylesheet" href="/assets/base.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t(l, "layout.skip")}
        </a>
        {ctx.demo && (
          <div class="banner banner--demo" role="note">
            {t(l, "layout.demo_banner")}
          </div>
        )}
        <header class="header">
          <a class="header__name" href={ctx.actor ? "/staff" : "/"}>
            {t(l, "site.name")}
          </a>
          <span class={`status status--${ctx.state}`}>{t(l, `layout.state.${ctx.state}`)}</span>
          <nav class="lang-switch" aria-label={t(l, "layout.language")}>
            <ul>
              {LANGUAGES.map((code) => (
                <li key={code}>
                  {code === l ? (
                    <span aria-current="true" lang={LANGUAGE_TAGS[code]}>
                      {LANGUAGE_NAMES[code]}
                    </span>
                  ) : (
                    <a
                      href={`${ctx.path}?lang=${code}`}
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
        </header>
        {ctx.actor && <StaffNav ctx={ctx} />}
        {props.identity && (
          <div class="banner banner--identity" role="note">
            {t(l, "layout.identity_marker")}
          </div>
        )}
        <main id="main" class="main" tabIndex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}

/** Staff navigation with the role and the sign-out form (a POST: signing out changes state). */
function StaffNav(props: { ctx: PageContext }) {
  const { ctx } = props;
  const l = ctx.lang;
  const links: [string, Parameters<typeof t>[1]][] = [
    ["/staff", "nav.overview"],
    ["/staff/incidents", "nav.incidents"],
    ["/staff/documents", "nav.documents"],
    ["/staff/publications", "nav.publications"],
    ["/staff/account", "nav.account"],
  ];
  if (ctx.actor?.isAdmin)
    links.push(["/staff/admin/users", "nav.users"], ["/staff/audit", "nav.audit"]);
  return (
    <nav class="staff-nav" aria-label={t(l, "layout.staff_nav")}>
      <ul>
        {links.map(([href, key]) => (
          <li key={href}>
            <a href={href} aria-current={ctx.path === href ? "page" : undefined}>
              {t(l, key)}
            </a>
          </li>
        ))}
      </ul>
      <form method="post" action="/staff/logout" class="staff-nav__signout">
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <span class="staff-nav__role">{t(l, `role.${ctx.actor!.role}`)}</span>{" "}
        <button type="submit" class="button button--secondary">
          {t(l, "layout.sign_out")}
        </button>
      </form>
    </nav>
  );
}

/** Renders a page to a complete HTML document (children are escaped by Preact). */
export function renderPage(node: preact.VNode): string {
  return "<!doctype html>" + renderToString(node);
}
