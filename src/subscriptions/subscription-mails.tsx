import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { LANGUAGE_TAGS, type Lang } from "../i18n/languages.ts";
import { fromAddress, type MailMessage, type MailSettings } from "./mailer.ts";
import { st } from "./subscription-i18n.ts";

/** A published document as an announcement needs it (public data only). */
export interface AnnouncedDocument {
  slug: string;
  categories: string[];
  translations: { language: string; title: string; summary: string | null }[];
}

/** The one-click unsubscribe address of a subscriber's token (RFC 8058 POSTs here). */
export function unsubscribeUrl(s: MailSettings, lang: Lang, token: string): string {
  return `${s.baseUrl}/${lang}/unsubscribe/${token}/`;
}

/** RFC 2369 / RFC 8058 headers: mail clients show an "Unsubscribe" button that POSTs. */
function listHeaders(s: MailSettings, lang: Lang, token: string): Record<string, string> {
  const mailto = `mailto:${fromAddress(s.from)}?subject=unsubscribe`;
  return {
    "List-Unsubscribe": `<${unsubscribeUrl(s, lang, token)}>, <${mailto}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    "Auto-Submitted": "auto-generated",
  };
}

/** Text and HTML with the same paragraphs; the HTML has no image, style sheet or remote part. */
function compose(
  s: MailSettings,
  lang: Lang,
  paragraphs: (string | { text: string; url: string })[],
  unsubscribe: string,
) {
  const site = s.siteName[lang];
  const footer = [st(lang, "mail.footer.why", { site }), st(lang, "mail.footer.unsubscribe")];
  const text = [
    ...paragraphs.map((p) => (typeof p === "string" ? p : `${p.text}\n${p.url}`)),
    "--",
    `${footer[0]}\n${footer[1]}\n${unsubscribe}`,
  ].join("\n\n");
  const P = (props: { children: ComponentChildren }) => <p>{props.children}</p>;
  const html =
    "<!doctype html>" +
    renderToString(
      <html lang={LANGUAGE_TAGS[lang]}>
        <head>
          <meta charset="utf-8" />
        </head>
        <body>
          {paragraphs.map((p, i) =>
            typeof p === "string" ? (
              <P key={i}>{p}</P>
            ) : (
              <P key={i}>
                {p.text}
                <br />
                <a href={p.url}>{p.url}</a>
              </P>
            ),
          )}
          <hr />
          <p>
            {footer[0]} {footer[1]} <a href={unsubscribe}>{unsubscribe}</a>
          </p>
        </body>
      </html>,
    );
  return { text, html };
}

/** The double opt-in mail: the confirmation link (a page with a button) and the way out. */
export function confirmationMail(
  s: MailSettings,
  to: { email: string; language: Lang },
  confirmToken: string,
  unsubscribeToken: string,
): MailMessage {
  const l = to.language;
  const site = s.siteName[l];
  const url = `${s.baseUrl}/${l}/subscribe/confirm/${confirmToken}/`;
  const body = compose(
    s,
    l,
    [
      st(l, "mail.confirm.intro", { site }),
      { text: st(l, "mail.confirm.action"), url },
      st(l, "mail.confirm.ignore"),
    ],
    unsubscribeUrl(s, l, unsubscribeToken),
  );
  return {
    to: to.email,
    subject: st(l, "mail.confirm.subject", { site }),
    ...body,
    headers: listHeaders(s, l, unsubscribeToken),
  };
}

/** The announcement of a published document, in the subscriber's language. */
export function announcementMail(
  s: MailSettings,
  to: { email: string; language: Lang },
  doc: AnnouncedDocument,
  unsubscribeToken: string,
): MailMessage {
  const l = to.language;
  const tr = doc.translations.find((x) => x.language === l) ?? doc.translations[0]!;
  const url = `${s.baseUrl}/${l}/documents/${encodeURIComponent(doc.slug)}/`;
  const body = compose(
    s,
    l,
    [
      st(l, "mail.notify.intro", { site: s.siteName[l] }),
      tr.title,
      ...(tr.summary ? [tr.summary] : []),
      { text: st(l, "mail.notify.read"), url },
    ],
    unsubscribeUrl(s, l, unsubscribeToken),
  );
  return {
    to: to.email,
    subject: st(l, "mail.notify.subject", { title: tr.title }),
    ...body,
    headers: { ...listHeaders(s, l, unsubscribeToken), Precedence: "bulk" },
  };
}
