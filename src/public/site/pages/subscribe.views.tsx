import type { SubscriptionKey } from "../../../subscriptions/subscription-i18n.ts";
import { st } from "../../../subscriptions/subscription-i18n.ts";
import { href, type PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";

/** A subscription outcome (check your inbox, confirmed, unsubscribed, too many requests …). */
export function subscribeMessageHtml(
  ctx: PublicContext,
  titleKey: SubscriptionKey,
  bodyKeys: SubscriptionKey[],
  opts: { again?: boolean } = {},
): string {
  const l = ctx.lang;
  const title = st(l, titleKey);
  return renderPublicPage(
    <PublicLayout
      ctx={ctx}
      title={title}
      breadcrumb={[{ label: pt(l, "nav.home"), path: `/${l}/` }, { label: title }]}
    >
      <h1>{title}</h1>
      {bodyKeys.map((k) => (
        <p key={k}>{st(l, k)}</p>
      ))}
      {opts.again && (
        <p>
          <a href={href(ctx, `/${l}/subscribe/`)}>{st(l, "sub.again")}</a>
        </p>
      )}
    </PublicLayout>,
  );
}

/**
 * A page whose only control is a button that POSTs back to the same address: what a link in a
 * mail opens, so that mail scanners and link prefetchers (which GET) change nothing.
 */
export function subscribeActionHtml(
  ctx: PublicContext,
  titleKey: SubscriptionKey,
  bodyKey: SubscriptionKey,
  buttonKey: SubscriptionKey,
): string {
  const l = ctx.lang;
  const title = st(l, titleKey);
  return renderPublicPage(
    <PublicLayout
      ctx={ctx}
      title={title}
      breadcrumb={[{ label: pt(l, "nav.home"), path: `/${l}/` }, { label: title }]}
    >
      <h1>{title}</h1>
      <p>{st(l, bodyKey)}</p>
      <form method="post" action={href(ctx, ctx.path)}>
        <button class="button" type="submit">
          {st(l, buttonKey)}
        </button>
      </form>
    </PublicLayout>,
  );
}
