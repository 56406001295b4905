import type { PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";

/** The public 404 page in the visitor's language. */
export function notFoundPage(ctx: PublicContext): string {
  const l = ctx.lang;
  return renderPublicPage(
    <PublicLayout ctx={ctx} title={pt(l, "notfound.title")}>
      <h1>{pt(l, "notfound.title")}</h1>
      <p>{pt(l, "notfound.body")}</p>
    </PublicLayout>,
  );
}

/** The public error page: a generic message and a reference, never details. */
export function publicErrorPage(ctx: PublicContext, id: string): string {
  const l = ctx.lang;
  return renderPublicPage(
    <PublicLayout ctx={ctx} title={pt(l, "error.title")}>
      <h1>{pt(l, "error.title")}</h1>
      <p>{pt(l, "error.body", { id })}</p>
    </PublicLayout>,
  );
}

/** A public form refused because it came from another site (403): what to do instead. */
export function publicRefusedPage(ctx: PublicContext): string {
  const l = ctx.lang;
  return renderPublicPage(
    <PublicLayout ctx={ctx} title={pt(l, "refused.title")}>
      <h1>{pt(l, "refused.title")}</h1>
      <p>{pt(l, "refused.body")}</p>
    </PublicLayout>,
  );
}
