import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { LightMyRequestResponse } from "fastify";
import { DIALECTS } from "../test-support/test-vault.ts";
import {
  auditSeq,
  fillPath,
  orgState,
  send,
  sweepWorld,
  type SweepRequest,
  type SweepRoute,
  type SweepWorld,
} from "./security-sweep.fixture.ts";
import { isVaultPath } from "./staff-context.ts";

const EVIL = "https://evil.example";

/** The refusal must come from the anti-forgery check, not from anything the handler decided. */
function assertCsrfRefusal(res: LightMyRequestResponse, what: string): void {
  assert.equal(res.statusCode, 403, `${what} answered ${res.statusCode}`);
  if (String(res.headers["content-type"]).includes("json"))
    assert.equal((res.json() as { error: string }).error, "csrf", what);
  else assert.match(res.body, /did not come from this site/, what);
}

for (const dialect of DIALECTS) {
  describe(`CSRF sweep on ${dialect}`, () => {
    let w: SweepWorld;
    let routes: SweepRoute[];
    let ownSession: string;
    let anonymousToken: string;
    let cases = 0;

    before(async () => {
      w = await sweepWorld(dialect, { demo: false });
      routes = w.routes.filter((r) => r.method !== "GET" && r.method !== "HEAD");
      const a = w.users.adminA;
      const row = await w.t.vault
        .db()
        .selectFrom("sessions")
        .select("id")
        .where("user_id", "=", a.user.id)
        .executeTakeFirstOrThrow();
      ownSession = String(row.id);
      // A token minted for the same browser before signing in (bound to no session).
      const csrfCookie = [...a.client.cookies].find(([k]) => k.includes("csrf"))!;
      const page = await w.app.inject({
        url: "/staff/login",
        headers: { cookie: `${csrfCookie[0]}=${csrfCookie[1]}` },
      });
      anonymousToken = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    });
    after(async () => {
      console.log(`CSRF sweep on ${dialect}: ${routes.length} routes, ${cases} refused requests`);
      await w.close();
    });

    /** Path parameters a successful request would act on: the admin's own session and token. */
    const fill = (route: SweepRoute) =>
      fillPath(route.url, () => {
        switch (route.rule?.ref) {
          case "session":
            return ownSession;
          case "api_token":
            return w.users.adminA.tokenId;
          case undefined:
            return "x";
          default:
            return w.ref(route.rule!.ref!) ?? "x";
        }
      });

    it("covers every state-changing route, and a valid token does get through", async () => {
      assert.ok(routes.length >= 20, `${routes.length} state-changing routes`);
      const ok = await send(w.app, {
        method: "POST",
        url: "/staff/account/sessions/revoke-others",
        client: w.users.adminA.client,
      });
      assert.equal(ok.statusCode, 303, "the control request with a valid token succeeds");
    });

    it("refuses every state-changing vault route without a valid token or from another site", async () => {
      const a = w.users.adminA;
      const other = w.users.caseworkerA.client.csrf;
      assert.notEqual(other, a.client.csrf);
      const stateBefore = await orgState(w);
      for (const route of routes.filter((r) => isVaultPath(r.url))) {
        const url = fill(route);
        const api = url.startsWith("/api/");
        const body = (token: string | undefined): Partial<SweepRequest> =>
          api
            ? {
                json: { version: 1, title: "x" },
                csrf: false,
                headers: token ? { "x-csrf-token": token } : {},
              }
            : { form: token ? { _csrf: token, next: "/staff" } : { next: "/staff" }, csrf: false };
        const variants: [string, Partial<SweepRequest>][] = [
          ["no token", body(undefined)],
          ["another session's token", body(other)],
          ["a token from before sign-in", body(anonymousToken)],
          ["a made-up token", body("x".repeat(43))],
          [
            "a valid token from another origin",
            { ...body(a.client.csrf), headers: { ...body(a.client.csrf).headers, origin: EVIL } },
          ],
          [
            "a valid token with Origin: null",
            { ...body(a.client.csrf), headers: { ...body(a.client.csrf).headers, origin: "null" } },
          ],
          [
            "a valid token, Sec-Fetch-Site: cross-site",
            {
              ...body(a.client.csrf),
              headers: { ...body(a.client.csrf).headers, "sec-fetch-site": "cross-site" },
            },
          ],
          [
            "a valid token, Sec-Fetch-Site: same-site",
            {
              ...body(a.client.csrf),
              headers: { ...body(a.client.csrf).headers, "sec-fetch-site": "same-site" },
            },
          ],
        ];
        if (!api)
          variants.push([
            "another session's token in the header",
            { form: {}, csrf: false, headers: { "x-csrf-token": other } },
          ]);
        for (const [how, extra] of variants) {
          const what = `${route.method} ${url} with ${how}`;
          const seq = await auditSeq(w);
          const res = await send(w.app, { method: route.method, url, client: a.client, ...extra });
          assertCsrfRefusal(res, what);
          assert.equal(await auditSeq(w), seq, `${what} wrote an audit event`);
          const still = await send(w.app, { method: "GET", url: "/staff", client: a.client });
          assert.equal(still.statusCode, 200, `${what}: the session must survive`);
          cases++;
        }
      }
      assert.deepEqual(await orgState(w), stateBefore, "nothing changed");
    });

    it("refuses a cross-site request even with an API token, and on any public form", async () => {
      const a = w.users.adminA;
      for (const route of routes) {
        const url = fill(route);
        const api = url.startsWith("/api/");
        const hostile: Record<string, string>[] = [
          { origin: EVIL },
          { "sec-fetch-site": "cross-site" },
        ];
        for (const headers of hostile) {
          const seq = await auditSeq(w);
          const res = await send(w.app, {
            method: route.method,
            url,
            ...(api ? { bearer: a.token, json: { version: 1, title: "x" } } : { form: {} }),
            headers,
          });
          assertCsrfRefusal(res, `${route.method} ${url} from ${JSON.stringify(headers)}`);
          assert.equal(await auditSeq(w), seq);
          cases++;
        }
      }
    });
  });
}
