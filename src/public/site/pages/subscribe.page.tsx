import { LANGUAGE_NAMES, LANGUAGE_TAGS, LANGUAGES } from "../../../i18n/languages.ts";
import {
  defaultSubscribeValues,
  SUBSCRIBE_FIELDS,
  type SubscribeErrors,
  type SubscribeValues,
} from "../../../subscriptions/subscription-form.ts";
import {
  categoryLabel,
  DOCUMENT_CATEGORIES,
  st,
} from "../../../subscriptions/subscription-i18n.ts";
import { href, type PublicContext } from "../public-context.ts";
import type { PublicPageType } from "../public-page.ts";
import { pt } from "../public-i18n.ts";
import { PublicLayout, renderPublicPage } from "../public-layout.tsx";

/** The element each field's error links to from the summary. */
const ANCHORS = {
  email: "email",
  categories: `categories-${DOCUMENT_CATEGORIES[0]}`,
  language: "language",
} as const;

function FieldError(props: { ctx: PublicContext; id: string; error?: string }) {
  if (!props.error) return null;
  return (
    <p class="field__error" id={props.id}>
      <span class="visually-hidden">{st(props.ctx.lang, "sub.error.prefix")}</span> {props.error}
    </p>
  );
}

/** What subscribing stores and how to leave: shown beside the form, and on the mirror. */
function PrivacyNote(props: { ctx: PublicContext }) {
  const l = props.ctx.lang;
  return (
    <section class="notice" aria-labelledby="privacy-title">
      <h2 id="privacy-title">{st(l, "sub.privacy.title")}</h2>
      <ul>
        <li>{st(l, "sub.privacy.sealed")}</li>
        <li>{st(l, "sub.privacy.stored")}</li>
        <li>{st(l, "sub.privacy.shared")}</li>
        <li>{st(l, "sub.privacy.leave")}</li>
      </ul>
    </section>
  );
}

function SubscribeForm(props: {
  ctx: PublicContext;
  action: string;
  values: SubscribeValues;
  errors: SubscribeErrors;
}) {
  const { ctx, values, errors } = props;
  const l = ctx.lang;
  const msg = (f: keyof SubscribeErrors) => (errors[f] ? st(l, errors[f]) : undefined);
  const describedBy = (f: string, hint: boolean) =>
    [hint ? `${f}-hint` : "", errors[f as keyof SubscribeErrors] ? `${f}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined;
  return (
    <form method="post" action={props.action} noValidate>
      <div class="field">
        <label for="email">{st(l, "sub.email.label")}</label>
        <p class="hint" id="email-hint">
          {st(l, "sub.email.hint")}
        </p>
        <FieldError ctx={ctx} id="email-error" error={msg("email")} />
        <input
          class="input"
          id="email"
          name="email"
          type="email"
          autocomplete="email"
          spellcheck={false}
          maxLength={254}
          value={values.email}
          aria-describedby={describedBy("email", true)}
          aria-invalid={errors.email ? "true" : undefined}
        />
      </div>
      <fieldset class="field" aria-describedby={describedBy("categories", true)}>
        <legend>{st(l, "sub.categories.legend")}</legend>
        <p class="hint" id="categories-hint">
          {st(l, "sub.categories.hint")}
        </p>
        <FieldError ctx={ctx} id="categories-error" error={msg("categories")} />
        <div class="checkboxes">
          {DOCUMENT_CATEGORIES.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                id={`categories-${c}`}
                name="categories"
                value={c}
                checked={values.categories.includes(c)}
              />
              {categoryLabel(l, c)}
            </label>
          ))}
        </div>
      </fieldset>
      {/* A select, not radios: one Tab stop, as the keyboard sweep expects of every control. */}
      <div class="field">
        <label for="language">{st(l, "sub.language.legend")}</label>
        <FieldError ctx={ctx} id="language-error" error={msg("language")} />
        <select
          id="language"
          name="language"
          aria-describedby={describedBy("language", false)}
          aria-invalid={errors.language ? "true" : undefined}
        >
          {LANGUAGES.map((code) => (
            <option
              key={code}
              value={code}
              lang={LANGUAGE_TAGS[code]}
              selected={values.language === code}
            >
              {LANGUAGE_NAMES[code]}
            </option>
          ))}
        </select>
      </div>
      <button class="button" type="submit">
        {st(l, "sub.submit")}
      </button>
    </form>
  );
}

/**
 * The subscribe page, with the values and errors of a refused submission (GOV.UK pattern: an
 * error summary linking to each field, "Error:" before the title). On the static mirror a form
 * cannot post to the live site (cross-site posts are refused), so it links there instead, or
 * says subscriptions are not available when no live site is configured.
 */
export function subscribeFormHtml(
  ctx: PublicContext,
  values: SubscribeValues,
  errors: SubscribeErrors,
): string {
  const l = ctx.lang;
  const title = st(l, "sub.title");
  const failed = SUBSCRIBE_FIELDS.filter((f) => errors[f]);
  const live = ctx.config.liveUrl ? `${ctx.config.liveUrl}/${l}/subscribe/` : null;
  return renderPublicPage(
    <PublicLayout
      ctx={ctx}
      title={failed.length ? `${st(l, "sub.error.prefix")} ${title}` : title}
      description={st(l, "sub.lead")}
      breadcrumb={[{ label: pt(l, "nav.home"), path: `/${l}/` }, { label: title }]}
    >
      {failed.length > 0 && (
        <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1}>
          <h2 id="error-summary-title">{st(l, "sub.error.summary")}</h2>
          <ul>
            {failed.map((f) => (
              <li key={f}>
                <a href={`#${ANCHORS[f]}`}>{st(l, errors[f]!)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h1>{title}</h1>
      <p class="lead">{st(l, "sub.lead")}</p>
      {ctx.mode === "server" ? (
        <SubscribeForm
          ctx={ctx}
          action={href(ctx, `/${l}/subscribe/`)}
          values={values}
          errors={errors}
        />
      ) : live ? (
        <p>
          {st(l, "sub.static.live")} <a href={live}>{live}</a>
        </p>
      ) : (
        <p>{st(l, "sub.static.none")}</p>
      )}
      <PrivacyNote ctx={ctx} />
    </PublicLayout>,
  );
}

/** `/{lang}/subscribe/`: the subscription form (its POST is in subscription.routes.tsx). */
export const subscribePage: PublicPageType = {
  id: "subscribe",
  route: "/subscribe/",
  paths: () => [{}],
  async render(ctx) {
    return { body: subscribeFormHtml(ctx, defaultSubscribeValues(ctx.lang), {}) };
  },
};
