import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";

/** What every page shows about the installation. */
export interface PageContext {
  demo: boolean;
  state: "uninitialised" | "sealed" | "unsealed";
}

/** The page frame: skip link, banners for demo mode and a sealed vault, main content. */
export function Layout(props: { title: string; ctx: PageContext; children: ComponentChildren }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${props.title} — TNR Monitor`}</title>
        <link rel="stylesheet" href="/assets/base.css" />
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to main content
        </a>
        {props.ctx.demo && (
          <div class="banner banner--demo" role="note">
            <strong>Demo mode — not for real cases.</strong> Everything here is either public or
            fictional, and this installation's key is kept beside its data.
          </div>
        )}
        <header class="header">
          <a class="header__name" href="/">
            TNR Monitor
          </a>
          <span class={`status status--${props.ctx.state}`}>
            {props.ctx.state === "unsealed"
              ? "Vault unsealed"
              : props.ctx.state === "sealed"
                ? "Vault sealed"
                : "Not initialised"}
          </span>
        </header>
        <main id="main" class="main" tabIndex={-1}>
          {props.children}
        </main>
      </body>
    </html>
  );
}

/** Renders a page to a complete HTML document (children are escaped by Preact). */
export function renderPage(node: preact.VNode): string {
  return "<!doctype html>" + renderToString(node);
}
