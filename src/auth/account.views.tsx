import { formatDateTime, t, tn } from "../i18n/i18n.ts";
import {
  ErrorSummary,
  errorOf,
  Field,
  Notice,
  PostForm,
  type FieldError,
} from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import type { ApiTokenInfo } from "./api-token.ts";
import { WebauthnButton } from "./auth.views.tsx";
import type { SessionInfo } from "./session.ts";
import type { WebauthnCredentialInfo } from "./webauthn.ts";

/** What the account page shows. */
export interface AccountData {
  sessions: SessionInfo[];
  currentSessionId: string | null;
  keys: WebauthnCredentialInfo[];
  recoveryLeft: number;
  tokens: ApiTokenInfo[];
  notice?: string;
  newToken?: string;
  errors?: FieldError[];
}

/** "Your account": sessions, security keys, recovery codes and API tokens. */
export function accountPage(ctx: PageContext, data: AccountData): string {
  const l = ctx.lang;
  const date = (iso: string | null) => (iso ? formatDateTime(l, iso) : "—");
  return renderPage(
    <Layout title={t(l, "account.title")} ctx={ctx}>
      <ErrorSummary lang={l} errors={data.errors ?? []} />
      {data.notice && <Notice>{data.notice}</Notice>}
      <h1>{t(l, "account.title")}</h1>
      {data.newToken && (
        <div class="panel" role="status">
          <p>{t(l, "account.tokens.created")}</p>
          <p>
            <code class="secret">{data.newToken}</code>
          </p>
        </div>
      )}

      <h2 id="sessions">{t(l, "account.sessions")}</h2>
      <table class="table">
        <caption class="visually-hidden">{t(l, "account.sessions")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(l, "account.sessions.browser")}</th>
            <th scope="col">{t(l, "account.sessions.started")}</th>
            <th scope="col">{t(l, "account.sessions.last_seen")}</th>
            <th scope="col">{t(l, "account.sessions.expires")}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {data.sessions.map((s) => (
            <tr key={s.id}>
              <th scope="row">
                {s.userAgentFamily ?? "—"}
                {s.id === data.currentSessionId && (
                  <strong class="tag">{t(l, "account.sessions.this")}</strong>
                )}
              </th>
              <td>{date(s.createdAt)}</td>
              <td>{date(s.lastSeenAt)}</td>
              <td>{date(s.expiresAt)}</td>
              <td>
                <PostForm action={`/staff/account/sessions/${s.id}/revoke`} csrf={ctx.csrf}>
                  <button type="submit" class="button button--secondary">
                    {t(l, "account.sessions.revoke")}
                  </button>
                </PostForm>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.sessions.length > 1 && (
        <PostForm action="/staff/account/sessions/revoke-others" csrf={ctx.csrf}>
          <button type="submit" class="button button--secondary">
            {t(l, "account.sessions.revoke_others")}
          </button>
        </PostForm>
      )}

      <h2 id="keys">{t(l, "account.keys")}</h2>
      {data.keys.length === 0 ? (
        <p>{t(l, "account.keys.none")}</p>
      ) : (
        <ul class="list">
          {data.keys.map((k) => (
            <li key={k.id}>
              {k.name ?? k.id.slice(0, 12)} — {date(k.createdAt)}
              <PostForm
                action={`/staff/account/keys/${encodeURIComponent(k.id)}/remove`}
                csrf={ctx.csrf}
                class="inline"
              >
                <button type="submit" class="button button--secondary">
                  {t(l, "account.keys.remove")}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      )}
      <noscript>
        <p>{t(l, "account.keys.needs_js")}</p>
      </noscript>
      <WebauthnButton
        label={t(l, "account.keys.add")}
        hint={t(l, "account.keys.needs_js")}
        mode="register"
        options="/staff/account/keys/options"
        verify="/staff/account/keys"
        csrf={ctx.csrf}
        next="/staff/account?added=key"
      />
      <script src="/assets/webauthn.js" defer />

      <h2 id="recovery">{t(l, "account.recovery")}</h2>
      <p>{tn(l, "account.recovery.left", data.recoveryLeft)}</p>
      <PostForm action="/staff/account/recovery-codes" csrf={ctx.csrf}>
        <button type="submit" class="button button--secondary">
          {t(l, "account.recovery.renew")}
        </button>
      </PostForm>

      <h2 id="tokens">{t(l, "account.tokens")}</h2>
      <p>{t(l, "account.tokens.lead")}</p>
      {data.tokens.length === 0 ? (
        <p>{t(l, "account.tokens.none")}</p>
      ) : (
        <table class="table">
          <caption class="visually-hidden">{t(l, "account.tokens")}</caption>
          <thead>
            <tr>
              <th scope="col">{t(l, "account.tokens.name")}</th>
              <th scope="col">{t(l, "account.tokens.expires")}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {data.tokens.map((tok) => (
              <tr key={tok.id}>
                <th scope="row">{tok.name}</th>
                <td>{tok.revokedAt ? t(l, "account.tokens.revoked") : date(tok.expiresAt)}</td>
                <td>
                  {!tok.revokedAt && (
                    <PostForm action={`/staff/account/tokens/${tok.id}/revoke`} csrf={ctx.csrf}>
                      <button type="submit" class="button button--secondary">
                        {t(l, "account.tokens.revoke")}
                      </button>
                    </PostForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <PostForm action="/staff/account/tokens" csrf={ctx.csrf} class="form">
        <Field id="name" label={t(l, "account.tokens.name")} error={errorOf(data.errors, "name")} />
        <Field
          id="days"
          label={t(l, "account.tokens.days")}
          inputmode="numeric"
          width="short"
          value="30"
          error={errorOf(data.errors, "days")}
        />
        <button type="submit" class="button">
          {t(l, "account.tokens.create")}
        </button>
      </PostForm>
    </Layout>,
  );
}
