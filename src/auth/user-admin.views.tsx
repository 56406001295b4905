import { t } from "../i18n/i18n.ts";
import {
  ErrorSummary,
  errorOf,
  Field,
  Notice,
  PostForm,
  type FieldError,
} from "../server/views/components.tsx";
import { Layout, renderPage, type PageContext } from "../server/views/layout.tsx";
import { ROLES, type AuthUser } from "./auth.types.ts";

/** The organisation's accounts, with the add-user form and the one-time link after adding. */
export function usersPage(
  ctx: PageContext,
  data: {
    users: AuthUser[];
    link?: { email: string; url: string };
    errors?: FieldError[];
    form?: { email?: string; role?: string };
  },
): string {
  const l = ctx.lang;
  const status = (u: AuthUser) =>
    u.status === "disabled"
      ? t(l, "users.status.disabled")
      : u.enrolled
        ? t(l, "users.status.active")
        : t(l, "users.status.pending");
  return renderPage(
    <Layout title={t(l, "users.title")} ctx={ctx}>
      <ErrorSummary lang={l} errors={data.errors ?? []} />
      {data.link && (
        <Notice>
          <p>{t(l, "users.added", { email: data.link.email })}</p>
          <p>
            <code class="secret">{data.link.url}</code>
          </p>
        </Notice>
      )}
      <h1>{t(l, "users.title")}</h1>
      <table class="table">
        <caption class="visually-hidden">{t(l, "users.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t(l, "users.email")}</th>
            <th scope="col">{t(l, "users.role")}</th>
            <th scope="col">{t(l, "users.status")}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {data.users.map((u) => (
            <tr key={u.id}>
              <th scope="row">
                <a href={`/staff/audit?user=${u.id}`}>{u.email}</a>
              </th>
              <td>{t(l, `role.${u.role}`)}</td>
              <td>{status(u)}</td>
              <td class="actions">
                {u.status === "active" ? (
                  <PostForm
                    action={`/staff/admin/users/${u.id}/disable`}
                    csrf={ctx.csrf}
                    class="inline"
                  >
                    <button type="submit" class="button button--warning">
                      {t(l, "users.disable")}
                    </button>
                  </PostForm>
                ) : (
                  <PostForm
                    action={`/staff/admin/users/${u.id}/enable`}
                    csrf={ctx.csrf}
                    class="inline"
                  >
                    <button type="submit" class="button button--secondary">
                      {t(l, "users.enable")}
                    </button>
                  </PostForm>
                )}
                {!u.enrolled && u.status === "active" && (
                  <PostForm
                    action={`/staff/admin/users/${u.id}/enrolment`}
                    csrf={ctx.csrf}
                    class="inline"
                  >
                    <button type="submit" class="button button--secondary">
                      {t(l, "users.new_link")}
                    </button>
                  </PostForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t(l, "users.add")}</h2>
      <PostForm action="/staff/admin/users" csrf={ctx.csrf} class="form">
        <Field
          id="email"
          type="email"
          label={t(l, "users.email")}
          value={data.form?.email}
          error={errorOf(data.errors, "email")}
        />
        <div class="field">
          <label for="role">{t(l, "users.role")}</label>
          <select id="role" name="role" class="input input--short">
            {ROLES.map((r) => (
              <option key={r} value={r} selected={(data.form?.role ?? "caseworker") === r}>
                {t(l, `role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button">
          {t(l, "users.add_submit")}
        </button>
      </PostForm>
    </Layout>,
  );
}
