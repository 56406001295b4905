import { formatPartialDate } from "../../../i18n/i18n.ts";
import type { PublicPageType } from "../public-page.ts";
import type { PublicContext } from "../public-context.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";
import { act, type AccessibilityKey } from "./accessibility.messages.ts";

/** When the statement was last checked against the site (update it with the statement). */
const REVIEWED = "2026-11";
/** A reserved, clearly fictional address (RFC 2606) for demo installations only. */
const DEMO_EMAIL = "accessibility@example.org";

function ContactLines(props: { ctx: PublicContext }) {
  const { ctx } = props;
  const l = ctx.lang;
  const hotline = ctx.config.hotline;
  if (!hotline && !ctx.config.demo) return <p>{act(l, "report.none")}</p>;
  return (
    <>
      {hotline && (
        <p>
          {act(l, "report.hotline")}{" "}
          <a href={`tel:${hotline.tel}`}>
            <span dir="ltr">{hotline.display}</span>
          </a>
        </p>
      )}
      {ctx.config.demo && <p>{act(l, "report.demo", { email: DEMO_EMAIL })}</p>}
    </>
  );
}

function renderStatement(ctx: PublicContext) {
  const l = ctx.lang;
  const m = (key: AccessibilityKey) => act(l, key);
  const list = (keys: AccessibilityKey[]) => (
    <ul>
      {keys.map((k) => (
        <li key={k}>{m(k)}</li>
      ))}
    </ul>
  );
  return renderPublicPage(
    <PublicLayout
      ctx={ctx}
      title={m("title")}
      description={m("lead")}
      breadcrumb={[{ label: pt(l, "nav.home"), path: `/${l}/` }]}
    >
      <h1>{m("title")}</h1>
      <p class="lead">{m("lead")}</p>
      <h2>{m("status.title")}</h2>
      <p>{m("status.p1")}</p>
      <p>{m("status.p2")}</p>
      <h2>{m("tests.title")}</h2>
      {list(["tests.axe", "tests.nu", "tests.keyboard", "tests.nojs", "tests.georgian"])}
      <h2>{m("limits.title")}</h2>
      {list(["limits.documents", "limits.translations", "limits.files", "limits.audit"])}
      <h2>{m("report.title")}</h2>
      <p>{m("report.p")}</p>
      <ContactLines ctx={ctx} />
      <p class="meta">{act(l, "reviewed", { date: formatPartialDate(l, REVIEWED) })}</p>
    </PublicLayout>,
  );
}

/** `/{lang}/accessibility/`: the WCAG 2.2 AA target, how it is tested, limits, how to report. */
export const accessibilityPage: PublicPageType<Record<string, never>> = {
  id: "accessibility",
  route: "/accessibility/",
  paths: () => [{}],
  render: async (ctx) => ({ body: renderStatement(ctx) }),
};
