import { t, formatDateTime } from "../i18n/i18n.ts";
import {
  ErrorSummary,
  errorOf,
  Field,
  Notice,
  PostForm,
  type FieldError,
} from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";

/** The sign-in form (first step: e-mail and password). */
export function loginPage(
  ctx: PageContext,
  form: {
    email?: string;
    next: string;
    errors?: FieldError[];
    notice?: string;
    demo?: { email: string; role: string; code: string; password: string }[];
  },
): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={t(l, "login.title")} ctx={ctx}>
      <ErrorSummary lang={l} errors={form.errors ?? []} />
      {form.notice && <Notice>{form.notice}</Notice>}
      <h1>{t(l, "login.title")}</h1>
      <p class="lead">{t(l, "login.lead")}</p>
      <PostForm action="/staff/login" csrf={ctx.csrf} class="form">
        <input type="hidden" name="next" value={form.next} />
        <Field
          id="email"
          label={t(l, "login.email")}
          type="email"
          autocomplete="username"
          value={form.email}
          error={errorOf(form.errors, "email")}
        />
        <Field
          id="password"
          label={t(l, "login.password")}
          type="password"
          autocomplete="current-password"
          error={errorOf(form.errors, "password")}
        />
        <button type="submit" class="button">
          {t(l, "login.submit")}
        </button>
      </PostForm>
      {form.demo && form.demo.length > 0 && <DemoAccounts lang={l} rows={form.demo} />}
    </Layout>,
  );
}

/** The second step: a TOTP or recovery code, or (with JavaScript) a security key. */
export function secondFactorPage(
  ctx: PageContext,
  form: { ticket: string; next: string; errors?: FieldError[] },
): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={t(l, "login.second.title")} ctx={ctx}>
      <ErrorSummary lang={l} errors={form.errors ?? []} />
      <h1>{t(l, "login.second.title")}</h1>
      <p class="lead">{t(l, "login.second.lead")}</p>
      <PostForm action="/staff/login/code" csrf={ctx.csrf} class="form" id="second-factor">
        <input type="hidden" name="ticket" value={form.ticket} />
        <input type="hidden" name="next" value={form.next} />
        <CodeField lang={l} error={errorOf(form.errors, "code")} />
        <button type="submit" class="button">
          {t(l, "login.second.submit")}
        </button>
      </PostForm>
      <WebauthnButton
        label={t(l, "login.second.key")}
        hint={t(l, "login.second.key_hint")}
        mode="login"
        options="/staff/login/webauthn/options"
        verify="/staff/login/webauthn"
        csrf={ctx.csrf}
        ticket={form.ticket}
        next={form.next}
      />
      <script src="/assets/webauthn.js" defer />
    </Layout>,
  );
}

/**
 * A button that only works with JavaScript (WebAuthn is a browser API); hidden until the script
 * finds the API, so without JavaScript the page shows only what works.
 */
export function WebauthnButton(props: {
  label: string;
  hint: string;
  mode: "login" | "step_up" | "register";
  options: string;
  verify: string;
  csrf?: string;
  ticket?: string;
  next?: string;
}) {
  return (
    <div class="webauthn" hidden data-webauthn={props.mode}>
      <p class="hint">{props.hint}</p>
      <button
        type="button"
        class="button button--secondary"
        data-options={props.options}
        data-verify={props.verify}
        data-csrf={props.csrf}
        data-ticket={props.ticket}
        data-next={props.next}
      >
        {props.label}
      </button>
      <p class="field__error" role="alert" data-webauthn-error hidden />
    </div>
  );
}

/** The code box of the second factor: authenticator code or recovery code. */
function CodeField(props: { lang: PageContext["lang"]; error?: string }) {
  const l = props.lang;
  return (
    <Field
      id="code"
      label={t(l, "login.second.code")}
      hint={t(l, "login.second.code_hint")}
      autocomplete="one-time-code"
      width="short"
      error={props.error}
    />
  );
}

/** Account set-up from a one-time link: password, authenticator app, first code. */
export function enrolPage(
  ctx: PageContext,
  data: {
    token: string;
    email: string;
    expiresAt: string;
    secret: string;
    qrSvg: string;
    errors?: FieldError[];
  },
): string {
  const l = ctx.lang;
  const err = (f: string) => errorOf(data.errors, f);
  const grouped = data.secret.match(/.{1,4}/g)?.join(" ") ?? data.secret;
  return renderPage(
    <Layout title={t(l, "enrol.title")} ctx={ctx}>
      <ErrorSummary lang={l} errors={data.errors ?? []} />
      <h1>{t(l, "enrol.title")}</h1>
      <p class="lead">
        {t(l, "enrol.lead", { email: data.email, expires: formatDateTime(l, data.expiresAt) })}
      </p>
      <PostForm action={`/staff/enrol/${data.token}`} csrf={ctx.csrf} class="form">
        <Field
          id="password"
          type="password"
          autocomplete="new-password"
          label={t(l, "enrol.password")}
          hint={t(l, "enrol.password_hint")}
          error={err("password")}
        />
        <Field
          id="password_confirm"
          type="password"
          autocomplete="new-password"
          label={t(l, "enrol.password_confirm")}
          error={err("password_confirm")}
        />
        <h2>{t(l, "enrol.totp.heading")}</h2>
        <p>{t(l, "enrol.totp.scan")}</p>
        <div
          class="qr"
          role="img"
          aria-label={t(l, "enrol.totp.heading")}
          // The SVG is generated here from the otpauth URI: paths only, no text or script.
          dangerouslySetInnerHTML={{ __html: data.qrSvg }}
        />
        <details class="details">
          <summary>{t(l, "enrol.totp.manual")}</summary>
          <p>
            <code class="secret">{grouped}</code>
          </p>
        </details>
        <Field
          id="totp"
          label={t(l, "enrol.totp.code")}
          autocomplete="one-time-code"
          inputmode="numeric"
          width="short"
          error={err("totp")}
        />
        <button type="submit" class="button">
          {t(l, "enrol.submit")}
        </button>
      </PostForm>
    </Layout>,
  );
}

/** Shown once after enrolment: the recovery codes. */
export function recoveryCodesPage(ctx: PageContext, codes: string[], continueHref: string): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={t(l, "enrol.done.title")} ctx={ctx}>
      <h1>{t(l, "enrol.done.title")}</h1>
      <p class="lead">{t(l, "enrol.done.codes")}</p>
      <ol class="codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <p>
        <a class="button" href={continueHref}>
          {t(l, "enrol.done.continue")}
        </a>
      </p>
    </Layout>,
  );
}

/** Enrolment link unknown, used or expired. */
export function enrolExpiredPage(ctx: PageContext): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={t(l, "enrol.title")} ctx={ctx}>
      <h1>{t(l, "enrol.title")}</h1>
      <p>{t(l, "enrol.expired")}</p>
    </Layout>,
  );
}

/** Re-entering the second factor before a sensitive action. */
export function stepUpPage(
  ctx: PageContext,
  form: { next: string; errors?: FieldError[] },
): string {
  const l = ctx.lang;
  return renderPage(
    <Layout title={t(l, "stepup.title")} ctx={ctx}>
      <ErrorSummary lang={l} errors={form.errors ?? []} />
      <h1>{t(l, "stepup.title")}</h1>
      <p class="lead">{t(l, "stepup.lead")}</p>
      <PostForm action="/staff/step-up" csrf={ctx.csrf} class="form">
        <input type="hidden" name="next" value={form.next} />
        <CodeField lang={l} error={errorOf(form.errors, "code")} />
        <button type="submit" class="button">
          {t(l, "stepup.submit")}
        </button>
      </PostForm>
      <WebauthnButton
        label={t(l, "login.second.key")}
        hint={t(l, "login.second.key_hint")}
        mode="step_up"
        options="/staff/step-up/webauthn/options"
        verify="/staff/step-up/webauthn"
        csrf={ctx.csrf}
        next={form.next}
      />
      <script src="/assets/webauthn.js" defer />
    </Layout>,
  );
}

/** Demo installations only: the demo accounts with their shared password and current code. */
function DemoAccounts(props: {
  lang: PageContext["lang"];
  rows: { email: string; role: string; code: string; password: string }[];
}) {
  const l = props.lang;
  return (
    <section class="panel" aria-labelledby="demo-accounts">
      <h2 id="demo-accounts">{t(l, "login.demo.title")}</h2>
      <p>{t(l, "login.demo.lead", { password: props.rows[0]!.password })}</p>
      <table class="table">
        <caption class="visually-hidden">{t(l, "login.demo.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(l, "login.email")}</th>
            <th scope="col">{t(l, "users.role")}</th>
            <th scope="col">{t(l, "login.second.code")}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.email}>
              <th scope="row">
                <code>{r.email}</code>
              </th>
              <td>{t(l, `role.${r.role}` as Parameters<typeof t>[1])}</td>
              <td>
                <code>{r.code}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
